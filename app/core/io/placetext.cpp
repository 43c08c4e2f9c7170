// SPDX-License-Identifier: GPL-3.0-or-later
#include "placetext.h"

#include <QRegularExpression>

namespace twinatlas {

QString PlaceText::stripMarkup(const QString &text)
{
    QString s = text;
    if (s.contains(u'&')) {
        s.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
        s.replace(QLatin1String("&amp;"), QLatin1String("&"));
        s.replace(QLatin1String("&ndash;"), QStringLiteral("–"));
        s.replace(QLatin1String("&mdash;"), QStringLiteral("—"));
        s.replace(QLatin1String("&#39;"), QLatin1String("'"));
        s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    }
    if (s.contains(u'<')) {
        static const QRegularExpression refs(QStringLiteral("<ref[^>]*/>|<ref[^>]*>.*?</ref>"),
                                             QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression breaks(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tags(QStringLiteral("</?[a-zA-Z][^>]*>"));
        s.replace(refs, QString());
        s.replace(breaks, QStringLiteral(", "));
        s.replace(tags, QString());
    }
    if (s.contains(QLatin1String("{{"))) {
        // {{flag|Germany}} and {{flagcountry|DEU}} name a country; other templates say nothing.
        static const QRegularExpression flag(QStringLiteral("\\{\\{\\s*flag(?:icon|country|u|deco)?\\s*\\|\\s*([^|}]+)[^}]*\\}\\}"),
                                             QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression templ(QStringLiteral("\\{\\{[^}]*\\}\\}"));
        s.replace(flag, QStringLiteral(" (\\1) "));
        s.replace(templ, QString());
    }
    if (s.contains(QLatin1String("[["))) {
        static const QRegularExpression piped(QStringLiteral("\\[\\[[^\\]|]*\\|([^\\]]*)\\]\\]"));
        static const QRegularExpression plain(QStringLiteral("\\[\\[([^\\]]*)\\]\\]"));
        s.replace(piped, QStringLiteral("\\1"));
        s.replace(plain, QStringLiteral("\\1"));
    }
    if (s.contains(u'[')) {
        // Footnotes: [12], [a], [note 3], [citation needed].
        static const QRegularExpression notes(QStringLiteral("\\[(?:\\d+|[a-z]|note \\d+|citation needed|nb \\d+|\\w+ \\d+)\\]"),
                                              QRegularExpression::CaseInsensitiveOption);
        s.replace(notes, QString());
    }
    s.remove(QLatin1String("'''"));
    s.remove(QLatin1String("''"));
    return s.simplified();
}

QString PlaceText::stripBullet(const QString &text)
{
    static const QRegularExpression bullet(
            QStringLiteral("^\\s*(?:[-–—•*·▪►>+]+|\\(\\d+\\)|\\d+[.)]|[a-z][.)](?=\\s))\\s*"));
    QString s = text;
    s.remove(bullet);
    static const QRegularExpression stars(QStringLiteral("^\\*+|\\*+$"));
    s.remove(stars);
    return s.trimmed();
}

QString PlaceText::takeFlags(const QString &text, QStringList *codes)
{
    QString out;
    const QList<uint> ucs = text.toUcs4();
    for (int i = 0; i < ucs.size(); ++i) {
        const uint c = ucs.at(i);
        if (c >= 0x1F1E6 && c <= 0x1F1FF) {
            if (i + 1 < ucs.size() && ucs.at(i + 1) >= 0x1F1E6 && ucs.at(i + 1) <= 0x1F1FF) {
                if (codes)
                    *codes << QString(QChar(u'A' + (c - 0x1F1E6))) + QChar(u'A' + (ucs.at(i + 1) - 0x1F1E6));
                ++i;
            }
            out += u' ';
            continue;
        }
        // Other pictographs and their joiners and selectors say nothing about a place.
        if ((c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0xFE0F || c == 0x200D)
            continue;
        const char32_t ch = c;
        out += QString::fromUcs4(&ch, 1);
    }
    return out;
}

PlaceText::Parts PlaceText::split(const QString &text)
{
    Parts parts;
    QStringList flags;
    QString s = stripMarkup(takeFlags(text, &flags));
    s = stripBullet(s);
    parts.written = s;
    // Bracketed parts are qualifiers: "Wandsbek (Hamburg)", "El Jadida (Morocco)".
    static const QRegularExpression bracket(QStringLiteral("\\(([^()]*)\\)"));
    QRegularExpressionMatchIterator it = bracket.globalMatch(s);
    while (it.hasNext()) {
        const QString inner = it.next().captured(1).trimmed();
        if (!inner.isEmpty())
            parts.qualifiers << inner;
    }
    s.remove(bracket);
    s.remove(u'(');
    s.remove(u')');
    // Commas: the name, then qualifiers from the most to the least specific.
    QStringList segments = s.split(u',', Qt::SkipEmptyParts);
    for (QString &seg : segments)
        seg = seg.trimmed();
    segments.removeAll(QString());
    QString name = segments.isEmpty() ? QString() : segments.takeFirst();
    for (const QString &seg : std::as_const(segments)) {
        // "Brandenburg/Germany": two qualifiers.
        for (const QString &part : seg.split(u'/', Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                parts.qualifiers << part.trimmed();
    }
    // "Budapest VII – Erzsébetváros": a district by its number and its name, the same place.
    static const QRegularExpression dash(QStringLiteral("\\s+[–—-]\\s+"));
    if (name.contains(dash)) {
        const QStringList names = name.split(dash, Qt::SkipEmptyParts);
        name = names.value(0).trimmed();
        for (int i = 1; i < names.size(); ++i)
            if (!names.at(i).trimmed().isEmpty())
                parts.alternatives << names.at(i).trimmed();
    }
    // "Kovno/Kaunas": the same place twice.
    if (name.contains(u'/')) {
        const QStringList names = name.split(u'/', Qt::SkipEmptyParts);
        name = names.value(0).trimmed();
        for (int i = 1; i < names.size(); ++i)
            if (!names.at(i).trimmed().isEmpty())
                parts.alternatives << names.at(i).trimmed();
    }
    parts.name = name.trimmed();
    // Qualifiers other than the ones in brackets keep their order; the bracketed ones were found
    // first, and a flag is the least specific of all.
    parts.qualifiers << flags;
    return parts;
}

} // namespace twinatlas
