// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamconflict.h"
#include "teamrecord.h"

#include <QSet>
#include <QVector>

namespace twinatlas {

/**
 * The last state of a shared row that this desktop and the server agreed on: what the server
 * held when this desktop last received or sent the row. A change is what differs from it.
 * A row received but not yet written here (its place is not in this atlas, say) is kept as not
 * applied: the desktop neither has it nor removed it.
 */
struct TeamBase
{
    TeamRecord record;
    bool applied = true;
};
using TeamBases = QHash<QString, TeamBase>;
using TeamConflicts = QHash<QString, QVector<TeamConflict>>;

/** What merging the server's changes of one kind into the local rows does. */
struct TeamMergeResult
{
    /** Local rows to write as they are (insert or update), or to remove (deleted). */
    QVector<TeamRecord> writes;
    /** The server's rows, the new bases once the writes are done. */
    QVector<TeamRecord> bases;
    /** The keys whose conflicts are replaced by `conflicts`. */
    QSet<QString> conflictKeys;
    QVector<TeamConflict> conflicts;
    int added = 0;
    int changed = 0;
    int removed = 0;
};

/**
 * The three-way merge of a sync, field by field, with no database: the base (what was last
 * agreed), the local rows now and the rows the server changed since. A field changed on one
 * side only takes that side's value; changed on both sides to different values it is a
 * conflict and keeps the local value. Rows this desktop never synced count as changed here
 * only where the user touched them (origin "user" or a modified_at): bundled rows follow the
 * team.
 */
class TeamMerge
{
public:
    /**
     * remote: the server's rows of kind changed since the last sync. referenced: keys of this
     * kind that local changes not yet sent refer to (an event added to a partnership), which
     * a removal on the server must not take away silently.
     */
    static TeamMergeResult pull(TeamKind kind, const TeamBases &bases, const TeamRecords &local,
                                const QVector<TeamRecord> &remote,
                                const TeamConflicts &conflicts, const QSet<QString> &referenced);

    /**
     * The local changes to send: every row that differs from its base, with the fields in
     * conflict at their base value, and without rows removed on one side and changed on the
     * other. A removal is held back while its parent is in such a conflict (held).
     * Each record's version is the base version the server must still have (0: no row).
     */
    static QVector<TeamRecord> pending(TeamKind kind, const TeamBases &bases,
                                       const TeamRecords &local, const TeamConflicts &conflicts,
                                       const QSet<QString> &held = {});

    /** Whether the user made or changed the row (rather than it coming with the bundled data). */
    static bool touched(TeamKind kind, const TeamRecord &record);
};

} // namespace twinatlas
