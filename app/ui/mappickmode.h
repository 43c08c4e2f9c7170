// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QStatusBar;

namespace twinatlas {

class MapView;

/**
 * Lets a form take a place or a position from a click on the map: while it waits, a left
 * click picks instead of selecting (the wheel still zooms), and Escape gives up. A place is
 * the partnership dot under the click or, where there is none, the gazetteer's nearest place.
 * Works as an event filter on the MapView, so the view knows nothing of forms.
 */
class MapPickMode : public QObject
{
    Q_OBJECT

public:
    enum class Target { Place, Position };

    struct Pick
    {
        LonLat position;
        qint64 placeId = 0; ///< 0 when no place is near enough
    };
    using Done = std::function<void(std::optional<Pick>)>;

    MapPickMode(MapView *map, QSqlDatabase db, QStatusBar *statusBar, QObject *parent = nullptr);
    ~MapPickMode() override;

    /** Waits for a click; done gets the pick, or nothing when the user gave up. */
    void start(Target target, Done done);
    void cancel();
    bool isActive() const { return bool(m_done); }

    /** What a click at pos (in the map view) would pick. */
    std::optional<Pick> pickAt(QPointF pos) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish(std::optional<Pick> pick);

    QPointer<MapView> m_map;
    QSqlDatabase m_db;
    QPointer<QStatusBar> m_statusBar;
    Target m_target = Target::Place;
    Done m_done;
    std::optional<QPointF> m_pressPos;
};

} // namespace twinatlas
