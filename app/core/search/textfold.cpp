// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

namespace twinatlas {

namespace {

// Letters that Unicode decomposition does not split into a base letter and a mark.
QString foldSpecialLetter(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: return QStringLiteral("ss"); // ß
    case 0x00E6: return QStringLiteral("ae"); // æ
    case 0x0153: return QStringLiteral("oe"); // œ
    case 0x00F8: return QStringLiteral("o");  // ø
    case 0x0142: return QStringLiteral("l");  // ł
    case 0x0111: return QStringLiteral("d");  // đ
    case 0x00F0: return QStringLiteral("d");  // ð
    case 0x00FE: return QStringLiteral("th"); // þ
    case 0x0131: return QStringLiteral("i");  // dotless ı
    case 0x0127: return QStringLiteral("h");  // ħ
    default: return {};
    }
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019) || c == QChar(0x02BC) || c == QChar(0x2018)
            || c == u'`' || c == QChar(0x00B4);
}

QString foldWith(const QString &name, bool expandUmlauts)
{
    QString lowered = name.toLower();
    if (expandUmlauts) {
        lowered.replace(QChar(0x00E4), QStringLiteral("ae"));
        lowered.replace(QChar(0x00F6), QStringLiteral("oe"));
        lowered.replace(QChar(0x00FC), QStringLiteral("ue"));
    }
    const QString decomposed = lowered.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.isMark() || isApostrophe(c))
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += u' ';
            pendingSpace = false;
            const QString special = foldSpecialLetter(c);
            if (special.isEmpty())
                out += c;
            else
                out += special;
        } else {
            pendingSpace = true; // spaces, hyphens, dots, commas: one separator
        }
    }
    return out;
}

} // namespace

QString TextFold::key(const QString &name)
{
    return foldWith(name, false);
}

QStringList TextFold::keyVariants(const QString &name)
{
    QStringList keys{foldWith(name, false)};
    const QString lowered = name.toLower();
    if (lowered.contains(QChar(0x00E4)) || lowered.contains(QChar(0x00F6))
        || lowered.contains(QChar(0x00FC))) {
        const QString expanded = foldWith(name, true);
        if (expanded != keys.first())
            keys << expanded;
    }
    keys.removeAll(QString());
    return keys;
}

} // namespace twinatlas
