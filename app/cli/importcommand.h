// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace twinatlas {

/**
 * `twinatlas import FILE`: reads a list of partnerships, resolves its places against the
 * gazetteer and imports it without a window and without questions: doubtful rows are skipped
 * and reported, never guessed. Prints one summary line; --report writes every row and what
 * became of it as CSV; --dry-run writes nothing to the atlas. Hostile input exits 1 with
 * file:line:column; bad arguments or an unusable atlas exit 2; nothing is written in either case.
 */
class ImportCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace twinatlas
