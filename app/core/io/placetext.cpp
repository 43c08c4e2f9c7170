// SPDX-License-Identifier: GPL-3.0-or-later
#include "placetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::PlaceText", text);
}

/** Characters of Windows-1252 that UTF-8's continuation bytes 0x80–0x9F become. */
bool isCp1252Continuation(QChar c)
{
    static const QString specials = QStringLiteral(
            "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d"
            "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178");
    return (c.unicode() >= 0x80 && c.unicode() <= 0xBF) || specials.contains(c);
}

} // namespace

QString PlaceText::oddity(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    // A formula a spreadsheet wrote into the cell.
    static const QRegularExpression formula(QStringLiteral("^[=+@]\\s*[A-Za-z_.]+\\s*\\("));
    if (formula.match(s).hasMatch() || s.startsWith(u'='))
        return tr("a spreadsheet formula, not a name");
    // UTF-8 read as Windows-1252 or Latin-1: "KÃ¶ln", "SÃ£o", or a broken byte "KÃ(ln".
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        const QChar c = s.at(i), next = s.at(i + 1);
        if ((c == QChar(0xC3) || c == QChar(0xC2) || c == QChar(0xC5) || c == QChar(0xE2))
            && (isCp1252Continuation(next) || (!next.isLetter() && !next.isSpace())))
            return tr("text in the wrong encoding (“%1”)").arg(s.mid(i, 2));
        if (c == QChar(0xFFFD))
            return tr("a character that could not be read");
    }
    // Punctuation that no place name carries, and brackets that do not close.
    static const QString stray = QStringLiteral("\"<>{}[]|\\=#*^~$%@;?+\u201c\u201d\u201e\u00ab\u00bb");
    for (const QChar c : s)
        if (stray.contains(c))
            return tr("“%1” in a name").arg(c);
    if (s.count(u'(') != s.count(u')'))
        return tr("a bracket that does not close");
    return {};
}

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
