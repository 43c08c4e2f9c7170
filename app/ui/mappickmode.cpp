// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappickmode.h"

#include "gazetteerlookup.h"
#include "geo/geodesy.h"
#include "mapview.h"
#include "render/mapnetwork.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QStatusBar>

namespace twinatlas {

namespace {

/** How near a dot or a gazetteer place must be to the click, in pixels. */
constexpr double dotRadiusPx = 8.0;
constexpr double gazetteerRadiusPx = 14.0;

} // namespace

MapPickMode::MapPickMode(MapView *map, QSqlDatabase db, QStatusBar *statusBar, QObject *parent)
    : QObject(parent),
      m_map(map),
      m_db(std::move(db)),
      m_statusBar(statusBar)
{
    m_map->installEventFilter(this);
}

MapPickMode::~MapPickMode()
{
    if (m_map)
        m_map->removeEventFilter(this);
}

void MapPickMode::start(Target target, Done done)
{
    if (isActive())
        finish(std::nullopt);
    m_target = target;
    m_done = std::move(done);
    m_pressPos.reset();
    if (m_map) {
        m_map->setCursor(Qt::CrossCursor);
        m_map->setFocus(Qt::OtherFocusReason);
        m_map->window()->raise();
        m_map->window()->activateWindow();
    }
    if (m_statusBar)
        m_statusBar->showMessage(target == Target::Place
                                         ? tr("Click the place on the map; Esc cancels.")
                                         : tr("Click the position on the map; Esc cancels."));
}

void MapPickMode::cancel()
{
    if (isActive())
        finish(std::nullopt);
}

void MapPickMode::finish(std::optional<Pick> pick)
{
    Done done = std::move(m_done);
    m_done = nullptr;
    m_pressPos.reset();
    if (m_map)
        m_map->setCursor(Qt::OpenHandCursor);
    if (m_statusBar)
        m_statusBar->clearMessage();
    if (done)
        done(pick);
}

std::optional<MapPickMode::Pick> MapPickMode::pickAt(QPointF pos) const
{
    if (!m_map)
        return std::nullopt;
    const MapViewport &viewport = m_map->viewport();
    const std::optional<LonLat> position = viewport.toLonLat(pos);
    if (!position)
        return std::nullopt;
    Pick pick{*position, 0};
    if (m_target == Target::Position)
        return pick;
    // A dot of the network first: what the user sees under the mouse.
    double best = dotRadiusPx * dotRadiusPx;
    if (const auto network = m_map->network()) {
        for (const MapPlace &place : network->places()) {
            const auto screen = viewport.toScreen(place.position);
            if (!screen)
                continue;
            const QPointF d = *screen - pos;
            const double distance = QPointF::dotProduct(d, d);
            if (distance <= best) {
                best = distance;
                pick.placeId = place.id;
            }
        }
    }
    if (pick.placeId == 0) {
        // A place with no partners yet: the nearest in the gazetteer, within a few pixels' worth
        // of ground at this zoom.
        const auto edge = viewport.toLonLat(pos + QPointF(gazetteerRadiusPx, 0));
        const double metres = edge ? Geodesy::distanceMeters(*position, *edge) : 0.0;
        if (metres > 0)
            pick.placeId = GazetteerLookup(m_db).nearest(*position, metres);
    }
    return pick;
}

bool MapPickMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_map || !isActive())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton)
            m_pressPos = mouse->position();
        return true;
    }
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !m_pressPos)
            return true;
        const bool click = (mouse->position() - *m_pressPos).manhattanLength()
                < QApplication::startDragDistance();
        m_pressPos.reset();
        if (click) {
            const auto pick = pickAt(mouse->position());
            // A click off the world, or no place near it: keep waiting.
            if (pick && (m_target == Target::Position || pick->placeId != 0))
                finish(pick);
        }
        return true;
    }
    case QEvent::MouseMove:
        if (static_cast<QMouseEvent *>(event)->buttons() & Qt::LeftButton)
            return true;
        // The view sets its own cursor as the hover changes; picking shows a cross hair.
        m_map->setCursor(Qt::CrossCursor);
        return false;
    case QEvent::KeyPress:
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            finish(std::nullopt);
            return true;
        }
        return false;
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace twinatlas
