// SPDX-License-Identifier: GPL-3.0-or-later
#include "pastedlist.h"

#include "countryresolver.h"
#include "fieldparser.h"
#include "placetext.h"

#include "search/textfold.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::PastedList", text);
}

const QStringList &designatorWords()
{
    static const QStringList words{"county", "district", "province", "region", "prefecture", "oblast",
                                   "state", "canton", "department", "governorate", "municipality",
                                   "kreis", "landkreis", "provinz", "bundesland", "raion"};
    return words;
}

bool hasDesignator(const QString &segment)
{
    const QStringList words = TextFold::key(segment).split(u' ', Qt::SkipEmptyParts);
    return words.size() >= 2
            && (designatorWords().contains(words.first()) || designatorWords().contains(words.last()));
}

} // namespace

bool PastedList::isQualifier(const QString &segment) const
{
    const QString s = segment.trimmed();
    if (s.isEmpty())
        return false;
    if (!m_countries.interpret(s).isEmpty())
        return true;
    // "Province Jiangsu", "Essex County".
    QStringList words = TextFold::key(s).split(u' ', Qt::SkipEmptyParts);
    if (words.size() >= 2 && designatorWords().contains(words.first()))
        return !m_countries.interpret(words.mid(1).join(u' ')).isEmpty();
    if (words.size() >= 2 && designatorWords().contains(words.last()))
        return !m_countries.interpret(words.mid(0, words.size() - 1).join(u' ')).isEmpty();
    return false;
}

QString PastedList::trailingCode(QString *segment) const
{
    // "Bath GB", "Bergama TUR", "Nashville TN", and "Tata HUNG" (the start of a country's name).
    static const QRegularExpression code(QStringLiteral("^(.+?)\\s+([A-Z]{2,4})$"));
    const QRegularExpressionMatch m = code.match(segment->trimmed());
    if (!m.hasMatch())
        return {};
    const QString c = m.captured(2);
    bool known = !m_countries.interpret(c).isEmpty();
    if (!known && c.size() >= 3) {
        // A unique English country name starting with these letters.
        int found = 0;
        for (const QString &name : {QStringLiteral("Hungary"), QStringLiteral("Germany"),
                                    QStringLiteral("Austria"), QStringLiteral("Netherlands"),
                                    QStringLiteral("Switzerland"), QStringLiteral("Poland"),
                                    QStringLiteral("France"), QStringLiteral("Italy"),
                                    QStringLiteral("Spain"), QStringLiteral("Belgium"),
                                    QStringLiteral("Denmark"), QStringLiteral("Sweden"),
                                    QStringLiteral("Norway"), QStringLiteral("Finland"),
                                    QStringLiteral("Russia"), QStringLiteral("Ukraine"),
                                    QStringLiteral("Turkey"), QStringLiteral("Greece"),
                                    QStringLiteral("Portugal"), QStringLiteral("Romania"),
                                    QStringLiteral("Bulgaria"), QStringLiteral("Czechia"),
                                    QStringLiteral("Slovakia"), QStringLiteral("Slovenia"),
                                    QStringLiteral("Croatia"), QStringLiteral("Serbia")})
            if (name.startsWith(c, Qt::CaseInsensitive))
                ++found;
        known = found == 1;
        if (known)
            for (const QString &name : {QStringLiteral("Hungary"), QStringLiteral("Germany"), QStringLiteral("Austria"),
                                        QStringLiteral("Netherlands"), QStringLiteral("Switzerland"),
                                        QStringLiteral("Poland"), QStringLiteral("Czechia"),
                                        QStringLiteral("Slovakia"), QStringLiteral("Slovenia"),
                                        QStringLiteral("Croatia"), QStringLiteral("Serbia"),
                                        QStringLiteral("Romania"), QStringLiteral("Bulgaria"),
                                        QStringLiteral("Greece"), QStringLiteral("Portugal")})
                if (name.startsWith(c, Qt::CaseInsensitive)) {
                    *segment = m.captured(1);
                    return name;
                }
    }
    if (!known)
        return {};
    *segment = m.captured(1);
    return c;
}

QVector<PastedList::Item> PastedList::parseLine(const QString &line, QString *kind, QString *status,
                                                bool *heading) const
{
    if (heading)
        *heading = false;
    QStringList flags;
    QString s = PlaceText::stripBullet(PlaceText::stripMarkup(PlaceText::takeFlags(line, &flags)));
    s.remove(QRegularExpression(QStringLiteral("^[:;,.\\s]+|[;,.\\s]+$")));
    if (s.isEmpty())
        return {};
    const QString folded = TextFold::key(s);
    const int words = int(folded.split(u' ', Qt::SkipEmptyParts).size());
    static const QRegularExpression context(QStringLiteral(
            "friend|twin|sister|partner|cooperat|propos|with|agreement|jumel|partnerst|freundschaft"));
    const bool colon = line.trimmed().endsWith(u':');
    const bool semicolon = line.trimmed().endsWith(u';');
    if (colon || (semicolon && words >= 3 && context.match(folded).hasMatch())) {
        // A heading: what follows is of the kind and status it names.
        const QString k = FieldParser::kind(s);
        if (kind)
            *kind = k;
        if (status)
            *status = FieldParser::status(s);
        if (heading)
            *heading = true;
        return {};
    }
    const bool sentence = (s.endsWith(u'.') || s.endsWith(u'!') || s.endsWith(u'?')) && words >= 5;
    if (sentence || words >= 12)
        return {};

    Item common;
    common.kind = kind ? *kind : QString();
    common.status = status ? *status : QString();
    // Dates: "from 1967 to 2016", "1967–2016", "since June 27th 1967", "(2010)", ", 1986".
    static const QRegularExpression range(QStringLiteral(
            "(?:\\bfrom\\s+|\\bvon\\s+|\\bde\\s+)?\\b(1[0-9]\\d\\d|20\\d\\d)\\s*(?:to|until|till|bis|[-–—])\\s*(1[0-9]\\d\\d|20\\d\\d)\\b"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression since(QStringLiteral(
            "\\b(?:since|seit|depuis|desde|dal|od|from|in)\\s+((?:[A-Za-z]+\\s+)?(?:\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+)?(?:[A-Za-z]+\\.?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(1[0-9]\\d\\d|20\\d\\d))\\b"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression until(QStringLiteral("\\b(?:until|till|bis|jusqu'en|hasta)\\s+(1[0-9]\\d\\d|20\\d\\d)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bareYear(QStringLiteral("(?:^|[\\s,(])(1[0-9]\\d\\d|20\\d\\d)\\)?\\s*[!.]?$"));
    QRegularExpressionMatch m = range.match(s);
    if (m.hasMatch()) {
        common.start = m.captured(1);
        common.end = m.captured(2);
        if (common.status.isEmpty())
            common.status = QStringLiteral("ended");
        s.replace(m.capturedStart(), m.capturedLength(), QStringLiteral(" "));
    }
    m = since.match(s);
    if (m.hasMatch()) {
        const QString d = FieldParser::date(m.captured(1));
        if (!d.isEmpty() && common.start.isEmpty()) {
            common.start = d;
            s.replace(m.capturedStart(), m.capturedLength(), QStringLiteral(" "));
        }
    }
    m = until.match(s);
    if (m.hasMatch()) {
        common.end = m.captured(1);
        if (common.status.isEmpty())
            common.status = QStringLiteral("ended");
        s.replace(m.capturedStart(), m.capturedLength(), QStringLiteral(" "));
    }
    m = bareYear.match(s);
    if (m.hasMatch() && common.start.isEmpty()) {
        common.start = m.captured(1);
        s.replace(m.capturedStart(1), m.capturedLength(1), QString());
    }
    // Brackets that say what kind of tie it is: "(Friendship City)", "(proposed)".
    static const QRegularExpression bracket(QStringLiteral("\\(([^()]*)\\)"));
    QRegularExpressionMatchIterator bi = bracket.globalMatch(s);
    QVector<QPair<qsizetype, qsizetype>> drop;
    while (bi.hasNext()) {
        const QRegularExpressionMatch b = bi.next();
        const QString inner = b.captured(1).trimmed();
        const QString innerKey = TextFold::key(inner);
        if (innerKey.isEmpty()) {
            drop.prepend({b.capturedStart(), b.capturedLength()});
            continue;
        }
        if (isQualifier(inner))
            continue;
        const QString k = FieldParser::kind(inner), st = FieldParser::status(inner);
        if (!k.isEmpty() || !st.isEmpty()) {
            if (!k.isEmpty())
                common.kind = k;
            if (!st.isEmpty())
                common.status = st;
            drop.prepend({b.capturedStart(), b.capturedLength()});
        }
    }
    for (const auto &[at, length] : std::as_const(drop))
        s.remove(at, length);
    // Words outside brackets: "friendship", "proposed", "former".
    static const QRegularExpression tieWords(QStringLiteral(
            "\\b(friendship(?: city| agreement)?|proposed|former|partner city|sister city|twin town)\\b"),
            QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch w;
    while ((w = tieWords.match(s)).hasMatch()) {
        const QString k = FieldParser::kind(w.captured(1)), st = FieldParser::status(w.captured(1));
        if (!k.isEmpty())
            common.kind = k;
        if (!st.isEmpty())
            common.status = st;
        s.remove(w.capturedStart(), w.capturedLength());
    }
    // Qualifiers in brackets join the commas: "El Jadida (Morocco)", "Honolulu (Havai, USA)".
    QString flat;
    qsizetype last = 0;
    bi = bracket.globalMatch(s);
    while (bi.hasNext()) {
        const QRegularExpressionMatch b = bi.next();
        const QStringList parts = b.captured(1).split(u',', Qt::SkipEmptyParts);
        bool all = !parts.isEmpty();
        for (const QString &p : parts)
            all = all && isQualifier(p);
        flat += s.mid(last, b.capturedStart() - last);
        flat += all ? QStringLiteral(", ") + b.captured(1) + QStringLiteral(",") : b.captured(0);
        last = b.capturedEnd();
    }
    flat += s.mid(last);
    s = flat;
    s.replace(QRegularExpression(QStringLiteral("[!]+")), QStringLiteral(" "));

    // Tokens: segments between commas (and semicolons), split further at "and", at dashes
    // between a name and a country, and at "in".
    struct Token
    {
        QString text;
        bool qualifier;
    };
    QVector<Token> tokens;
    static const QRegularExpression conj(QStringLiteral("\\s+(?:and|&|or|und|et|y|oder|ou)\\s+"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dash(QStringLiteral("\\s*[-–—]\\s*"));
    static const QRegularExpression in(QStringLiteral("^(.+)\\s+in\\s+(?:the\\s+)?(.+)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    QStringList segments;
    for (QString segment : s.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
        segment = segment.trimmed();
        segment.remove(QRegularExpression(QStringLiteral("^[.:…\\s]+|[.:…\\s]+$")));
        if (segment.isEmpty())
            continue;
        // "South Dakota/USA", "Brandenburg/Germany": two qualifiers.
        const QStringList slashed = segment.split(u'/', Qt::SkipEmptyParts);
        bool allQualifiers = slashed.size() > 1;
        for (const QString &part : slashed)
            allQualifiers = allQualifiers && isQualifier(part);
        if (allQualifiers) {
            for (const QString &part : slashed)
                segments << part.trimmed();
        } else {
            segments << segment;
        }
    }
    // The countries the line names on their own, for "Germany Grevenbroich, Germany" (a flag's
    // alt text before the name).
    QStringList lineCountries;
    for (const QString &segment : std::as_const(segments))
        lineCountries << m_countries.interpret(segment).countries;
    for (QString segment : std::as_const(segments)) {
        if (isQualifier(segment)) {
            tokens.append({segment, true});
            continue;
        }
        const QStringList segmentWords = segment.split(u' ', Qt::SkipEmptyParts);
        for (int n = std::min<int>(4, int(segmentWords.size()) - 1); n >= 1; --n) {
            const CountryInterpretation head = m_countries.interpret(segmentWords.mid(0, n).join(u' '));
            bool repeated = false;
            for (const QString &c : head.countries)
                repeated = repeated || lineCountries.count(c) > 0;
            if (repeated) {
                segment = segmentWords.mid(n).join(u' ');
                break;
            }
        }
        // "Osaka Japan": a name or region followed by a country, without a comma.
        QString trailingCountry;
        const QStringList words = segment.split(u' ', Qt::SkipEmptyParts);
        for (int n = 1; n <= 3 && n < words.size(); ++n) {
            const QString tail = words.mid(words.size() - n).join(u' ');
            if (tail.size() >= 4 && !m_countries.interpret(tail).countries.isEmpty()
                && !m_countries.interpret(tail).approximate) {
                trailingCountry = tail;
                segment = words.mid(0, words.size() - n).join(u' ');
                static const QRegularExpression dangling(QStringLiteral("\\s+in(?:\\s+the)?$"),
                                                         QRegularExpression::CaseInsensitiveOption);
                segment.remove(dangling);
                break;
            }
        }
        for (QString part : segment.split(conj, Qt::SkipEmptyParts)) {
            part = part.trimmed();
            if (isQualifier(part)) {
                tokens.append({part, true});
                continue;
            }
            QStringList after;
            QRegularExpressionMatch im;
            while ((im = in.match(part)).hasMatch() && isQualifier(im.captured(2))) {
                after.prepend(im.captured(2));
                part = im.captured(1).trimmed();
            }
            // "Choibolsan - Mongolia", "Japan-Kaliningrad".
            QRegularExpressionMatchIterator di = dash.globalMatch(part);
            bool split = false;
            while (di.hasNext() && !split) {
                const QRegularExpressionMatch d = di.next();
                const QString left = part.left(d.capturedStart()).trimmed();
                const QString right = part.mid(d.capturedEnd()).trimmed();
                if (left.isEmpty() || right.isEmpty())
                    continue;
                const bool spaced = d.captured(0).trimmed() != d.captured(0);
                const bool lq = isQualifier(left), rq = isQualifier(right);
                if (lq != rq && (spaced || !m_countries.interpret(lq ? left : right).countries.isEmpty())) {
                    tokens.append({left, lq});
                    tokens.append({right, rq});
                    split = true;
                }
            }
            if (!split) {
                const QString code = trailingCode(&part);
                tokens.append({part, false});
                if (!code.isEmpty())
                    tokens.append({code, true});
            }
            for (const QString &a : std::as_const(after))
                tokens.append({a, true});
        }
        if (!trailingCountry.isEmpty())
            tokens.append({trailingCountry, true});
    }

    // Items: each name with the qualifiers after it. A designated segment after a name
    // ("Essex County") qualifies it.
    QVector<Item> items;
    for (const Token &t : std::as_const(tokens)) {
        if ((t.qualifier || hasDesignator(t.text)) && !items.isEmpty()) {
            items.last().place.qualifiers << t.text;
            continue;
        }
        // A line's first segment is a name even where it also names a region ("Kaliningrad",
        // "Novo Mesto", "Chiba Prefecture").
        Item item = common;
        const PlaceText::Parts parts = PlaceText::split(t.text);
        item.place.name = parts.name;
        item.place.written = parts.written;
        item.place.alternatives = parts.alternatives;
        item.place.qualifiers = parts.qualifiers;
        if (!item.place.name.isEmpty())
            items << item;
    }
    for (Item &item : items) {
        if (items.size() == 1)
            item.place.qualifiers << flags;
        item.place.text = line.trimmed();
        item.text = line.trimmed();
    }
    return items;
}

QVector<ImportRecord> PastedList::parse(const QString &text, const PlaceReference &home,
                                        qint64 firstLine) const
{
    m_skipped.clear();
    QVector<ImportRecord> records;
    QString kind, status;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r\\n|\\r|\\n")));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        bool heading = false;
        const QVector<Item> items = parseLine(line, &kind, &status, &heading);
        if (heading)
            continue;
        if (items.isEmpty()) {
            m_skipped << tr("%1: not a list item: %2").arg(firstLine + i).arg(line.trimmed().left(80));
            continue;
        }
        int n = 0;
        for (const Item &item : items) {
            ImportRecord r;
            r.line = firstLine + i;
            r.item = n++;
            r.text = item.text;
            r.place = home;
            r.partner = item.place;
            r.kind = item.kind;
            r.status = item.status;
            r.start = item.start;
            r.end = item.end;
            records << r;
        }
    }
    return records;
}

} // namespace twinatlas
