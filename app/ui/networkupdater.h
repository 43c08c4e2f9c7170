// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QSqlDatabase>

#include <memory>

namespace twinatlas {

class MapNetwork;

/**
 * Makes the map's network again after the atlas changed, keeping what did not change: the
 * places and partnerships are read anew (a few milliseconds), and each partnership whose ends
 * stayed put keeps its geodesic path from the network shown now, so that an edit computes one
 * geodesic, not tens of thousands. When many paths are new (a restored backup) they are
 * computed on worker threads and the result arrives later; an older result never replaces a
 * newer one.
 */
class NetworkUpdater : public QObject
{
    Q_OBJECT

public:
    /** More new paths than this are computed off the UI thread. */
    static constexpr int maxPathsInline = 64;

    explicit NetworkUpdater(QSqlDatabase db, QObject *parent = nullptr);
    ~NetworkUpdater() override;

    /** Reads the atlas and makes its network, reusing current's paths where they still fit. */
    void refresh(const std::shared_ptr<const MapNetwork> &current);
    /** Blocks until a network computed off the UI thread is ready (tests, shutdown). */
    void waitForFinished();

signals:
    /** Emitted before refresh() returns for small changes, later for large ones. */
    void networkReady(std::shared_ptr<const twinatlas::MapNetwork> network);

private:
    QSqlDatabase m_db;
    QFutureWatcher<std::shared_ptr<const MapNetwork>> m_watcher;
    quint64 m_generation = 0;
    quint64 m_watchedGeneration = 0;
};

} // namespace twinatlas
