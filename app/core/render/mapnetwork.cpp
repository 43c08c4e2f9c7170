// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapnetwork.h"

#include "db/atlasreader.h"
#include "geo/geodesy.h"
#include "linestyle.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <numeric>

namespace twinatlas {

namespace {

quint64 nextSerial()
{
    static std::atomic<quint64> serial { 0 };
    return ++serial;
}

} // namespace

MapNetwork::MapNetwork(QVector<MapPlace> places, QVector<MapLink> links)
    : m_places(std::move(places)), m_links(std::move(links)), m_serial(nextSerial())
{
    m_placeIndex.reserve(m_places.size());
    for (int i = 0; i < m_places.size(); ++i) {
        m_placeIndex.insert(m_places[i].id, i);
        m_maxPartnerCount = std::max(m_maxPartnerCount, m_places[i].partnerCount);
    }

    // Geodesics are the costly part (tens of thousands of GeographicLib solutions): use
    // every core, once, here rather than in any frame.
    const QVector<MapPlace> &placesRef = m_places;
    QtConcurrent::blockingMap(m_links, [&placesRef](MapLink &link) {
        if (link.path.isEmpty() && link.a >= 0 && link.b >= 0 && link.a < placesRef.size()
            && link.b < placesRef.size())
            link.path = geodesicPath(placesRef[link.a].position, placesRef[link.b].position);
    });

    // Links of each place in compressed rows: one allocation instead of one list per place.
    m_linkIndex.reserve(m_links.size());
    m_linkOffsets.fill(0, m_places.size() + 1);
    for (int i = 0; i < m_links.size(); ++i) {
        const MapLink &link = m_links[i];
        m_linkIndex.insert(link.id, i);
        if (link.a >= 0 && link.a < m_places.size())
            ++m_linkOffsets[link.a + 1];
        if (link.b >= 0 && link.b < m_places.size() && link.b != link.a)
            ++m_linkOffsets[link.b + 1];
    }
    for (int i = 0; i < m_places.size(); ++i)
        m_linkOffsets[i + 1] += m_linkOffsets[i];
    m_lineClasses.resize(m_links.size());
    for (int i = 0; i < m_links.size(); ++i)
        m_lineClasses[i] = quint8(LineStyle::classOf(m_links[i].kind, m_links[i].status));
    m_placeOrder.resize(m_places.size());
    std::iota(m_placeOrder.begin(), m_placeOrder.end(), 0);
    std::stable_sort(m_placeOrder.begin(), m_placeOrder.end(), [this](int a, int b) {
        return m_places[a].partnerCount > m_places[b].partnerCount;
    });
    m_placeLinks.resize(m_linkOffsets.last());
    QVector<int> fill(m_linkOffsets.begin(), m_linkOffsets.end() - 1);
    for (int i = 0; i < m_links.size(); ++i) {
        const MapLink &link = m_links[i];
        if (link.a >= 0 && link.a < m_places.size())
            m_placeLinks[fill[link.a]++] = i;
        if (link.b >= 0 && link.b < m_places.size() && link.b != link.a)
            m_placeLinks[fill[link.b]++] = i;
    }
}

std::shared_ptr<const MapNetwork> MapNetwork::fromAtlas(const AtlasReader &reader)
{
    const QVector<PlaceSummary> summaries = reader.placesWithPartnerships();
    QVector<MapPlace> places;
    places.reserve(summaries.size());
    QHash<qint64, int> index;
    index.reserve(summaries.size());
    for (const PlaceSummary &s : summaries) {
        index.insert(s.id, places.size());
        places.append({ s.id, s.name, s.country, s.position, s.population, s.partnerCount });
    }
    const QVector<PartnershipLink> partnerships = reader.partnershipLinks();
    QVector<MapLink> links;
    links.reserve(partnerships.size());
    for (const PartnershipLink &p : partnerships) {
        const int a = index.value(p.placeA, -1);
        const int b = index.value(p.placeB, -1);
        if (a < 0 || b < 0)
            continue;
        links.append({ p.id, a, b, p.kind, p.status, p.startDate, p.endDate, {} });
    }
    return std::make_shared<const MapNetwork>(std::move(places), std::move(links));
}

QVector<LonLat> MapNetwork::geodesicPath(LonLat a, LonLat b)
{
    return Geodesy::path(a, b, maxSegmentMeters, minPathPoints);
}

int MapNetwork::indexOfPlace(qint64 id) const
{
    return m_placeIndex.value(id, -1);
}

int MapNetwork::indexOfLink(qint64 id) const
{
    return m_linkIndex.value(id, -1);
}

QVector<int> MapNetwork::linksOfPlace(int placeIndex) const
{
    if (placeIndex < 0 || placeIndex >= m_places.size())
        return {};
    return QVector<int>(m_placeLinks.begin() + m_linkOffsets[placeIndex],
                        m_placeLinks.begin() + m_linkOffsets[placeIndex + 1]);
}

} // namespace twinatlas
