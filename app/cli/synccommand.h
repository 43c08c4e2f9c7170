// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace twinatlas {

/**
 * `twinatlas sync URL` syncs the user's atlas (or --database FILE) with its team atlas without
 * a window: receives, merges and sends, prints what came in and lists the conflicts waiting
 * for a person. The password comes from the URL, PGPASSWORD or ~/.pgpass, as for any libpq
 * program. Exits 0 when synced, 1 when synced with conflicts waiting, 2 when it could not sync.
 */
class SyncCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace twinatlas
