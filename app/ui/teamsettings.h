// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "team/teamserveraddress.h"

namespace twinatlas {

/**
 * The team atlas the window syncs with, as the settings keep it: the address without the
 * password (that is in the desktop's keyring), how often to sync, and whether at start.
 */
struct TeamSettings
{
    TeamServerAddress address;
    /** Minutes between syncs; 0: only when asked (and at start). */
    int intervalMinutes = 15;
    bool syncAtStart = true;

    bool isConnected() const { return address.isValid(); }

    static TeamSettings load();
    void save() const;
    /** Forgets the team atlas: the window no longer syncs. */
    static void clear();
};

} // namespace twinatlas
