// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twinatlas::bench {

class BenchReport;

/**
 * The team atlas against a throwaway PostgreSQL 15 server that it starts itself
 * (scripts/team-server.sh) and stops afterwards, over the server's Unix socket: one desktop
 * sends a full team atlas of 25,000 partnerships, another receives it in its first sync
 * (team_pull_25000, budget 15 s), and the first sends 1,000 local edits (team_sync_push_1000,
 * budget 2 s). quick: 2,000 partnerships and 100 edits, to prove it runs.
 */
void runTeamBench(const QString &atlasPath, bool quick, BenchReport &report);

} // namespace twinatlas::bench
