// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace twinatlas {

/**
 * The subcommands of twinatlas that run without a window (`twinatlas query ...`). main() asks
 * isSubcommand() before it creates any QApplication, so these work without a display.
 */
class CommandLine
{
public:
    static bool isSubcommand(const QStringList &arguments);
    /** Runs the subcommand named by arguments[1]; returns the process exit code. */
    static int run(const QStringList &arguments);
    /** The atlas a command reads: --database FILE, else the user's copy, else the bundled one. */
    static QString atlasPathFor(const QString &databaseOption);
};

} // namespace twinatlas
