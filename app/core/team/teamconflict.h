// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamkind.h"

#include <QDateTime>
#include <QString>

namespace twinatlas {

/**
 * The same field of the same row changed here and on another desktop since the last sync, to
 * different values; or the row was removed on one side and changed on the other (field -1).
 * Never settled by the program: the local value stays until the user chooses.
 */
struct TeamConflict
{
    TeamKind kind = TeamKind::Partnership;
    QString key;
    int field = -1; ///< index in TeamKinds::fields(kind), or -1 for the row's existence
    QString localValue;
    QString remoteValue;
    bool localDeleted = false;
    bool remoteDeleted = false;
    QString localAt; ///< the local row's modified_at, when known
    QString remoteBy; ///< the server's user who made the other change
    QDateTime remoteAt;
};

} // namespace twinatlas
