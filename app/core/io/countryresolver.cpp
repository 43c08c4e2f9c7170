// SPDX-License-Identifier: GPL-3.0-or-later
#include "countryresolver.h"

#include "editdistance.h"
#include "mocatalog.h"

#include "db/countrynames.h"
#include "search/textfold.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace twinatlas {

namespace {

QString fold(const QString &text)
{
    QString key = TextFold::key(text);
    if (key.startsWith(QLatin1String("the ")))
        key = key.mid(4);
    return key;
}

QJsonArray readIsoList(const QString &dir, const QString &standard)
{
    QFile file(dir + QStringLiteral("/iso_%1.json").arg(standard));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(standard).toArray();
}

/** The catalogues of one iso-codes domain, one per language that has it. */
QVector<MoCatalog> catalogues(const QString &localeDir, const QString &domain)
{
    QVector<MoCatalog> result;
    const QDir dir(localeDir);
    for (const QString &lang : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = dir.filePath(lang + QStringLiteral("/LC_MESSAGES/") + domain + QStringLiteral(".mo"));
        if (!QFileInfo::exists(path))
            continue;
        MoCatalog catalogue;
        if (catalogue.load(path))
            result << catalogue;
    }
    return result;
}

/**
 * The names to index for one ISO name: the name, and for "Korea, Republic of" also "Korea" and
 * "Republic of Korea", which is how people write such names.
 */
QStringList nameForms(const QString &name)
{
    QStringList forms{name};
    const qsizetype comma = name.indexOf(u',');
    if (comma > 0) {
        const QString head = name.left(comma).trimmed();
        const QString tail = name.mid(comma + 1).trimmed();
        forms << head << tail + u' ' + head;
    }
    return forms;
}

// The states that broke up, by their ISO 3166-3 alpha-4 code: every successor, since a list
// that says "Yugoslavia" means one of them. ISO gives a single successor only where there is one.
const std::map<QString, QStringList> &successors()
{
    static const std::map<QString, QStringList> table{
            {QStringLiteral("SUHH"),
             {"RU", "UA", "BY", "MD", "EE", "LV", "LT", "GE", "AM", "AZ", "KZ", "KG", "TJ", "TM", "UZ"}},
            {QStringLiteral("YUCS"), {"SI", "HR", "BA", "RS", "ME", "MK", "XK"}},
            {QStringLiteral("CSHH"), {"CZ", "SK"}},
            {QStringLiteral("CSXX"), {"RS", "ME", "XK"}},
            {QStringLiteral("DDDE"), {"DE"}},
    };
    return table;
}

// Territories GeoNames lists as countries of their own that lists often give under the state
// they belong to ("Hong Kong, China", "Pointe-à-Pitre, France").
const QHash<QString, QStringList> &dependencies()
{
    static const QHash<QString, QStringList> table{
            {"CN", {"HK", "MO"}},
            {"FR", {"GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF"}},
            {"US", {"PR", "GU", "VI", "AS", "MP"}},
            {"GB", {"GG", "JE", "IM", "GI", "BM", "KY", "VG", "FK", "MS", "TC", "AI", "SH"}},
            {"NL", {"AW", "CW", "SX", "BQ"}},
            {"DK", {"GL", "FO"}},
            {"NO", {"SJ"}},
            {"AU", {"NF", "CX", "CC"}},
            {"NZ", {"CK", "NU", "TK"}},
            {"FI", {"AX"}},
            {"RS", {"XK"}},
    };
    return table;
}

} // namespace

QStringList CountryInterpretation::impliedCountries() const
{
    QStringList all = countries;
    for (const RegionRef &r : regions)
        if (!all.contains(r.country))
            all << r.country;
    return all;
}

QString CountryResolver::defaultIsoCodesDir()
{
    return QFileInfo(CountryNames::isoCodesPath()).absolutePath();
}

QString CountryResolver::defaultLocaleDir()
{
    const QByteArray overridden = qgetenv("TWINATLAS_LOCALE_DIR");
    return overridden.isEmpty() ? QStringLiteral("/usr/share/locale") : QString::fromLocal8Bit(overridden);
}

std::shared_ptr<const CountryResolver> CountryResolver::shared(const Admin1Names &admin1)
{
    // Loading takes a few hundred milliseconds; the same names serve every import.
    static QMutex mutex;
    static std::shared_ptr<const CountryResolver> cached;
    static Admin1Names cachedAdmin1;
    QMutexLocker lock(&mutex);
    if (!cached || cachedAdmin1 != admin1) {
        cached = std::make_shared<const CountryResolver>(defaultIsoCodesDir(), defaultLocaleDir(), admin1);
        cachedAdmin1 = admin1;
    }
    return cached;
}

CountryResolver::CountryResolver(const QString &isoCodesDir, const QString &localeDir,
                                 const Admin1Names &admin1)
    : m_admin1(admin1)
{
    for (auto it = admin1.cbegin(); it != admin1.cend(); ++it) {
        const QString country = it.key().left(2);
        const QString code = it.key().mid(3);
        addRegionName(it.value(), RegionRef{country, code});
    }
    loadIso(isoCodesDir, localeDir);
    addSupplement();
    for (auto it = m_countries.cbegin(); it != m_countries.cend(); ++it)
        if (it.key().size() >= 5)
            m_fuzzyKeys << it.key();
    // By first letter: a typo seldom hits it, and the search reads only that letter's names.
    std::sort(m_fuzzyKeys.begin(), m_fuzzyKeys.end());
}

void CountryResolver::addCountryName(const QString &name, const QStringList &codes)
{
    for (const QString &form : nameForms(name)) {
        const QString key = fold(form);
        if (key.size() < 2)
            continue;
        QStringList &list = m_countries[key];
        for (const QString &c : codes)
            if (!list.contains(c))
                list << c;
    }
}

void CountryResolver::addRegionName(const QString &name, const RegionRef &region)
{
    const QString key = fold(name);
    if (key.size() < 2)
        return;
    QVector<RegionRef> &list = m_regions[key];
    if (!list.contains(region))
        list << region;
}

void CountryResolver::loadIso(const QString &isoCodesDir, const QString &localeDir)
{
    // ISO 3166-1: names, official and common names, codes, and their translations.
    const QVector<MoCatalog> names1 = catalogues(localeDir, QStringLiteral("iso_3166-1"));
    for (const QJsonValue &v : readIsoList(isoCodesDir, QStringLiteral("3166-1"))) {
        const QJsonObject c = v.toObject();
        const QString code = c.value(QStringLiteral("alpha_2")).toString();
        if (code.isEmpty())
            continue;
        const QString common = c.value(QStringLiteral("common_name")).toString();
        m_englishNames.insert(code, common.isEmpty() ? c.value(QStringLiteral("name")).toString() : common);
        m_countries[code.toLower()] << code;
        m_countries[c.value(QStringLiteral("alpha_3")).toString().toLower()] << code;
        for (const char *field : {"name", "official_name", "common_name"}) {
            const QString name = c.value(QLatin1String(field)).toString();
            if (name.isEmpty())
                continue;
            addCountryName(name, {code});
            for (const MoCatalog &catalogue : names1) {
                const QString translated = catalogue.translate(name);
                if (!translated.isEmpty())
                    addCountryName(translated, {code});
            }
        }
    }

    // ISO 3166-3: the states that no longer exist, mapped to their successors.
    const QVector<MoCatalog> names3 = catalogues(localeDir, QStringLiteral("iso_3166-3"));
    for (const QJsonValue &v : readIsoList(isoCodesDir, QStringLiteral("3166-3"))) {
        const QJsonObject c = v.toObject();
        const auto it = successors().find(c.value(QStringLiteral("alpha_4")).toString());
        if (it == successors().end())
            continue;
        const QString name = c.value(QStringLiteral("name")).toString();
        addCountryName(name, it->second);
        for (const MoCatalog &catalogue : names3) {
            const QString translated = catalogue.translate(name);
            if (!translated.isEmpty())
                addCountryName(translated, it->second);
        }
    }

    // ISO 3166-2: divisions in their own languages and the translations. Each is matched to a
    // GeoNames admin1 code by name, or by an alphabetic code both use (US states, Swiss
    // cantons, the four parts of the United Kingdom); a lower division takes its parent's.
    const QVector<MoCatalog> names2 = catalogues(localeDir, QStringLiteral("iso_3166-2"));
    struct Subdivision
    {
        QString code, name, parent;
        QStringList names;
    };
    QHash<QString, Subdivision> subdivisions;
    QHash<QString, QString> admin1ByFold; // "CC:folded name" -> admin1 code
    for (auto it = m_admin1.cbegin(); it != m_admin1.cend(); ++it)
        admin1ByFold.insert(it.key().left(2) + u':' + fold(it.value()), it.key().mid(3));
    for (const QJsonValue &v : readIsoList(isoCodesDir, QStringLiteral("3166-2"))) {
        const QJsonObject o = v.toObject();
        Subdivision s;
        s.code = o.value(QStringLiteral("code")).toString();
        s.name = o.value(QStringLiteral("name")).toString();
        s.parent = o.value(QStringLiteral("parent")).toString();
        if (s.code.size() < 4 || s.name.isEmpty())
            continue;
        s.names << s.name;
        for (const MoCatalog &catalogue : names2) {
            const QString translated = catalogue.translate(s.name);
            if (!translated.isEmpty() && !s.names.contains(translated))
                s.names << translated;
        }
        if (!s.parent.isEmpty() && !s.parent.contains(u'-'))
            s.parent = s.code.left(2) + u'-' + s.parent;
        subdivisions.insert(s.code, s);
    }
    static const QRegularExpression letters(QStringLiteral("^[A-Z]+$"));
    auto admin1Of = [&](const Subdivision &s) -> QString {
        const QString country = s.code.left(2);
        for (const QString &n : s.names) {
            const QString code = admin1ByFold.value(country + u':' + fold(n));
            if (!code.isEmpty())
                return code;
        }
        const QString suffix = s.code.mid(3);
        if (letters.match(suffix).hasMatch() && m_admin1.contains(country + u'.' + suffix))
            return suffix;
        return {};
    };
    for (const Subdivision &s : std::as_const(subdivisions)) {
        const QString country = s.code.left(2);
        QString admin1 = admin1Of(s);
        // Walk up to a division GeoNames knows (a county of England is in ENG).
        QString parent = s.parent;
        for (int depth = 0; admin1.isEmpty() && !parent.isEmpty() && depth < 4; ++depth) {
            const auto p = subdivisions.constFind(parent);
            if (p == subdivisions.constEnd())
                break;
            admin1 = admin1Of(*p);
            parent = p->parent;
        }
        const RegionRef region{country, admin1};
        for (const QString &n : s.names)
            for (const QString &form : nameForms(n))
                addRegionName(form, region);
        // Codes such as TX, NSW or BC are how addresses give a division; kept upper case.
        const QString suffix = s.code.mid(3);
        if (letters.match(suffix).hasMatch())
            m_regions[QStringLiteral("#") + suffix] << region;
    }
}

void CountryResolver::addSupplement()
{
    // What iso-codes lacks, each for a reason:
    // - English short names that ISO no longer uses or never used as its name or common name
    //   (Turkey is "Türkiye" since 2022; "Russian Federation" has no common name), and the
    //   abbreviations lists use: checked against Wikipedia's lists of twin towns.
    const QList<QPair<const char *, const char *>> english{
            {"Turkey", "TR"},          {"Russia", "RU"},          {"USA", "US"},
            {"U.S.", "US"},            {"U.S.A.", "US"},          {"America", "US"},
            {"United States of America", "US"}, {"UK", "GB"},     {"U.K.", "GB"},
            {"Great Britain", "GB"},   {"Britain", "GB"},         {"Holland", "NL"},
            {"Syria", "SY"},           {"Vietnam", "VN"},         {"Laos", "LA"},
            {"Macedonia", "MK"},       {"Ivory Coast", "CI"},     {"Cape Verde", "CV"},
            {"Swaziland", "SZ"},       {"Burma", "MM"},           {"Vatican", "VA"},
            {"Vatican City", "VA"},    {"Brunei", "BN"},          {"East Timor", "TL"},
            {"Czech Republic", "CZ"},  {"South Korea", "KR"},     {"North Korea", "KP"},
            {"Republic of Ireland", "IE"}, {"Palestine", "PS"},   {"UAE", "AE"},
            {"PRC", "CN"},             {"ROC", "TW"},             {"Congo-Kinshasa", "CD"},
            {"Congo-Brazzaville", "CG"}, {"West Germany", "DE"},  {"BRD", "DE"},
            {"FRG", "DE"},             {"Bosnia", "BA"},          {"Moldavia", "MD"},
            {"Byelorussia", "BY"},     {"Belorussia", "BY"},      {"Kirghizia", "KG"},
    };
    for (const auto &[name, code] : english)
        addCountryName(QString::fromUtf8(name), {QString::fromLatin1(code)});
    // - Kosovo: GeoNames uses XK, which ISO has not assigned.
    for (const char *name : {"Kosovo", "Kosova", "Kosovë", "Косово", "Kosowo"})
        addCountryName(QString::fromUtf8(name), {QStringLiteral("XK")});
    m_englishNames.insert(QStringLiteral("XK"), QStringLiteral("Kosovo"));
    // - The four parts of the United Kingdom are divisions in ISO 3166-2, but lists give them
    //   as the country ("Swindon, England"): they name GB and the division.
    const QList<QPair<const char *, const char *>> home{
            {"England", "ENG"}, {"Scotland", "SCT"}, {"Wales", "WLS"}, {"Northern Ireland", "NIR"}};
    for (const auto &[name, admin1] : home) {
        addCountryName(QString::fromUtf8(name), {QStringLiteral("GB")});
        addRegionName(QString::fromUtf8(name), RegionRef{QStringLiteral("GB"), QString::fromLatin1(admin1)});
    }
    // - States that broke up, in the forms lists use besides ISO 3166-3's names.
    const QList<QPair<const char *, QStringList>> former{
            {"USSR", successors().at(QStringLiteral("SUHH"))},
            {"Soviet Union", successors().at(QStringLiteral("SUHH"))},
            {"UdSSR", successors().at(QStringLiteral("SUHH"))},
            {"Sowjetunion", successors().at(QStringLiteral("SUHH"))},
            {"СССР", successors().at(QStringLiteral("SUHH"))},
            {"Yugoslavia", successors().at(QStringLiteral("YUCS"))},
            {"Jugoslawien", successors().at(QStringLiteral("YUCS"))},
            {"Czechoslovakia", successors().at(QStringLiteral("CSHH"))},
            {"Tschechoslowakei", successors().at(QStringLiteral("CSHH"))},
            {"East Germany", {QStringLiteral("DE")}},
            {"GDR", {QStringLiteral("DE")}},
            {"DDR", {QStringLiteral("DE")}},
    };
    for (const auto &[name, codes] : former)
        addCountryName(QString::fromUtf8(name), codes);
}

CountryInterpretation CountryResolver::interpret(const QString &text) const
{
    CountryInterpretation result;
    const QString trimmed = text.trimmed();
    const QString key = fold(trimmed);
    if (key.isEmpty())
        return result;
    result.countries = m_countries.value(key);
    result.regions = m_regions.value(key);
    // Upper-case codes: ISO 3166-2 suffixes (TX, NSW) as well as country codes.
    static const QRegularExpression code(QStringLiteral("^[A-Z]{2,3}$"));
    if (code.match(trimmed).hasMatch())
        result.regions += m_regions.value(QStringLiteral("#") + trimmed);
    // Two or three lower-case letters are a word ("de", "in"), not a code.
    if (trimmed.size() <= 3 && trimmed != trimmed.toUpper() && trimmed.size() >= 2
        && !result.countries.isEmpty() && trimmed.size() == key.size() && trimmed.at(0).isLower()) {
        result.countries.clear();
    }
    if (!result.isEmpty())
        return result;
    // A typo in a long country name ("Finlad", "Phillippines"), when only one name is that close.
    const int tolerance = EditDistance::tolerance(key.size());
    if (tolerance == 0)
        return result;
    QStringList found;
    int best = tolerance + 1;
    const auto from = std::lower_bound(m_fuzzyKeys.cbegin(), m_fuzzyKeys.cend(), key.left(1));
    const auto to = std::lower_bound(from, m_fuzzyKeys.cend(), QString(QChar(key.front().unicode() + 1)));
    for (auto it = from; it != to; ++it) {
        const QString &candidate = *it;
        if (std::abs(int(candidate.size() - key.size())) > tolerance)
            continue;
        const int d = EditDistance::bounded(key, candidate, std::min(best, tolerance));
        if (d < best) {
            best = d;
            found = m_countries.value(candidate);
        } else if (d == best && d <= tolerance) {
            for (const QString &c : m_countries.value(candidate))
                if (!found.contains(c))
                    found << c;
        }
    }
    if (best <= tolerance && found.size() == 1) {
        result.countries = found;
        result.approximate = true;
    }
    return result;
}

bool CountryResolver::isCountry(const QString &text) const
{
    return !m_countries.value(fold(text)).isEmpty();
}

bool CountryResolver::sameCountry(const QString &country, const QString &placeCountry)
{
    return country == placeCountry || dependencies().value(country).contains(placeCountry);
}

} // namespace twinatlas
