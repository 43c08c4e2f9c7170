// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace twinatlas {

class AtlasDatabase;

/**
 * The subcommands of twinatlas that run without a window (`twinatlas query ...`,
 * `twinatlas export ...`). main() asks isSubcommand() before it creates any application
 * object and lets exec() make the one the subcommand needs, so these work without a display.
 */
class CommandLine
{
public:
    /**
     * Whether the arguments name a command rather than the window's options: the first word
     * after the program that is not an option. An unknown one is a command too, which exec()
     * refuses, listing the commands: a mistyped command must never open the window.
     */
    static bool isSubcommand(const QStringList &arguments);
    /** Whether the subcommand paints (export), and so needs a QGuiApplication. */
    static bool needsGui(const QStringList &arguments);
    /**
     * Makes the application object the subcommand needs (a QGuiApplication on the offscreen
     * platform for export, else a QCoreApplication) and runs it: main() calls this.
     */
    static int exec(int &argc, char **argv, const QStringList &arguments);
    /** Runs the subcommand named by arguments[1]; returns the process exit code. */
    static int run(const QStringList &arguments);
    /** The commands, one line each ("  name  what it does\n"), translated: for messages and --help. */
    static QString commandList();
    /** The atlas a command reads: --database FILE, else the user's copy, else the bundled one. */
    static QString atlasPathFor(const QString &databaseOption);
    /**
     * Opens the atlas a command adds to (import, wikidata): --database FILE, else the user's
     * copy, made from the bundled atlas first if need be; read-only for a dry run. False with
     * error if it cannot be opened, or cannot be written when it must be.
     */
    static bool openAtlasToChange(AtlasDatabase &atlas, const QString &databaseOption, bool dryRun,
                                  QString *error);
};

} // namespace twinatlas
