// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace twinatlas {

/**
 * How people write a place in a list, taken apart: "[[Friedberg (Hessen)|Friedberg]], Hesse[12]"
 * is the name "Friedberg" with the qualifier "Hesse"; "Wandsbek (Hamburg)" is "Wandsbek" with
 * "Hamburg"; "Kovno/Kaunas" is one place with two names; 🇹🇼 is the qualifier "TW". Wiki
 * markup, footnotes, bullets and HTML entities go. The resolver uses the qualifiers as hints.
 */
class PlaceText
{
public:
    struct Parts
    {
        QString name;           ///< the name without qualifiers
        QString written;        ///< the text without markup, qualifiers and all
        QStringList alternatives; ///< other names of the same place ("Kaunas" for "Kovno/Kaunas")
        QStringList qualifiers; ///< regions, countries, districts written with the name
    };

    /** Removes wiki markup ([[a|b]], {{flag|x}}, '''), <ref> and <br>, footnotes ([12]), entities. */
    static QString stripMarkup(const QString &text);
    /** Removes list bullets and numbering: "- ", "• ", "(3) ", "12. ", "**". */
    static QString stripBullet(const QString &text);
    /** Flag emoji (regional indicator pairs) as ISO codes, and the text without them. */
    static QString takeFlags(const QString &text, QStringList *codes);
    /** Splits a cell that holds one place. */
    static Parts split(const QString &text);
    /**
     * What in a name (markup already taken off) no place name has, for the user: stray
     * punctuation (Ber"lin), text decoded in the wrong encoding (KÃ¶ln), a spreadsheet formula
     * (=HYPERLINK(…)), unbalanced brackets; empty when there is nothing. Such a name is not
     * silently read past: it is doubtful and shown as written.
     */
    static QString oddity(const QString &text);
};

} // namespace twinatlas
