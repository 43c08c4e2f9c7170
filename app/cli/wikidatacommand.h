// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace twinatlas {

/**
 * `twinatlas wikidata`: gets the partnerships of the world, of one country or of one place
 * from Wikidata and adds them as `import` adds a list: every place resolved against the
 * gazetteer, doubtful ones left out and reported, never guessed. A second run brings what
 * changed since the last: new partnerships, changed dates; statements Wikidata no longer has
 * are flagged, never deleted, and the user's own edits are kept. Prints the summary line of
 * `import` and a line of what changed; --report writes every statement and what became of it.
 * Exits 1 when the service cannot be reached or answers wrongly, 2 on bad arguments or an
 * unusable atlas; the atlas is unchanged in both cases.
 */
class WikidataCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace twinatlas
