// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"
#include "editproblem.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace twinatlas {

/** What AtlasWriter::apply() did: all of the ChangeSet, or nothing and why. */
struct ApplyResult
{
    bool ok = false;
    /** Why nothing was written; each problem names its field and operation. */
    QVector<EditProblem> problems;
    /** Applying this restores the tables exactly as they were before (Exact provenance). */
    ChangeSet inverse{ChangeSet::Provenance::Exact};
    /** The ids given to the inserted rows that had placeholder (negative) ids. */
    QHash<qint64, qint64> assignedIds;

    /** The problems' messages, one per line, for a message box. */
    QString errorString() const
    {
        QStringList lines;
        for (const EditProblem &p : problems)
            lines << p.message;
        return lines.join(QLatin1Char('\n'));
    }
};

} // namespace twinatlas
