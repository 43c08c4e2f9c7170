// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace twinatlas {

/**
 * `twinatlas server init URL` sets up a team atlas on an empty PostgreSQL database (schema and
 * roles, in one transaction) or upgrades an older one; `twinatlas server add-user URL NAME
 * --role viewer|editor|administrator` adds a member, with the password read from standard
 * input. Exits 0 when done, 2 with a message when not.
 */
class ServerCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace twinatlas
