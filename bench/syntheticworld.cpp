// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticworld.h"

#include "render/mapnetwork.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace twinatlas::bench {

namespace {

/** Cells of this many degrees group places for picking a neighbour. */
constexpr double cellDegrees = 6.0;
constexpr int columns = int(360.0 / cellDegrees);
constexpr int rows = int(180.0 / cellDegrees);

/** Weighted choice by binary search over running totals. */
class WeightedPick
{
public:
    void add(int item, double weight)
    {
        m_items.append(item);
        m_totals.append((m_totals.isEmpty() ? 0.0 : m_totals.last()) + weight);
    }
    bool isEmpty() const { return m_items.isEmpty(); }
    double total() const { return m_totals.isEmpty() ? 0.0 : m_totals.last(); }
    int pick(QRandomGenerator &random) const
    {
        const double x = random.generateDouble() * total();
        const auto it = std::upper_bound(m_totals.begin(), m_totals.end(), x);
        return m_items[std::min(int(it - m_totals.begin()), int(m_items.size()) - 1)];
    }

private:
    QVector<int> m_items;
    QVector<double> m_totals;
};

int cellOf(const MapPlace &place)
{
    const int x = std::clamp(int((place.position.lon + 180.0) / cellDegrees), 0, columns - 1);
    const int y = std::clamp(int((place.position.lat + 90.0) / cellDegrees), 0, rows - 1);
    return y * columns + x;
}

QString pickOf(QRandomGenerator &random, const QVector<QPair<QString, int>> &shares)
{
    int total = 0;
    for (const auto &s : shares)
        total += s.second;
    int x = random.bounded(total);
    for (const auto &s : shares) {
        if (x < s.second)
            return s.first;
        x -= s.second;
    }
    return shares.last().first;
}

} // namespace

std::shared_ptr<const MapNetwork> SyntheticWorld::make(const QVector<MapPlace> &gazetteer,
                                                       int partnershipCount, quint32 seed)
{
    QRandomGenerator random(seed);
    WeightedPick world;
    QVector<WeightedPick> cells(columns * rows);
    for (int i = 0; i < gazetteer.size(); ++i) {
        const double weight = std::sqrt(double(std::max<qint64>(gazetteer[i].population, 1000)));
        world.add(i, weight);
        cells[cellOf(gazetteer[i])].add(i, weight);
    }
    if (world.isEmpty())
        return std::make_shared<const MapNetwork>();

    const QVector<QPair<QString, int>> kinds = {
        { QStringLiteral("sister_city"), 35 }, { QStringLiteral("twin_town"), 30 },
        { QStringLiteral("partner_town"), 15 }, { QStringLiteral("friendship_city"), 12 },
        { QStringLiteral("cooperation"), 6 },   { QStringLiteral("other"), 2 }
    };
    const QVector<QPair<QString, int>> statuses = {
        { QStringLiteral("active"), 85 }, { QStringLiteral("ended"), 7 },
        { QStringLiteral("suspended"), 3 }, { QStringLiteral("proposed"), 5 }
    };

    QHash<int, int> placeIndex; // gazetteer index -> index into places
    QVector<MapPlace> places;
    QVector<MapLink> links;
    QSet<quint64> pairs;
    links.reserve(partnershipCount);
    const auto indexOf = [&](int g) {
        auto it = placeIndex.find(g);
        if (it == placeIndex.end()) {
            it = placeIndex.insert(g, int(places.size()));
            places.append(gazetteer[g]);
            places.last().partnerCount = 0;
        }
        return it.value();
    };
    for (int attempts = 0; links.size() < partnershipCount && attempts < partnershipCount * 4;
         ++attempts) {
        const int a = world.pick(random);
        int b = -1;
        if (random.bounded(100) < 55) {
            // A neighbour: a cell within two cells of a's, weighted by what lives there.
            const int cell = cellOf(gazetteer[a]);
            const int cx = cell % columns, cy = cell / columns;
            WeightedPick near;
            for (int dy = -2; dy <= 2; ++dy)
                for (int dx = -2; dx <= 2; ++dx) {
                    const int x = (cx + dx + columns) % columns, y = cy + dy;
                    if (y >= 0 && y < rows && !cells[y * columns + x].isEmpty())
                        near.add(y * columns + x, cells[y * columns + x].total());
                }
            if (!near.isEmpty())
                b = cells[near.pick(random)].pick(random);
        } else {
            b = world.pick(random);
        }
        if (b < 0 || b == a)
            continue;
        const quint64 key = (quint64(std::min(a, b)) << 32) | quint64(std::max(a, b));
        if (pairs.contains(key))
            continue;
        pairs.insert(key);
        MapLink link;
        link.id = links.size() + 1;
        link.a = indexOf(a);
        link.b = indexOf(b);
        link.kind = pickOf(random, kinds);
        link.status = pickOf(random, statuses);
        link.startDate = QString::number(1950 + random.bounded(74));
        if (link.status == QLatin1String("ended"))
            link.endDate = QString::number(link.startDate.toInt() + 1 + random.bounded(20));
        ++places[link.a].partnerCount;
        ++places[link.b].partnerCount;
        links.append(link);
    }
    return std::make_shared<const MapNetwork>(std::move(places), std::move(links));
}

} // namespace twinatlas::bench
