// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace twinatlas {

/**
 * `twinatlas check [--database FILE]`: SQLite's integrity and foreign key checks and the
 * atlas's own rules over the atlas (AtlasCheck::Depth::Full), without changing it. Prints each
 * problem (the table and page of damage), or that there are none; exit status 0 when the atlas
 * is sound, 2 when it is damaged or cannot be read.
 */
class CheckCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace twinatlas
