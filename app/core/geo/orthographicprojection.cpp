// SPDX-License-Identifier: GPL-3.0-or-later
#include "orthographicprojection.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

constexpr double R = Projection::earthRadius;

} // namespace

OrthographicProjection::OrthographicProjection(LonLat center)
    : AzimuthalProjection(center)
{
}

QString OrthographicProjection::id() const
{
    return QStringLiteral("orthographic");
}

QString OrthographicProjection::displayName() const
{
    return QCoreApplication::translate("Projection", "Globe (orthographic)");
}

std::unique_ptr<Projection> OrthographicProjection::clone() const
{
    return std::make_unique<OrthographicProjection>(*this);
}

double OrthographicProjection::horizonDegrees() const
{
    return 90.0;
}

void OrthographicProjection::forward(const LonLat *points, QPointF *out, int n) const
{
    for (int i = 0; i < n; ++i) {
        const Local l = local(points[i]);
        out[i] = QPointF(R * l.east, R * l.north);
    }
}

std::optional<LonLat> OrthographicProjection::inverse(QPointF xy) const
{
    const double rho = std::hypot(xy.x(), xy.y()) / R;
    if (!(rho <= 1.0 + 1e-12))
        return std::nullopt;
    if (rho == 0.0)
        return center();
    const double sinC = std::min(rho, 1.0);
    const double cosC = std::sqrt(1.0 - sinC * sinC);
    return fromLocal(sinC, cosC, xy.x() / (rho * R), xy.y() / (rho * R));
}

bool OrthographicProjection::isVisible(LonLat point) const
{
    return local(point).cosC >= 0.0;
}

QRectF OrthographicProjection::worldBounds() const
{
    return QRectF(-R, -R, 2.0 * R, 2.0 * R);
}

QPainterPath OrthographicProjection::worldOutline() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0.0, 0.0), R, R);
    return path;
}

} // namespace twinatlas
