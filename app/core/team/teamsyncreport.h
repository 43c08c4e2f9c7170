// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamerror.h"
#include "teamkind.h"

#include <QDateTime>
#include <QHash>

namespace twinatlas {

/** What a sync did: what came in by kind, what was sent, and what is left to settle. */
struct TeamSyncReport
{
    TeamError error; ///< none when the sync went through
    QDateTime at;
    QHash<TeamKind, int> added;
    QHash<TeamKind, int> changed;
    QHash<TeamKind, int> removed;
    int sent = 0;
    /** Changes made on the server while this desktop sent its own: merged at the next sync. */
    int stale = 0;
    /** Conflicts waiting for the user after the sync, and how many of them are new. */
    int conflicts = 0;
    int newConflicts = 0;
    /** Rows the team holds that this atlas cannot take (a place its gazetteer lacks). */
    int notApplied = 0;

    bool ok() const { return !error.isError(); }
    int received() const;
    int received(TeamKind kind) const;
    /** "2 partnerships and 1 event came in; 3 changes sent; 1 conflict to settle." */
    QString summary() const;

    /** The counts as JSON, kept in the atlas to say after a restart what the last sync brought. */
    QString toJson() const;
    static TeamSyncReport fromJson(const QString &json);
};

} // namespace twinatlas
