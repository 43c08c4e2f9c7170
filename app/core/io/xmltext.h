// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twinatlas {

/**
 * User text made fit for an XML document (KML, SVG). XML 1.0 cannot hold most control
 * characters at all, not even as character references, and Qt's writers pass them through,
 * which makes the file unreadable; they become U+FFFD, the replacement character, so that
 * the reader sees that something was there.
 */
class XmlText
{
public:
    /** text with the characters XML 1.0 does not allow replaced by U+FFFD. */
    static QString clean(const QString &text);
    /** clean(text) with &, <, > and " as entities, for writers that take markup (QSvgGenerator). */
    static QString escaped(const QString &text);
};

} // namespace twinatlas
