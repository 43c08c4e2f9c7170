// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkupdater.h"

#include "db/atlasreader.h"
#include "render/mapnetwork.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace twinatlas {

NetworkUpdater::NetworkUpdater(QSqlDatabase db, QObject *parent)
    : QObject(parent),
      m_db(std::move(db))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watchedGeneration == m_generation && m_watcher.future().resultCount() > 0)
            emit networkReady(m_watcher.result());
    });
}

NetworkUpdater::~NetworkUpdater()
{
    m_watcher.waitForFinished();
}

void NetworkUpdater::waitForFinished()
{
    m_watcher.waitForFinished();
    QCoreApplication::sendPostedEvents(&m_watcher);
}

void NetworkUpdater::refresh(const std::shared_ptr<const MapNetwork> &current)
{
    ++m_generation;
    const AtlasReader reader(m_db);
    QVector<MapPlace> places;
    QHash<qint64, int> index;
    for (const PlaceSummary &s : reader.placesWithPartnerships()) {
        index.insert(s.id, int(places.size()));
        places.append({s.id, s.name, s.country, s.position, s.population, s.partnerCount});
    }
    QVector<MapLink> links;
    int newPaths = 0;
    for (const PartnershipLink &p : reader.partnershipLinks()) {
        const int a = index.value(p.placeA, -1);
        const int b = index.value(p.placeB, -1);
        if (a < 0 || b < 0)
            continue;
        MapLink link{p.id, a, b, p.kind, p.status, p.startDate, p.endDate, {}};
        const int old = current ? current->indexOfLink(p.id) : -1;
        if (old >= 0) {
            // The same ends, in the same order, at the same positions: the same geodesic.
            const MapLink &was = current->links().at(old);
            const MapPlace &wasA = current->places().at(was.a);
            const MapPlace &wasB = current->places().at(was.b);
            if (wasA.id == p.placeA && wasB.id == p.placeB && wasA.position == places[a].position
                && wasB.position == places[b].position)
                link.path = was.path;
        }
        if (link.path.isEmpty())
            ++newPaths;
        links.append(std::move(link));
    }
    if (newPaths <= maxPathsInline) {
        emit networkReady(std::make_shared<const MapNetwork>(std::move(places), std::move(links)));
        return;
    }
    m_watchedGeneration = m_generation;
    m_watcher.setFuture(QtConcurrent::run([places = std::move(places), links = std::move(links)] {
        return std::shared_ptr<const MapNetwork>(std::make_shared<const MapNetwork>(places, links));
    }));
}

} // namespace twinatlas
