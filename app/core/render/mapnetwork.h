// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapplace.h"
#include "maplink.h"

#include <QHash>
#include <QVector>

#include <memory>

namespace twinatlas {

class AtlasReader;

/**
 * What the map shows of the atlas: the places that have partnerships and the lines between
 * them. An immutable snapshot, shared as std::shared_ptr<const MapNetwork> between the UI
 * thread and render or export threads; after an edit a new one is made and swapped in.
 */
class MapNetwork
{
public:
    /** Longest step of a link's path; 200 km keeps curves smooth at world and country scale. */
    static constexpr double maxSegmentMeters = 200000.0;
    /** Fewest points on a link's path, so that short links still bend under any projection. */
    static constexpr int minPathPoints = 16;

    MapNetwork() = default;
    /**
     * From ready-made places and links (tests, the benchmark's synthetic world). Links whose
     * path is empty get their geodesic computed here, in parallel.
     */
    MapNetwork(QVector<MapPlace> places, QVector<MapLink> links);

    /** Every place with partnerships and every partnership of an open atlas. */
    static std::shared_ptr<const MapNetwork> fromAtlas(const AtlasReader &reader);

    /** The path stored in MapLink::path for a link from a to b. */
    static QVector<LonLat> geodesicPath(LonLat a, LonLat b);

    const QVector<MapPlace> &places() const { return m_places; }
    const QVector<MapLink> &links() const { return m_links; }

    /** Index into places() of the place with that id, or -1. */
    int indexOfPlace(qint64 id) const;
    /** Index into links() of the partnership with that id, or -1. */
    int indexOfLink(qint64 id) const;
    /** Indices into links() of the partnerships of places()[placeIndex]. */
    QVector<int> linksOfPlace(int placeIndex) const;

    /** Largest partnerCount of any place: dot sizes are relative to it. */
    int maxPartnerCount() const { return m_maxPartnerCount; }
    /** Indices into places(), most partners first (ties in index order): the drawing order. */
    const QVector<int> &placeOrder() const { return m_placeOrder; }
    /** LineStyle::classOf() each link's kind and status, by index into links(). */
    const QVector<quint8> &lineClasses() const { return m_lineClasses; }

    /**
     * Different for every network made in this process, so that renderers can key their
     * caches of projected geometry on it.
     */
    quint64 serial() const { return m_serial; }

private:
    QVector<MapPlace> m_places;
    QVector<MapLink> m_links;
    QHash<qint64, int> m_placeIndex;
    QHash<qint64, int> m_linkIndex;
    QVector<int> m_linkOffsets; ///< links of place i: m_placeLinks[m_linkOffsets[i] .. [i+1])
    QVector<int> m_placeLinks;
    int m_maxPartnerCount = 0;
    QVector<int> m_placeOrder;
    QVector<quint8> m_lineClasses;
    quint64 m_serial = 0;
};

} // namespace twinatlas
