// SPDX-License-Identifier: GPL-3.0-or-later
#include "projection.h"

#include <QPolygonF>

namespace twinatlas {

Projection::~Projection() = default;

double Projection::horizonDegrees() const
{
    return 180.0;
}

bool Projection::hasCenter() const
{
    return false;
}

LonLat Projection::center() const
{
    return {};
}

void Projection::setCenter(LonLat center)
{
    Q_UNUSED(center);
}

bool Projection::isVisible(LonLat point) const
{
    Q_UNUSED(point);
    return true;
}

QRectF Projection::worldBounds() const
{
    return worldOutline().boundingRect();
}

QPainterPath Projection::meridianBoundedOutline() const
{
    // Half-degree steps keep the chord error of the curved edges below a pixel on a 16k-wide map.
    constexpr int steps = 360;
    QPolygonF outline;
    outline.reserve(2 * (steps + 1) + 1);
    for (int i = 0; i <= steps; ++i)
        outline.append(forward(180.0, -90.0 + 180.0 * i / steps));
    for (int i = 0; i <= steps; ++i)
        outline.append(forward(-180.0, 90.0 - 180.0 * i / steps));
    outline.append(outline.first());

    QPainterPath path;
    path.addPolygon(outline);
    path.closeSubpath();
    return path;
}

} // namespace twinatlas
