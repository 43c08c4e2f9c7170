// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmltext.h"

namespace twinatlas {

namespace {

/** XML 1.0, section 2.2: Char. */
bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
            || (c >= 0x10000 && c <= 0x10FFFF);
}

} // namespace

QString XmlText::clean(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (!c.isSurrogate() && isXmlChar(c.unicode())) {
            out += c;
        } else {
            out += QChar(QChar::ReplacementCharacter);
        }
    }
    return out;
}

QString XmlText::escaped(const QString &text)
{
    return clean(text).toHtmlEscaped();
}

} // namespace twinatlas
