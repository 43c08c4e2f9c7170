// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace twinatlas {

/**
 * `twinatlas query NAME`: the best-matching place and its partnerships as tab-separated lines;
 * `twinatlas query --stats`: the atlas's counts. Unknown names exit 1 naming the closest
 * matches; bad arguments or an unusable atlas exit 2.
 */
class QueryCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace twinatlas
