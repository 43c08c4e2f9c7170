// SPDX-License-Identifier: GPL-3.0-or-later
#include "naturalearthprojection.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

// Polynomial coefficients from Šavrič et al. (2011), as in PROJ's natearth.
constexpr double A0 = 0.8707;
constexpr double A1 = -0.131979;
constexpr double A2 = -0.013791;
constexpr double A3 = 0.003971;
constexpr double A4 = -0.001529;
constexpr double B0 = 1.007226;
constexpr double B1 = 0.015085;
constexpr double B2 = -0.044475;
constexpr double B3 = 0.028874;
constexpr double B4 = -0.005916;
constexpr double R = Projection::earthRadius;
constexpr double pi = 3.14159265358979323846;
constexpr double degree = pi / 180.0;

// x / (R lon) as a function of the latitude in radians.
inline double xScale(double phi)
{
    const double p2 = phi * phi;
    const double p4 = p2 * p2;
    return A0 + p2 * (A1 + p2 * (A2 + p4 * p2 * (A3 + p2 * A4)));
}

// y / R as a function of the latitude in radians, and its derivative.
inline double yOfPhi(double phi)
{
    const double p2 = phi * phi;
    const double p4 = p2 * p2;
    return phi * (B0 + p2 * (B1 + p4 * (B2 + B3 * p2 + B4 * p4)));
}

inline double dyOfPhi(double phi)
{
    const double p2 = phi * phi;
    const double p4 = p2 * p2;
    return B0 + p2 * (3.0 * B1 + p4 * (7.0 * B2 + 9.0 * B3 * p2 + 11.0 * B4 * p4));
}

inline QPointF project(LonLat p)
{
    const double phi = p.lat * degree;
    return { R * p.lon * degree * xScale(phi), R * yOfPhi(phi) };
}

} // namespace

QString NaturalEarthProjection::id() const
{
    return QStringLiteral("natural-earth");
}

QString NaturalEarthProjection::displayName() const
{
    return QCoreApplication::translate("Projection", "Natural Earth");
}

std::unique_ptr<Projection> NaturalEarthProjection::clone() const
{
    return std::make_unique<NaturalEarthProjection>(*this);
}

bool NaturalEarthProjection::isCylindricalLike() const
{
    return true;
}

void NaturalEarthProjection::forward(const LonLat *points, QPointF *out, int n) const
{
    for (int i = 0; i < n; ++i)
        out[i] = project(points[i]);
}

std::optional<LonLat> NaturalEarthProjection::inverse(QPointF xy) const
{
    const double y = xy.y() / R;
    const double yMax = yOfPhi(pi / 2.0);
    if (!std::isfinite(y) || std::fabs(y) > yMax * (1.0 + 1e-12))
        return std::nullopt;

    // Newton's method on the monotonic polynomial y(phi).
    double phi = y;
    for (int i = 0; i < 50; ++i) {
        const double step = (yOfPhi(phi) - y) / dyOfPhi(phi);
        phi -= step;
        if (std::fabs(step) < 1e-14)
            break;
    }
    phi = std::clamp(phi, -pi / 2.0, pi / 2.0);

    const double lon = xy.x() / R / xScale(phi);
    if (std::fabs(lon) > pi * (1.0 + 1e-12))
        return std::nullopt;
    return LonLat { std::clamp(lon / degree, -180.0, 180.0), phi / degree };
}

QRectF NaturalEarthProjection::worldBounds() const
{
    // The widest parallel is the equator: xScale decreases with |phi|.
    const double halfWidth = project({ 180.0, 0.0 }).x();
    const double halfHeight = project({ 0.0, 90.0 }).y();
    return QRectF(-halfWidth, -halfHeight, 2.0 * halfWidth, 2.0 * halfHeight);
}

QPainterPath NaturalEarthProjection::worldOutline() const
{
    return meridianBoundedOutline();
}

} // namespace twinatlas
