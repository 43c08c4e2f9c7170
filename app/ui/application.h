// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twinatlas {

/** The commands of twinatlas, one per line, translated (CommandLine::commandList()). */
using CommandList = QString (*)();

/**
 * Runs the atlas window: parses the window's command line (--database, --select), opens the
 * atlas (the user's copy, made from the bundled one on first start, unless --database names
 * another), tells the user in a message box and returns non-zero if it is refused, and
 * otherwise shows the window and runs the event loop.
 */
int runAtlasWindow(int argc, char *argv[], CommandList commandList);

} // namespace twinatlas
