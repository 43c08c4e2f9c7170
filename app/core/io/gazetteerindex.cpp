// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteerindex.h"

#include "editdistance.h"

#include "db/sqlitehandle.h"
#include "db/sqlread.h"
#include "search/textfold.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::GazetteerIndex", text);
}

constexpr double earthRadius = 6371008.8;

double haversineMeters(LonLat a, LonLat b)
{
    const double rad = M_PI / 180.0;
    const double dLat = (b.lat - a.lat) * rad, dLon = (b.lon - a.lon) * rad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
            + std::cos(a.lat * rad) * std::cos(b.lat * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

/** Airport codes (DUS, IST) are among GeoNames' alternate names; nobody lists a twin so. */
bool isCode(const QString &name)
{
    if (name.size() > 4)
        return false;
    for (const QChar c : name)
        if (!(c >= u'A' && c <= u'Z'))
            return false;
    return true;
}

/**
 * A statement read through SQLite's own calls. The gazetteer is a million rows, and through
 * QSqlQuery each value of each row costs a QVariant; the values read here are the same.
 */
class RawQuery
{
public:
    RawQuery(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (!db)
            m_failure = SqlFailure(SQLITE_MISUSE, 0, QStringLiteral("not an SQLite connection"));
        else if (const int rc = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr); rc != SQLITE_OK)
            m_failure = SqlFailure::of(db, rc);
    }
    ~RawQuery() { sqlite3_finalize(m_statement); }
    RawQuery(const RawQuery &) = delete;
    RawQuery &operator=(const RawQuery &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    SqlFailure failure() const { return m_failure; }
    /** The next row; false at the end or on an error (then failure() says which). */
    bool next()
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_failure = SqlFailure::of(m_db, rc);
        return false;
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    QString text(int column) const
    {
        // As Qt's driver reads a text: NULL is a null string, '' an empty one.
        if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
            return QString();
        const void *data = sqlite3_column_text16(m_statement, column);
        const int bytes = sqlite3_column_bytes16(m_statement, column);
        return QString(static_cast<const QChar *>(data), bytes / int(sizeof(QChar)));
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    SqlFailure m_failure;
};

struct PendingKey
{
    QString country;
    QString key;
    qint32 place; // place << 1 | primary
};

} // namespace

namespace {

/**
 * The fold of one code point as TextFold::key makes it (lower case, compatibility
 * decomposition, marks and apostrophes dropped), with \x01 where it separates words.
 * Both steps act on each code point alone, so folding a name piece by piece gives what folding
 * it whole gives, without normalising a million names.
 */
const QString &foldedCodePoint(char32_t c)
{
    thread_local QHash<char32_t, QString> cache;
    auto it = cache.constFind(c);
    if (it != cache.constEnd())
        return it.value();
    const QString single = QString::fromUcs4(&c, 1);
    const QString folded = TextFold::key(single);
    // TextFold::key trims separators; tell a separator (",", "-") from a dropped mark.
    QString piece;
    if (folded.isEmpty()) {
        const QString decomposed = single.toLower().normalized(QString::NormalizationForm_KD);
        bool separator = false;
        for (const QChar d : decomposed)
            if (!d.isMark() && d != u'\'' && d != QChar(0x2019) && d != QChar(0x02BC) && d != QChar(0x2018)
                && d != u'`' && d != QChar(0x00B4))
                separator = true;
        if (separator)
            piece = QStringLiteral("\x01");
    } else {
        // Inner separators of a decomposed letter ("¼" gives "1 4") stay separators.
        piece = folded;
        piece.replace(u' ', u'\x01');
        if (!single.toLower().normalized(QString::NormalizationForm_KD).front().isLetterOrNumber()
            && !single.toLower().normalized(QString::NormalizationForm_KD).front().isMark())
            piece.prepend(u'\x01');
    }
    return cache.insert(c, piece).value();
}

} // namespace

QString GazetteerIndex::fold(const QString &name)
{
    QString out;
    out.reserve(name.size());
    bool pendingSpace = false;
    const qsizetype n = name.size();
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = name.at(i).unicode();
        if (c < 0x80) {
            // ASCII: exactly TextFold's rules, without a lookup.
            if (c == u'\'' || c == u'`')
                continue;
            if (c >= u'A' && c <= u'Z')
                c = c - u'A' + u'a';
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
                if (pendingSpace && !out.isEmpty())
                    out += u' ';
                pendingSpace = false;
                out += QChar(c);
            } else {
                pendingSpace = true;
            }
            continue;
        }
        char32_t code = c;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(name.at(i + 1).unicode())) {
            code = QChar::surrogateToUcs4(c, name.at(i + 1).unicode());
            ++i;
        }
        for (const QChar d : foldedCodePoint(code)) {
            if (d == u'\x01') {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !out.isEmpty())
                out += u' ';
            pendingSpace = false;
            out += d;
        }
    }
    return out;
}

quint64 GazetteerIndex::hashKey(QStringView key)
{
    return quint64(qHash(key, size_t(0x5bd1e995)));
}

bool GazetteerIndex::readFailed(const SqlFailure &failure, const QString &message, QString *error)
{
    m_loadFailure = failure;
    m_places.clear();
    m_byId.clear();
    m_byGeonameId.clear();
    if (error)
        *error = message.arg(failure.reason());
    return false;
}

bool GazetteerIndex::load(QSqlDatabase db, QString *error, const std::function<bool(int)> &progress)
{
    m_places.clear();
    m_byId.clear();
    m_byGeonameId.clear();
    m_loadFailure = {};
    QHash<QString, QString> admin1;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT country, code, name FROM admin1"));
        SqlFailure failure;
        if (!SqlRead::forEach(q, &failure, [&] {
                admin1.insert(q.value(0).toString() + u'.' + q.value(1).toString(), q.value(2).toString());
            }))
            return readFailed(failure, tr("The regions cannot be read: the atlas %1."), error);
    }
    m_admin2Names.clear();
    m_districtsByKey.clear();
    {
        // Second-level names; an atlas of an older schema has none.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT country, admin1, code, name FROM admin2")))
            while (q.next()) {
                const DistrictRef d{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
                const QString name = q.value(3).toString();
                m_admin2Names.insert(d.country + u'.' + d.admin1 + u'.' + d.admin2, name);
                for (const QString &k : PlaceQualifier::districtKeys(name))
                    m_districtsByKey[k].append(d);
            }
    }
        // The country names come from iso-codes' files, the places from the database: both are
    // read at once. Every way out of load() waits for the names, so countries() always answers.
    QFuture<std::shared_ptr<const CountryResolver>> countries =
            QtConcurrent::run([admin1] { return CountryResolver::shared(admin1); });
    struct CountriesReady
    {
        QFuture<std::shared_ptr<const CountryResolver>> &future;
        std::shared_ptr<const CountryResolver> &target;
        ~CountriesReady() { target = future.result(); }
    } countriesReady{countries, m_countries};
    if (progress && !progress(5))
        return false;

    // Names: the place's own name and ASCII name are primary, the rest alternates. Each
    // place's keys are gathered and made unique together (the primary form wins), then all are
    // grouped by country and ordered by length, so that the typo search reads one country's
    // names of one length.
    QVector<PendingKey> pending;
    pending.reserve(1 << 20);
    QVector<QString> primaryNames;
    sqlite3 *handle = SqliteHandle::of(db);
    RawQuery q(handle, "SELECT id, uid, coalesce(geonameid, 0), name, ascii_name, country,"
                       " admin1, lon, lat, population, kind, admin2 FROM places ORDER BY id");
    if (!q.isValid())
        return readFailed(q.failure(), tr("The places cannot be read: the atlas %1."), error);
    while (q.next()) {
        GazetteerPlace p;
        p.id = q.integer(0);
        p.uid = q.text(1);
        p.geonameId = q.integer(2);
        p.name = q.text(3);
        p.country = q.text(5);
        p.admin1 = q.text(6);
        p.position = LonLat{q.real(7), q.real(8)};
        p.population = q.integer(9);
        p.kind = q.text(10);
        p.admin2 = q.text(11);
        const int index = int(m_places.size());
        m_byId.insert(p.id, index);
        if (p.geonameId > 0)
            m_byGeonameId.insert(p.geonameId, index);
        m_places << p;
        primaryNames << q.text(4);
    }
    if (q.failure())
        return readFailed(q.failure(), tr("The places cannot be read: the atlas %1."), error);
    if (progress && !progress(20))
        return false;

    // A place has a handful of names, a large city a few hundred: a list beats a hash here.
    QVector<QString> placeKeys;
    auto addKeys = [&](int index, const QString &name, bool primary) {
        if (name.isEmpty() || (!primary && isCode(name)))
            return;
        const QString key = fold(name);
        auto add = [&](const QString &k) {
            if (k.isEmpty() || placeKeys.contains(k))
                return;
            placeKeys.append(k);
            pending.append({m_places.at(index).country, k, qint32(index << 1 | (primary ? 1 : 0))});
        };
        add(key);
        // "Düsseldorf" is also written "Duesseldorf".
        for (const QChar c : name)
            if (c == QChar(0xE4) || c == QChar(0xF6) || c == QChar(0xFC) || c == QChar(0xC4)
                || c == QChar(0xD6) || c == QChar(0xDC)) {
                for (const QString &variant : TextFold::keyVariants(name))
                    add(variant);
                break;
            }
    };
    int current = -1;
    auto startPlace = [&](int index) {
        placeKeys.clear();
        current = index;
        addKeys(index, m_places.at(index).name, true);
        addKeys(index, primaryNames.at(index), true);
    };
    QVector<bool> started(m_places.size(), false);
    {
        RawQuery alt(handle, "SELECT place_id, name FROM alternate_names ORDER BY place_id");
        if (!alt.isValid())
            return readFailed(alt.failure(), tr("The alternate names cannot be read: the atlas %1."), error);
        int count = 0;
        while (alt.next()) {
            const qint64 placeId = alt.integer(0);
            // The names come in the order of their places: most belong to the current one.
            const int index = current >= 0 && m_places.at(current).id == placeId ? current
                                                                                 : m_byId.value(placeId, -1);
            if (index < 0)
                continue;
            if (index != current) {
                startPlace(index);
                started[index] = true;
            }
            addKeys(index, alt.text(1), false);
            if (++count % 100000 == 0 && progress && !progress(20 + std::min(60, count / 20000)))
                return false;
        }
        if (alt.failure())
            return readFailed(alt.failure(), tr("The alternate names cannot be read: the atlas %1."), error);
        for (int i = 0; i < m_places.size(); ++i)
            if (!started.at(i))
                startPlace(i);
    }
    primaryNames.clear();

    // Grouped by country, then by length: integer keys, so that sorting a million is quick.
    QVector<QPair<quint64, qint32>> order(pending.size());
    for (int i = 0; i < pending.size(); ++i) {
        const QString &c = pending.at(i).country;
        const quint64 country = c.size() == 2 ? (quint64(c.at(0).unicode()) << 16 | c.at(1).unicode()) : 0;
        const QString &key = pending.at(i).key;
        order[i] = {country << 32 | quint64(std::min<qsizetype>(key.size(), 0xFFFF)) << 16
                            | (key.isEmpty() ? 0 : key.front().unicode()),
                    i};
    }
    std::sort(order.begin(), order.end());
    if (progress && !progress(85))
        return false;
    m_keys.clear();
    m_keyText.clear();
    m_keysOfCountry.clear();
    m_hashes.clear();
    m_keys.reserve(pending.size());
    m_hashes.reserve(pending.size());
    qsizetype textSize = 0;
    for (const PendingKey &k : std::as_const(pending))
        textSize += k.key.size();
    m_keyText.reserve(textSize);
    // The keys come grouped by country: the range is looked up when the country changes.
    const QString *rangeCountry = nullptr;
    QPair<int, int> *range = nullptr;
    for (const auto &[sortKey, i] : std::as_const(order)) {
        const PendingKey &k = pending.at(i);
        if (k.key.size() > 0xFFFF)
            continue;
        if (!rangeCountry || *rangeCountry != k.country) {
            auto found = m_keysOfCountry.find(k.country);
            if (found == m_keysOfCountry.end())
                found = m_keysOfCountry.insert(k.country, {int(m_keys.size()), int(m_keys.size())});
            rangeCountry = &k.country;
            range = &found.value();
        }
        m_keys.append({quint32(m_keyText.size()), quint16(k.key.size()), k.place});
        range->second = int(m_keys.size());
        m_hashes.append({hashKey(k.key), qint32(m_keys.size() - 1)});
        m_keyText += k.key;
    }
    // The names of larger places once more, as their own group: a typo in a name given
    // without a country is looked for among them only.
    {
        const int first = int(m_keys.size());
        const qsizetype entries = m_keys.size();
        QVector<KeyEntry> large;
        for (qsizetype i = 0; i < entries; ++i)
            if (m_places.at(m_keys.at(i).place >> 1).population >= largePopulation)
                large << m_keys.at(i);
        std::stable_sort(large.begin(), large.end(), [this](const KeyEntry &a, const KeyEntry &b) {
            return a.length != b.length ? a.length < b.length : m_keyText.at(a.offset) < m_keyText.at(b.offset);
        });
        m_keys += large;
        m_keysOfCountry.insert(QStringLiteral("*"), {first, int(m_keys.size())});
    }
    pending.clear();
    pending.squeeze();
    std::sort(m_hashes.begin(), m_hashes.end());

    m_cells = QVector<QVector<int>>(180 * 360);
    for (int i = 0; i < m_places.size(); ++i)
        m_cells[cellOf(m_places.at(i).position)] << i;
    if (progress)
        progress(100);
    return true;
}

PlaceQualifier GazetteerIndex::qualifier() const
{
    PlaceQualifier::Lookup lookup;
    lookup.placesNamed = [this](const QString &key) {
        QVector<PlaceQualifier::Anchor> anchors;
        for (const NameHit &h : exact(key)) {
            const GazetteerPlace &p = m_places.at(h.place);
            anchors.append({p.position, p.population});
        }
        return anchors;
    };
    lookup.districtsNamed = [this](const QString &key) { return districtsNamed(key); };
    return PlaceQualifier(*m_countries, lookup);
}

QVector<GazetteerIndex::NameHit> GazetteerIndex::exact(const QString &key) const
{
    QVector<NameHit> hits;
    if (key.isEmpty())
        return hits;
    const quint64 h = hashKey(key);
    auto it = std::lower_bound(m_hashes.cbegin(), m_hashes.cend(), qMakePair(h, qint32(-1)));
    for (; it != m_hashes.cend() && it->first == h; ++it) {
        const KeyEntry &e = m_keys.at(it->second);
        if (QStringView(m_keyText).mid(e.offset, e.length) != key)
            continue;
        const int place = e.place >> 1;
        const bool primary = e.place & 1;
        auto existing = std::find_if(hits.begin(), hits.end(), [place](const NameHit &n) { return n.place == place; });
        if (existing == hits.end())
            hits.append({place, primary});
        else
            existing->primary = existing->primary || primary;
    }
    return hits;
}

QVector<GazetteerIndex::FuzzyHit> GazetteerIndex::fuzzy(const QString &key, const QStringList &countries,
                                                         int maxDistance, qint64 minPopulation) const
{
    QVector<FuzzyHit> hits;
    if (maxDistance <= 0 || key.isEmpty())
        return hits;
    int best = maxDistance;
    const QStringList groups = !countries.isEmpty() ? countries
            : minPopulation >= largePopulation     ? QStringList{QStringLiteral("*")}
                                                   : QStringList(m_keysOfCountry.keys());
    const QStringView keyView(key);
    for (const QString &country : groups) {
        if (countries.isEmpty() && groups.size() > 1 && country == QLatin1String("*"))
            continue;
        const auto range = m_keysOfCountry.value(country, {0, 0});
        // Names of one country are ordered by length and first letter: read only those of a
        // near length that start alike (a typo seldom hits the first letter).
        const auto begin = m_keys.cbegin() + range.first, end = m_keys.cbegin() + range.second;
        const QChar first = keyView.front();
        for (qsizetype length = std::max<qsizetype>(1, key.size() - maxDistance); length <= key.size() + maxDistance; ++length) {
            const auto less = [this](const KeyEntry &e, const QPair<qsizetype, QChar> &k) {
                return e.length != k.first ? e.length < k.first : m_keyText.at(e.offset) < k.second;
            };
            const auto greater = [this](const QPair<qsizetype, QChar> &k, const KeyEntry &e) {
                return k.first != e.length ? k.first < e.length : k.second < m_keyText.at(e.offset);
            };
            const auto from = std::lower_bound(begin, end, qMakePair(length, first), less);
            const auto to = std::upper_bound(from, end, qMakePair(length, first), greater);
            for (auto it = from; it != to; ++it) {
                const int place = it->place >> 1;
                if (m_places.at(place).population < minPopulation)
                    continue;
                const QStringView candidate = QStringView(m_keyText).mid(it->offset, it->length);
                const int d = EditDistance::bounded(keyView, candidate, best);
                if (d > best || d == 0)
                    continue;
                if (d < best) {
                    best = d;
                    hits.clear();
                }
                auto existing = std::find_if(hits.begin(), hits.end(), [place](const FuzzyHit &h) { return h.place == place; });
                if (existing == hits.end())
                    hits.append({place, d, bool(it->place & 1), candidate.toString()});
                else
                    existing->primary = existing->primary || (it->place & 1);
            }
        }
    }
    return hits;
}

int GazetteerIndex::cellOf(LonLat p) const
{
    const int row = std::clamp(int(std::floor(p.lat + 90)), 0, 179);
    const int column = std::clamp(int(std::floor(p.lon + 180)), 0, 359);
    return row * 360 + column;
}

QVector<int> GazetteerIndex::within(LonLat position, double radiusMeters) const
{
    QVector<QPair<double, int>> found;
    if (m_cells.isEmpty())
        return {};
    const double dLat = radiusMeters / 111000.0 + 0.01;
    const double cosLat = std::max(0.01, std::cos(std::min(89.0, std::fabs(position.lat) + dLat) * M_PI / 180));
    const double dLon = std::min(180.0, dLat / cosLat);
    const int row0 = std::clamp(int(std::floor(position.lat - dLat + 90)), 0, 179);
    const int row1 = std::clamp(int(std::floor(position.lat + dLat + 90)), 0, 179);
    const int span = int(std::ceil(dLon)) + 1;
    const int col = int(std::floor(position.lon + 180));
    for (int row = row0; row <= row1; ++row) {
        for (int c = col - span; c <= col + span; ++c) {
            if (span >= 180 && (c < col - 179 || c > col + 180))
                continue;
            const int wrapped = ((c % 360) + 360) % 360;
            for (int i : m_cells.at(row * 360 + wrapped)) {
                const double d = haversineMeters(position, m_places.at(i).position);
                if (d <= radiusMeters)
                    found.append({d, i});
            }
        }
    }
    std::sort(found.begin(), found.end());
    QVector<int> result;
    result.reserve(found.size());
    for (const auto &f : std::as_const(found))
        if (result.isEmpty() || result.last() != f.second)
            result << f.second;
    return result;
}

int GazetteerIndex::nearest(LonLat position) const
{
    for (double radius = 20000; radius <= 25000000; radius *= 4) {
        const QVector<int> near = within(position, radius);
        if (!near.isEmpty())
            return near.first();
    }
    return -1;
}

} // namespace twinatlas
