// SPDX-License-Identifier: GPL-3.0-or-later
#include "azimuthalequidistantprojection.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

constexpr double R = Projection::earthRadius;
constexpr double pi = 3.14159265358979323846;

} // namespace

AzimuthalEquidistantProjection::AzimuthalEquidistantProjection(LonLat center)
    : AzimuthalProjection(center)
{
}

QString AzimuthalEquidistantProjection::id() const
{
    return QStringLiteral("azimuthal-equidistant");
}

QString AzimuthalEquidistantProjection::displayName() const
{
    return QCoreApplication::translate("Projection", "Azimuthal equidistant");
}

std::unique_ptr<Projection> AzimuthalEquidistantProjection::clone() const
{
    return std::make_unique<AzimuthalEquidistantProjection>(*this);
}

void AzimuthalEquidistantProjection::forward(const LonLat *points, QPointF *out, int n) const
{
    for (int i = 0; i < n; ++i) {
        const Local l = local(points[i]);
        const double sinC = std::hypot(l.east, l.north);
        if (sinC < 1e-15) {
            // The center itself, or its antipode, whose direction is undefined: put it on
            // the rim straight below the center so that it is at least at the right distance.
            out[i] = l.cosC > 0.0 ? QPointF(0.0, 0.0) : QPointF(0.0, -pi * R);
            continue;
        }
        // atan2 keeps c accurate near both the center and the antipode, where acos is not.
        const double k = R * std::atan2(sinC, l.cosC) / sinC;
        out[i] = QPointF(k * l.east, k * l.north);
    }
}

std::optional<LonLat> AzimuthalEquidistantProjection::inverse(QPointF xy) const
{
    const double rho = std::hypot(xy.x(), xy.y());
    const double c = rho / R;
    if (!(c <= pi * (1.0 + 1e-12)))
        return std::nullopt;
    if (rho == 0.0)
        return center();
    const double clamped = std::min(c, pi);
    return fromLocal(std::sin(clamped), std::cos(clamped), xy.x() / rho, xy.y() / rho);
}

QRectF AzimuthalEquidistantProjection::worldBounds() const
{
    return QRectF(-pi * R, -pi * R, 2.0 * pi * R, 2.0 * pi * R);
}

QPainterPath AzimuthalEquidistantProjection::worldOutline() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0.0, 0.0), pi * R, pi * R);
    return path;
}

} // namespace twinatlas
