// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldparser.h"

#include "db/partialdate.h"
#include "search/textfold.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace twinatlas {

namespace {

QString iso(int year, int month = 0, int day = 0)
{
    QString s = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    if (month > 0)
        s += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
    if (month > 0 && day > 0)
        s += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    return PartialDate::fromIso(s).isValid() ? s : QString();
}

int monthOf(const QString &word)
{
    // English, German, French, Spanish and Italian month names, folded, by their first letters.
    static const QHash<QString, int> months{
            {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"may", 5}, {"jun", 6}, {"jul", 7},
            {"aug", 8}, {"sep", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}, {"mai", 5},
            {"okt", 10}, {"dez", 12}, {"mae", 3}, {"jan", 1}, {"fev", 2}, {"avr", 4}, {"jui", 0},
            {"aou", 8}, {"ene", 1}, {"abr", 4}, {"ago", 8}, {"dic", 12}, {"gen", 1}, {"giu", 6},
            {"lug", 7}, {"set", 9}, {"ott", 10}, {"marz", 3}, {"juin", 6}, {"juil", 7}};
    const QString w = TextFold::key(word);
    if (w.size() < 3)
        return 0;
    if (w.startsWith(QLatin1String("juin")))
        return 6;
    if (w.startsWith(QLatin1String("juil")))
        return 7;
    if (w.startsWith(QLatin1String("marz")) || w.startsWith(QLatin1String("maerz")))
        return 3;
    return months.value(w.left(3), 0);
}

bool containsWord(const QString &folded, const QStringList &stems)
{
    for (const QString &s : stems)
        if (folded.contains(s))
            return true;
    return false;
}

} // namespace

QString FieldParser::date(const QString &text, bool *ok)
{
    if (ok)
        *ok = true;
    const QString t = unguarded(text).trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression isoDate(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    static const QRegularExpression wikidata(QStringLiteral("^\\+?(\\d{4})-(\\d{2})-(\\d{2})T00:00:00Z?$"));
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})$"));
    static const QRegularExpression words(QStringLiteral("(\\d{1,2})?(?:st|nd|rd|th|\\.)?\\s*([A-Za-zÀ-ÿ]{3,})\\.?\\s*(\\d{1,2})?(?:st|nd|rd|th)?,?\\s*(\\d{4})"));
    static const QRegularExpression year(QStringLiteral("(?<!\\d)(1[0-9]\\d\\d|20\\d\\d)(?!\\d)"));
    QRegularExpressionMatch m = isoDate.match(t);
    if (m.hasMatch()) {
        const QString s = iso(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!s.isEmpty())
            return s;
    }
    m = wikidata.match(t);
    if (m.hasMatch()) {
        // The simple download keeps no precision: 1 January stands for the year alone.
        const int month = m.captured(2).toInt(), day = m.captured(3).toInt();
        if (month == 1 && day == 1)
            return iso(m.captured(1).toInt());
        return iso(m.captured(1).toInt(), month, day);
    }
    m = numeric.match(t);
    if (m.hasMatch()) {
        int a = m.captured(1).toInt(), b = m.captured(3).toInt();
        const int y = m.captured(4).toInt();
        if (m.captured(2) == QLatin1String("/") && a <= 12 && b <= 12 && a != b)
            return iso(y); // 05/12/1967: May or December? Only the year is sure.
        if (a > 12 || m.captured(2) != QLatin1String("/"))
            return iso(y, b, a);
        return iso(y, a, b);
    }
    QRegularExpressionMatchIterator it = words.globalMatch(t);
    while (it.hasNext()) {
        const QRegularExpressionMatch w = it.next();
        const int month = monthOf(w.captured(2));
        if (month == 0)
            continue;
        const int day = !w.captured(1).isEmpty() ? w.captured(1).toInt() : w.captured(3).toInt();
        const QString s = iso(w.captured(4).toInt(), month, day);
        if (!s.isEmpty())
            return s;
    }
    m = year.match(t);
    if (m.hasMatch())
        return iso(m.captured(1).toInt());
    if (ok)
        *ok = false;
    return {};
}

QString FieldParser::kind(const QString &text)
{
    const QString f = TextFold::key(text);
    if (f.isEmpty())
        return {};
    if (containsWord(f, {"friend", "freundschaft", "amitie", "amistad", "amicizia", "przyjazn", "dostluk"}))
        return QStringLiteral("friendship_city");
    if (containsWord(f, {"cooperation", "co operation", "kooperation", "zusammenarbeit", "cooperacion",
                         "cooperazione", "memorandum", "collaboration", "cooperative"}))
        return QStringLiteral("cooperation");
    if (containsWord(f, {"sister", "hermana", "schwester", "irma", "kardes", "siostr"}))
        return QStringLiteral("sister_city");
    if (containsWord(f, {"partner", "partenari", "partenaire", "partnership"}))
        return QStringLiteral("partner_town");
    if (containsWord(f, {"twin", "jumel", "gemell", "hermanamiento", "miasta blizniacze", "blizn"}))
        return QStringLiteral("twin_town");
    for (const char *k : {"twin_town", "sister_city", "partner_town", "friendship_city", "cooperation"})
        if (text.trimmed() == QLatin1String(k))
            return QString::fromLatin1(k);
    return {};
}

QString FieldParser::status(const QString &text)
{
    const QString f = TextFold::key(text);
    if (f.isEmpty())
        return {};
    if (containsWord(f, {"propos", "planned", "geplant", "projet", "prevista", "in preparation",
                         "pending", "intended"}))
        return QStringLiteral("proposed");
    if (containsWord(f, {"suspend", "frozen", "ausgesetzt", "eingefroren", "on hold", "paused"}))
        return QStringLiteral("suspended");
    if (containsWord(f, {"ended", "former", "terminat", "cancel", "dissolv", "ehemalig", "beendet",
                         "ancien", "rompu", "inactive", "revoked"}))
        return QStringLiteral("ended");
    if (containsWord(f, {"active", "current", "aktiv", "actif", "activo", "attivo"}))
        return QStringLiteral("active");
    return {};
}

std::optional<double> FieldParser::coordinate(const QString &text)
{
    QString t = unguarded(text).trimmed();
    if (t.isEmpty())
        return std::nullopt;
    double sign = 1;
    const QChar last = t.back().toUpper(), first = t.front().toUpper();
    for (const QChar h : {last, first}) {
        if (h == u'S' || h == u'W')
            sign = -1;
    }
    if (QStringLiteral("NSEWO").contains(last))
        t.chop(1);
    else if (QStringLiteral("NSEWO").contains(first))
        t.remove(0, 1);
    t = t.trimmed();
    static const QRegularExpression decimal(QStringLiteral("^[-+]?\\d{1,3}(?:[.,]\\d+)?$"));
    if (decimal.match(t).hasMatch()) {
        bool ok = false;
        const double v = QString(t).replace(u',', u'.').toDouble(&ok);
        return ok ? std::optional<double>(sign * v) : std::nullopt;
    }
    static const QRegularExpression dms(QStringLiteral(
            "^([-+]?\\d{1,3}(?:[.,]\\d+)?)\\s*[°º:\\s]\\s*(?:(\\d{1,2}(?:[.,]\\d+)?)\\s*['′’:\\s]?\\s*"
            "(?:(\\d{1,2}(?:[.,]\\d+)?)\\s*(?:\"|″|''|’’)?)?)?$"));
    const QRegularExpressionMatch m = dms.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const double deg = m.captured(1).replace(u',', u'.').toDouble();
    const double min = m.captured(2).replace(u',', u'.').toDouble();
    const double sec = m.captured(3).replace(u',', u'.').toDouble();
    if (min >= 60 || sec >= 60)
        return std::nullopt;
    const double v = std::abs(deg) + min / 60 + sec / 3600;
    return sign * (deg < 0 ? -v : v);
}

std::optional<LonLat> FieldParser::coordinates(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression point(QStringLiteral(
            "^(?:<[^>]*>\\s*)?point\\s*\\(\\s*([-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\s+"
            "([-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\s*\\)$"),
            QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = point.match(t);
    if (m.hasMatch())
        return LonLat{m.captured(1).toDouble(), m.captured(2).toDouble()};
    // "51.22, 6.77" or "51°13′N 6°47′E": latitude first, as people write it.
    QStringList parts;
    if (t.contains(u';'))
        parts = t.split(u';');
    else if (t.count(u',') == 1)
        parts = t.split(u',');
    else if (t.count(u',') == 3) { // "51,22, 6,77"
        const int second = int(t.indexOf(u',', t.indexOf(u',') + 1));
        parts = {t.left(second), t.mid(second + 1)};
    } else {
        static const QRegularExpression hemisphere(QStringLiteral("^(.*[NS])\\s+(.*[EWO])$"), QRegularExpression::CaseInsensitiveOption);
        m = hemisphere.match(t);
        if (m.hasMatch())
            parts = {m.captured(1), m.captured(2)};
        else
            parts = t.split(u' ', Qt::SkipEmptyParts);
    }
    if (parts.size() != 2)
        return std::nullopt;
    const auto lat = coordinate(parts.at(0)), lon = coordinate(parts.at(1));
    if (!lat || !lon)
        return std::nullopt;
    return LonLat{*lon, *lat};
}

qint64 FieldParser::geonameId(const QString &text)
{
    static const QRegularExpression id(QStringLiteral("(?:^|/)(\\d{1,10})/?(?:[^/\\d]*)?$"));
    const QRegularExpressionMatch m = id.match(unguarded(text).trimmed());
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

namespace {

const QString titleKey = QStringLiteral("title");
const QString urlKey = QStringLiteral("url");
const QString documentKey = QStringLiteral("document");

/** The sources of a JSON array as sourcesCell() writes it; nullopt for any other text. */
std::optional<QVector<SourceReference>> jsonSources(const QString &text)
{
    if (!text.startsWith(u'[') || !text.endsWith(u']'))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().isEmpty())
        return std::nullopt;
    QVector<SourceReference> result;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(titleKey).isString())
            return std::nullopt;
        for (auto it = o.begin(); it != o.end(); ++it)
            if ((it.key() != titleKey && it.key() != urlKey && it.key() != documentKey) || !it.value().isString())
                return std::nullopt;
        result << SourceReference{o.value(titleKey).toString(), o.value(urlKey).toString(),
                                  o.value(documentKey).toString()};
    }
    return result;
}

} // namespace

QVector<SourceReference> FieldParser::sources(const QString &cell, const QString &urlCell)
{
    QVector<SourceReference> result;
    const QString text = unguarded(cell).trimmed();
    if (const auto json = jsonSources(text))
        return *json;
    const QStringList items = text.contains(u'\n') ? text.split(u'\n', Qt::SkipEmptyParts)
                                                   : text.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    auto isUrl = [](const QString &s) {
        return s.startsWith(QLatin1String("http://")) || s.startsWith(QLatin1String("https://"));
    };
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        SourceReference s;
        const qsizetype bar = item.lastIndexOf(QLatin1String(" | "));
        if (bar > 0) {
            s.title = item.left(bar).trimmed();
            const QString ref = item.mid(bar + 3).trimmed();
            (isUrl(ref) ? s.url : s.document) = ref;
        } else if (isUrl(item)) {
            s.url = item;
            s.title = item;
        } else {
            s.title = item;
            s.document = item;
        }
        if (!result.contains(s))
            result << s;
    }
    const QString url = unguarded(urlCell).trimmed();
    if (isUrl(url)) {
        if (result.size() == 1 && result.first().url.isEmpty()) {
            result.first().url = url;
            if (result.first().document == result.first().title)
                result.first().document.clear();
        } else if (std::none_of(result.cbegin(), result.cend(), [&url](const SourceReference &s) { return s.url == url; })) {
            result << SourceReference{url, url, QString()};
        }
    }
    return result;
}

QString FieldParser::sourceText(const SourceReference &source)
{
    const QString ref = source.url.isEmpty() ? source.document : source.url;
    return source.title + QStringLiteral(" | ") + ref;
}

QString FieldParser::sourcesCell(const QVector<SourceReference> &list)
{
    QStringList lines;
    for (const SourceReference &s : list)
        lines << sourceText(s);
    const QString readable = lines.join(u'\n');
    if (sources(readable) == list)
        return readable;
    QJsonArray array;
    for (const SourceReference &s : list) {
        QJsonObject o{{titleKey, s.title}};
        if (!s.url.isEmpty())
            o.insert(urlKey, s.url);
        if (!s.document.isEmpty())
            o.insert(documentKey, s.document);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString FieldParser::unguarded(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == u'\'' && QStringLiteral("=+-@\t\r").contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

} // namespace twinatlas
