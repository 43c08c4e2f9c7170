// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamconflict.h"
#include "teamsyncreport.h"

#include <QString>

#include <memory>

namespace twinatlas {

class AtlasDatabase;
class TeamServer;
struct TeamLocalView;

/**
 * One sync of the local atlas with its team atlas: receive what others sent since the last
 * sync (one read transaction on the server), merge it field by field into the local rows and
 * write it through AtlasWriter in one transaction with the bookkeeping, then send the local
 * changes (one write transaction on the server). Conflicts are listed, never settled here.
 * Each step is whole or nothing: a sync broken anywhere leaves the atlas as it was or with
 * the complete pull, and the next sync picks up where this one stopped.
 *
 * Runs in the thread that opened both connections. The window runs it on a worker thread with
 * its own connections; `twinatlas sync` runs it directly.
 */
class TeamSync
{
public:
    TeamSync(AtlasDatabase &atlas, TeamServer &server);
    ~TeamSync();

    TeamSyncReport run();

    /** The conflicts waiting in the atlas; false with error if they cannot be read. */
    static bool conflicts(AtlasDatabase &atlas, QVector<TeamConflict> *conflicts, QString *error);
    /**
     * Settles a conflict: keepLocal leaves the local value, which the next sync sends; otherwise
     * the team's value (or its removal) is written into the atlas now.
     */
    static bool settle(AtlasDatabase &atlas, const TeamConflict &conflict, bool keepLocal,
                       QString *error);
    /** Forgets the team this atlas was synced with (its rows and changes stay). */
    static bool forget(AtlasDatabase &atlas, QString *error);

private:
    bool prepare(TeamSyncReport &report);
    bool pullAndMerge(TeamSyncReport &report);
    bool push(TeamSyncReport &report);
    bool finish(TeamSyncReport &report);
    bool atlasFailed(TeamSyncReport &report, const QString &detail, bool afterPull);

    AtlasDatabase &m_atlas;
    TeamServer &m_server;
    qint64 m_pulledVersion = -1; ///< where this sync's pull ended
    /** The local side as the pull left it, when it wrote no rows: the push need not read it again. */
    std::unique_ptr<TeamLocalView> m_view;
};

} // namespace twinatlas
