// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace twinatlas {

/**
 * Keeps a subcommand's stderr for the command's own messages. Qt's remarks about the
 * environment ("QStandardPaths: XDG_RUNTIME_DIR not set", a platform plugin's notes) tell
 * someone running a script nothing about the command and would be read as its complaints; the
 * commands check every result themselves and say what failed. Critical and fatal messages
 * still pass, and everything does when QT_LOGGING_RULES asks for Qt's logging.
 */
class CliMessages
{
public:
    CliMessages() = delete;

    /** Installs the handler; call before the application object is made. */
    static void install();
};

} // namespace twinatlas
