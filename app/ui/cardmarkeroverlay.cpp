// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardmarkeroverlay.h"

#include "mapview.h"
#include "render/mapnetwork.h"

#include <QPainter>

namespace twinatlas {

namespace {

/** The card's size and where it sits: up and to the right, so the dot stays visible. */
constexpr double cardWidth = 13.0;
constexpr double cardHeight = 9.0;
const QPointF cardOffset(9.0, -9.0);

} // namespace

CardMarkerOverlay::CardMarkerOverlay(MapView *map)
    : MapOverlay(map, QStringLiteral("cardMarkers"))
{
}

QColor CardMarkerOverlay::markerColor()
{
    return QColor(0xc2, 0x3b, 0x22);
}

void CardMarkerOverlay::setPlaces(const QSet<qint64> &placeIds)
{
    if (placeIds == m_places)
        return;
    m_places = placeIds;
    setVisible(!m_places.isEmpty());
    update();
}

QPointF CardMarkerOverlay::markerCenter(qint64 placeId) const
{
    const auto network = map() ? map()->network() : nullptr;
    const int index = network ? network->indexOfPlace(placeId) : -1;
    if (index < 0)
        return {};
    const auto screen = map()->viewport().toScreen(network->places().at(index).position);
    return screen ? *screen + cardOffset : QPointF();
}

void CardMarkerOverlay::paintEvent(QPaintEvent *)
{
    if (!map() || m_places.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = markerColor();
    for (qint64 id : std::as_const(m_places)) {
        const QPointF center = markerCenter(id);
        if (center.isNull() || !rect().contains(center.toPoint()))
            continue;
        // A postcard: white, a coloured edge, a stamp in the corner.
        const QRectF card(center.x() - cardWidth / 2, center.y() - cardHeight / 2, cardWidth,
                          cardHeight);
        painter.setPen(QPen(color, 1.5));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(card, 1.5, 1.5);
        painter.fillRect(QRectF(card.right() - 4.5, card.top() + 1.5, 3.0, 3.0), color);
        painter.setPen(QPen(color, 1.0));
        painter.drawLine(QPointF(card.left() + 2.5, card.center().y() + 1),
                         QPointF(card.center().x() + 1, card.center().y() + 1));
    }
}

} // namespace twinatlas
