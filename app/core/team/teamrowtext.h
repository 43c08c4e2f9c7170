// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamkind.h"

#include <QSqlDatabase>
#include <QString>

namespace twinatlas {

/**
 * Names a shared row and a value for the user, from the atlas (and, for a row removed here,
 * from what the team holds): "Düsseldorf – Reading" for a partnership, the place's name for a
 * place uid, "(empty)" for nothing.
 */
class TeamRowText
{
public:
    explicit TeamRowText(QSqlDatabase db) : m_db(std::move(db)) { }

    QString row(TeamKind kind, const QString &key) const;
    QString value(TeamKind kind, int field, const QString &value) const;

private:
    QString placeName(const QString &uid) const;
    QString partnership(const QString &uid) const;
    QStringList baseValues(TeamKind kind, const QString &key) const;
    QString scalar(const QString &sql, const QString &bound) const;

    QSqlDatabase m_db;
};

} // namespace twinatlas
