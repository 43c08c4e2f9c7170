// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselists.h"

#include "db/countrynames.h"
#include "edit/checklistcsvwriter.h"
#include "io/editdistance.h"
#include "io/gazetteerindex.h"
#include "io/placequalifier.h"
#include "io/placeresolver.h"
#include "io/importjob.h"
#include "db/atlasdatabase.h"
#include "geo/geodesy.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace twinatlas::bench {

namespace {

int cellOf(LonLat p)
{
    const int row = std::clamp(int(std::floor(p.lat + 90)), 0, 179);
    const int column = std::clamp(int(std::floor(p.lon + 180)), 0, 359);
    return row * 360 + column;
}

} // namespace

bool CaseLists::load(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT country, code, name FROM admin1")))
        return false;
    while (q.next())
        m_admin1.insert(q.value(0).toString() + u'.' + q.value(1).toString(), q.value(2).toString());
    if (!q.exec(QStringLiteral("SELECT country, admin1, code, name FROM admin2")))
        return false;
    while (q.next())
        m_admin2.insert(q.value(0).toString() + u'.' + q.value(1).toString() + u'.' + q.value(2).toString(),
                        q.value(3).toString());
    if (!q.exec(QStringLiteral(
                "SELECT p.id, p.uid, p.name, p.country, p.admin1, p.admin2, p.kind, p.lon, p.lat, p.population,"
                " (SELECT count(*) FROM partnerships t WHERE t.place_a = p.id OR t.place_b = p.id)"
                " FROM places p ORDER BY p.id")))
        return false;
    QHash<qint64, int> index;
    m_cells = QVector<QVector<int>>(180 * 360);
    while (q.next()) {
        Place p;
        p.id = q.value(0).toLongLong();
        p.uid = q.value(1).toString();
        p.name = q.value(2).toString();
        p.key = GazetteerIndex::fold(p.name);
        p.country = q.value(3).toString();
        p.admin1 = q.value(4).toString();
        p.admin2 = q.value(5).toString();
        p.kind = q.value(6).toString();
        p.position = LonLat{q.value(7).toDouble(), q.value(8).toDouble()};
        p.population = q.value(9).toLongLong();
        p.partners = q.value(10).toInt();
        const int i = int(m_places.size());
        index.insert(p.id, i);
        m_byCountryKey[p.country + u'|' + p.key] << i;
        m_cells[cellOf(p.position)] << i;
        m_places << p;
    }
    if (!q.exec(QStringLiteral("SELECT place_id, name FROM alternate_names")))
        return false;
    while (q.next()) {
        const int i = index.value(q.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        const QString name = q.value(1).toString();
        // Names others carry too: a place held out under such a name is still found by it.
        m_alternateKeys.insert(m_places.at(i).country + u'|' + GazetteerIndex::fold(name));
        if (name.endsWith(QLatin1String(" Qu")))
            m_districtAlternates.append({i, name});
    }
    return !m_places.isEmpty();
}

QString CaseLists::countryName(const QString &code) const
{
    return CountryNames::name(code);
}

QByteArray CaseLists::toCsv(const QVector<QPair<QString, QString>> &cells)
{
    QStringList lines{QStringLiteral("city,country,twin,twin_country")};
    for (int i = 0; i + 1 < cells.size(); i += 2)
        lines << QStringList{ChecklistCsvWriter::cell(cells.at(i).first), ChecklistCsvWriter::cell(cells.at(i).second),
                             ChecklistCsvWriter::cell(cells.at(i + 1).first),
                             ChecklistCsvWriter::cell(cells.at(i + 1).second)}
                         .join(u',');
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

CaseLists::List CaseLists::qualifiedNamesakes(int count, quint32 seed) const
{
    List list;
    list.name = QStringLiteral("qualified namesakes");
    QRandomGenerator random(seed);
    // Places with a namesake in the country that is not clearly smaller, so that the name
    // alone does not decide.
    QVector<int> ambiguous;
    for (int i = 0; i < m_places.size(); ++i) {
        const Place &p = m_places.at(i);
        if (!p.uid.startsWith(QLatin1String("gn:")) || p.population < 1000)
            continue;
        for (int j : m_byCountryKey.value(p.country + u'|' + p.key))
            if (j != i && m_places.at(j).population * PlaceResolver::clearMargin > p.population
                && !PlaceQualifier::withinMeters(m_places.at(j).position, p.position, 25000)) {
                ambiguous << i;
                break;
            }
    }
    QVector<QPair<QString, QString>> cells;
    auto add = [&](const QString &text, const Place &p) {
        const QString country = countryName(p.country);
        if (list.truth.contains(key(text, country)))
            return;
        list.truth.insert(key(text, country), Truth{p.position, false});
        cells.append({text, country});
    };
    // What tells a place from its namesakes far from it.
    auto namesakes = [&](int i) {
        QVector<int> others;
        const Place &p = m_places.at(i);
        for (int j : m_byCountryKey.value(p.country + u'|' + p.key))
            if (!PlaceQualifier::withinMeters(m_places.at(j).position, p.position, 25000))
                others << j;
        return others;
    };
    auto largestNear = [&](const Place &p, qint64 minimum, double meters) -> int {
        int best = -1;
        const int row = cellOf(p.position) / 360, column = cellOf(p.position) % 360;
        for (int r = std::max(0, row - 1); r <= std::min(179, row + 1); ++r)
            for (int c = column - 1; c <= column + 1; ++c)
                for (int j : m_cells.at(r * 360 + (c + 360) % 360)) {
                    const Place &o = m_places.at(j);
                    if (o.population < minimum || o.key == p.key || !o.uid.startsWith(QLatin1String("gn:"))
                        || !PlaceQualifier::withinMeters(o.position, p.position, meters))
                        continue;
                    if (best < 0 || o.population > m_places.at(best).population)
                        best = j;
                }
        return best;
    };
    // A town named as a qualifier must be the only one of its size so named in the country.
    auto uniqueTown = [&](const Place &town) {
        const QVector<int> same = m_byCountryKey.value(town.country + u'|' + town.key);
        return std::count_if(same.cbegin(), same.cend(), [&](int j) {
                   return m_places.at(j).population >= PlaceQualifier::anchorPopulation;
               }) == 1;
    };
    int attempts = 0;
    while (cells.size() < count * 4 / 5 && !ambiguous.isEmpty() && ++attempts < count * 20) {
        const int i = ambiguous.at(random.bounded(int(ambiguous.size())));
        const Place &p = m_places.at(i);
        const QVector<int> others = namesakes(i);
        const QString region = m_admin1.value(p.country + u'.' + p.admin1);
        const QString district = m_admin2.value(p.country + u'.' + p.admin1 + u'.' + p.admin2);
        // The qualifier must tell: no namesake far away in a division of the same name.
        const bool regionTells = !region.isEmpty() && std::none_of(others.cbegin(), others.cend(), [&](int j) {
            const Place &o = m_places.at(j);
            return GazetteerIndex::fold(m_admin1.value(o.country + u'.' + o.admin1)) == GazetteerIndex::fold(region);
        });
        const bool districtTells = !district.isEmpty() && std::none_of(others.cbegin(), others.cend(), [&](int j) {
            const Place &o = m_places.at(j);
            return GazetteerIndex::fold(m_admin2.value(o.country + u'.' + o.admin1 + u'.' + o.admin2))
                    == GazetteerIndex::fold(district);
        });
        switch (random.bounded(4)) {
        case 0:
            if (regionTells)
                add(p.name + QStringLiteral(", ") + region, p);
            break;
        case 1:
            if (regionTells)
                add(p.name + QStringLiteral(" (") + region + u')', p);
            break;
        case 2:
            if (districtTells)
                add(p.name + QStringLiteral(", ") + district, p);
            break;
        default: {
            const int near = largestNear(p, 50000, 30000);
            if (near < 0)
                break;
            const Place &town = m_places.at(near);
            const bool tells = uniqueTown(town) && std::none_of(others.cbegin(), others.cend(), [&](int j) {
                return PlaceQualifier::withinMeters(m_places.at(j).position, town.position, 60000);
            });
            if (tells)
                add(p.name + QStringLiteral(" (") + town.name + u')', p);
            break;
        }
        }
    }
    // Districts of cities, which GeoNames names by a place in them: "Chaoyang (Beijing)".
    attempts = 0;
    while (cells.size() < count && !m_districtAlternates.isEmpty() && ++attempts < count * 20) {
        const auto &[i, alternate] = m_districtAlternates.at(random.bounded(int(m_districtAlternates.size())));
        const Place &p = m_places.at(i);
        const int city = largestNear(p, 300000, 50000);
        if (city < 0 || !uniqueTown(m_places.at(city)))
            continue;
        add(alternate.left(alternate.size() - 3) + QStringLiteral(" (") + m_places.at(city).name + u')', p);
    }
    if (cells.size() % 2)
        cells.removeLast();
    list.csv = toCsv(cells);
    return list;
}

CaseLists::List CaseLists::divisions(int count, quint32 seed) const
{
    List list;
    list.name = QStringLiteral("divisions");
    QRandomGenerator random(seed);
    QVector<int> divisions;
    for (int i = 0; i < m_places.size(); ++i)
        if (m_places.at(i).uid.startsWith(QLatin1String("adm")))
            divisions << i;
    QVector<QPair<QString, QString>> cells;
    int attempts = 0;
    while (cells.size() < count && !divisions.isEmpty() && ++attempts < count * 20) {
        const Place &p = m_places.at(divisions.at(random.bounded(int(divisions.size()))));
        const bool region = p.kind == QLatin1String("region");
        // The name without the word GeoNames gives it, if any ("Hawaii County" -> "Hawaii").
        QString core = p.name;
        for (const QString &d : PlaceQualifier::designators()) {
            for (const QString &form : {u' ' + d, d + u' '}) {
                if (p.name.size() > form.size() + 2 && p.name.toLower().endsWith(form) && form.startsWith(u' '))
                    core = p.name.left(p.name.size() - form.size());
                else if (p.name.size() > form.size() + 2 && p.name.toLower().startsWith(form) && form.endsWith(u' '))
                    core = p.name.mid(form.size());
            }
        }
        QString text;
        const int how = int(random.bounded(100));
        // Lists name regions bare ("Bavaria"), districts with their word ("Hawaii County").
        if (how < 45) {
            if (core == p.name && !region)
                continue;
            text = p.name;
        }
        else if (how < 65)
            text = core + (region ? QStringLiteral(" Region") : QStringLiteral(" District"));
        else if (how < 80)
            text = core + (region ? QStringLiteral(" (region)") : QStringLiteral(" (district)"));
        else
            text = (region ? QStringLiteral("Province of ") : QStringLiteral("County of ")) + core;
        const QString country = countryName(p.country);
        if (list.truth.contains(key(text, country)))
            continue;
        list.truth.insert(key(text, country), Truth{p.position, false});
        cells.append({text, country});
    }
    if (cells.size() % 2)
        cells.removeLast();
    list.csv = toCsv(cells);
    return list;
}

CaseLists::List CaseLists::typoTraps(int count, quint32 seed) const
{
    List list;
    list.name = QStringLiteral("typo traps");
    QRandomGenerator random(seed);
    // Small places by country, length and first letter, to find near names quickly.
    QHash<QString, QVector<int>> small;
    for (int i = 0; i < m_places.size(); ++i) {
        const Place &p = m_places.at(i);
        if (p.population < 10000 && p.uid.startsWith(QLatin1String("gn:")) && !p.key.isEmpty())
            small[p.country + u'|' + QString::number(p.key.size()) + p.key.front()] << i;
    }
    QVector<QPair<QString, QString>> cells;
    QSet<qint64> held;
    int attempts = 0;
    while (cells.size() < count && ++attempts < count * 400) {
        const int i = int(random.bounded(int(m_places.size())));
        const Place &p = m_places.at(i);
        if (!p.uid.startsWith(QLatin1String("gn:")) || p.partners > 0 || p.population < 500 || p.key.size() < 5
            || held.contains(p.id))
            continue;
        // The only place of its name in the country, held out; a small place near in spelling stays.
        if (m_byCountryKey.value(p.country + u'|' + p.key).size() != 1
            || m_alternateKeys.contains(p.country + u'|' + p.key))
            continue;
        const int tolerance = EditDistance::tolerance(p.key.size());
        bool trap = false;
        for (int length = int(p.key.size()) - tolerance; length <= p.key.size() + tolerance && !trap; ++length)
            for (int j : small.value(p.country + u'|' + QString::number(length) + p.key.front())) {
                const Place &o = m_places.at(j);
                if (j == i || PlaceQualifier::withinMeters(o.position, p.position, 25000))
                    continue;
                const int d = EditDistance::bounded(p.key, o.key, tolerance);
                if (d >= 1 && d <= tolerance) {
                    trap = true;
                    break;
                }
            }
        if (!trap)
            continue;
        const QString country = countryName(p.country);
        if (list.truth.contains(key(p.name, country)))
            continue;
        held.insert(p.id);
        list.heldOut << p.id;
        list.truth.insert(key(p.name, country), Truth{p.position, true});
        cells.append({p.name, country});
    }
    if (cells.size() % 2) {
        cells.removeLast();
    }
    list.csv = toCsv(cells);
    return list;
}

CaseLists::Figures CaseLists::measure(const QString &atlasPath, const List &list, QString *error)
{
    Figures f;
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("atlas.sqlite"));
    if (!QFile::copy(atlasPath, copy)) {
        if (error)
            *error = QStringLiteral("cannot copy %1").arg(atlasPath);
        return f;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    AtlasDatabase atlas;
    if (!atlas.open(copy) || !holdOut(atlas.connection(), list.heldOut, error)) {
        if (error && error->isEmpty())
            *error = atlas.errorString();
        return f;
    }
    ImportJob job(atlas);
    if (!job.readBytes(list.csv, list.name + QStringLiteral(".csv"), {}) || !job.resolve()) {
        if (error)
            *error = job.errorString();
        return f;
    }
    const ImportPlan *plan = job.plan();
    for (int i = 0; i < plan->referenceCount(); ++i) {
        const PlaceReference &ref = plan->reference(i);
        const auto truth = list.truth.constFind(key(ref.text, ref.country));
        if (truth == list.truth.constEnd())
            continue;
        ++f.total;
        const Resolution &r = plan->resolution(i);
        if (r.outcome == Resolution::Outcome::Doubtful)
            ++f.doubtful;
        if (r.outcome != Resolution::Outcome::Matched)
            continue;
        ++f.placed;
        if (Geodesy::distanceMeters(plan->index().place(r.place).position, truth->position) > 25000) {
            ++f.wrong;
            if (qEnvironmentVariableIsSet("TWINATLAS_BENCH_DUMP"))
                f.wrongExamples << ref.text + QStringLiteral(" / ") + ref.country + QStringLiteral(" -> ")
                                + plan->resolver().describe(r.place) + QStringLiteral(" [")
                                + Resolution::methodName(r.method) + u']';
        }
    }
    return f;
}

bool CaseLists::holdOut(QSqlDatabase copy, const QVector<qint64> &placeIds, QString *error)
{
    QSqlQuery q(copy);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral("DELETE FROM places WHERE id = ?"));
    for (qint64 id : placeIds) {
        q.addBindValue(id);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace twinatlas::bench
