// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace twinatlas {

/**
 * Folds names into search keys so that case, diacritics and common transliterations do not
 * matter: "Düsseldorf", "DUSSELDORF" and "dusseldorf" share a key, and German umlauts also get
 * their "ue" spelling so that "Duesseldorf" finds Düsseldorf even without an alternate name.
 */
class TextFold
{
public:
    /** The search key of a name: lower case, marks removed, punctuation as single spaces. */
    static QString key(const QString &name);

    /** The keys a name is indexed under: its key and, where umlauts occur, the "ae/oe/ue" form. */
    static QStringList keyVariants(const QString &name);
};

} // namespace twinatlas
