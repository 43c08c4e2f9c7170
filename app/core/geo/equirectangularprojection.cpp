// SPDX-License-Identifier: GPL-3.0-or-later
#include "equirectangularprojection.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

constexpr double R = Projection::earthRadius;
constexpr double pi = 3.14159265358979323846;
constexpr double metresPerDegree = R * pi / 180.0;

} // namespace

QString EquirectangularProjection::id() const
{
    return QStringLiteral("equirectangular");
}

QString EquirectangularProjection::displayName() const
{
    return QCoreApplication::translate("Projection", "Equirectangular");
}

std::unique_ptr<Projection> EquirectangularProjection::clone() const
{
    return std::make_unique<EquirectangularProjection>(*this);
}

bool EquirectangularProjection::isCylindricalLike() const
{
    return true;
}

void EquirectangularProjection::forward(const LonLat *points, QPointF *out, int n) const
{
    for (int i = 0; i < n; ++i)
        out[i] = QPointF(points[i].lon * metresPerDegree, points[i].lat * metresPerDegree);
}

std::optional<LonLat> EquirectangularProjection::inverse(QPointF xy) const
{
    const double lon = xy.x() / metresPerDegree;
    const double lat = xy.y() / metresPerDegree;
    constexpr double slack = 1e-9;
    if (!(std::fabs(lon) <= 180.0 + slack && std::fabs(lat) <= 90.0 + slack))
        return std::nullopt;
    return LonLat { std::clamp(lon, -180.0, 180.0), std::clamp(lat, -90.0, 90.0) };
}

QRectF EquirectangularProjection::worldBounds() const
{
    return QRectF(-180.0 * metresPerDegree, -90.0 * metresPerDegree, 360.0 * metresPerDegree,
                  180.0 * metresPerDegree);
}

QPainterPath EquirectangularProjection::worldOutline() const
{
    QPainterPath path;
    path.addRect(worldBounds());
    return path;
}

} // namespace twinatlas
