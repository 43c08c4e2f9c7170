// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamrecord.h"

#include <QHash>
#include <QSqlDatabase>

namespace twinatlas {

/**
 * The shared rows of the local atlas as records, read in one go: every partnership, event,
 * source, cited source and checklist entry, and the places the user made (or the team sent).
 * Rows refer to each other by uid; the local ids are kept beside them for writing back.
 */
class TeamSnapshot
{
public:
    /** Reads the atlas on db; the caller holds a transaction so that the rows agree. */
    bool read(QSqlDatabase db, QString *error);

    const TeamRecords &records(TeamKind kind) const;
    const QHash<TeamKind, TeamRecords> &all() const { return m_records; }
    /** The local id of a row of an entity kind (place, source, partnership, event), or 0. */
    qint64 localId(TeamKind kind, const QString &key) const;
    /** The uid a record's row has in the atlas now: its key unless adopted under another. */
    QString localUid(TeamKind kind, const QString &key) const;
    /**
     * Files the local row `from` under `to`: the same partnership added on two desktops, which
     * this desktop takes on under the team's uid.
     */
    void adopt(TeamKind kind, const QString &from, const QString &to);

private:
    QHash<TeamKind, TeamRecords> m_records;
    QHash<TeamKind, QHash<QString, qint64>> m_ids;
    QHash<TeamKind, QHash<QString, QString>> m_adopted;
};

} // namespace twinatlas
