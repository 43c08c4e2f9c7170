// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace twinatlas {

/**
 * `twinatlas export --out FILE.png|svg|pdf [...]`: writes a newsletter-ready map of the atlas,
 * or of one place's partnerships, without a window, and prints the path written. Bad
 * arguments exit 2 before anything is read; an unknown place exits 1 naming the closest
 * matches (as `query` does); a file that cannot be written exits 1 naming it.
 *
 * Needs a QGuiApplication (fonts, painting), which CommandLine::exec() makes on the offscreen
 * platform for this subcommand.
 */
class ExportCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace twinatlas
