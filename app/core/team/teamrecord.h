// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamkind.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace twinatlas {

/**
 * One shared row as text, the same on every desktop and on the server: its key, its values in
 * TeamKinds::fields() order (a null QString for NULL, numbers in their shortest exact form),
 * and whether it is deleted. Records are what a sync compares, field by field.
 */
struct TeamRecord
{
    QString key;
    QStringList values;
    bool deleted = false;

    // From the server: the row's version there, who changed it last and when.
    qint64 version = 0;
    QString changedBy;
    QDateTime changedAt;

    /** The same row with the same content (versions and stamps of the server aside). */
    bool operator==(const TeamRecord &other) const
    {
        return key == other.key && sameContent(other);
    }
    bool operator!=(const TeamRecord &other) const { return !(*this == other); }

    bool sameContent(const TeamRecord &other) const
    {
        return deleted == other.deleted && (deleted || sameValues(values, other.values));
    }

    /** NULL and '' are different values here, unlike for QString's ==. */
    static bool sameValue(const QString &a, const QString &b)
    {
        return a.isNull() == b.isNull() && a == b;
    }
    static bool sameValues(const QStringList &a, const QStringList &b)
    {
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i)
            if (!sameValue(a.at(i), b.at(i)))
                return false;
        return true;
    }
};

/** The records of one kind by key. */
using TeamRecords = QHash<QString, TeamRecord>;

} // namespace twinatlas
