// SPDX-License-Identifier: GPL-3.0-or-later
#include "equalearthprojection.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

// Coefficients and M = sqrt(3) / 2 from Šavrič, Patterson & Jenny (2018), eqs. 2 and 3.
constexpr double A1 = 1.340264;
constexpr double A2 = -0.081106;
constexpr double A3 = 0.000893;
constexpr double A4 = 0.003796;
constexpr double M = 0.86602540378443864676;
constexpr double R = Projection::earthRadius;
constexpr double pi = 3.14159265358979323846;
constexpr double degree = pi / 180.0;

// y / R as a function of the parametric latitude theta, and its derivative.
inline double yOfTheta(double theta)
{
    const double t2 = theta * theta;
    const double t6 = t2 * t2 * t2;
    return theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
}

inline double dyOfTheta(double theta)
{
    const double t2 = theta * theta;
    const double t6 = t2 * t2 * t2;
    return A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2);
}

inline QPointF project(LonLat p)
{
    const double sinTheta = M * std::sin(p.lat * degree);
    const double theta = std::asin(sinTheta);
    // cos(theta) from sin(theta): one square root instead of another trigonometric call.
    const double cosTheta = std::sqrt(1.0 - sinTheta * sinTheta);
    return { R * p.lon * degree * cosTheta / (M * dyOfTheta(theta)), R * yOfTheta(theta) };
}

} // namespace

QString EqualEarthProjection::id() const
{
    return QStringLiteral("equal-earth");
}

QString EqualEarthProjection::displayName() const
{
    return QCoreApplication::translate("Projection", "Equal Earth");
}

std::unique_ptr<Projection> EqualEarthProjection::clone() const
{
    return std::make_unique<EqualEarthProjection>(*this);
}

bool EqualEarthProjection::isCylindricalLike() const
{
    return true;
}

void EqualEarthProjection::forward(const LonLat *points, QPointF *out, int n) const
{
    for (int i = 0; i < n; ++i)
        out[i] = project(points[i]);
}

std::optional<LonLat> EqualEarthProjection::inverse(QPointF xy) const
{
    const double y = xy.y() / R;
    const double yMax = yOfTheta(pi / 3.0); // theta at the pole: asin(M) = 60 degrees
    if (!std::isfinite(y) || std::fabs(y) > yMax * (1.0 + 1e-12))
        return std::nullopt;

    // Newton's method on y(theta); y is monotonic and nearly linear, so a few steps suffice.
    double theta = y / A1;
    for (int i = 0; i < 20; ++i) {
        const double step = (yOfTheta(theta) - y) / dyOfTheta(theta);
        theta -= step;
        if (std::fabs(step) < 1e-14)
            break;
    }
    theta = std::clamp(theta, -pi / 3.0, pi / 3.0);

    const double lon = M * xy.x() / R * dyOfTheta(theta) / std::cos(theta);
    if (std::fabs(lon) > pi * (1.0 + 1e-12))
        return std::nullopt;
    // sin(lat) = sin(theta) / M, but asin loses half the digits near the poles: take
    // cos(lat) = sqrt((M - sin theta)(M + sin theta)) / M, with M - sin theta = sin 60° - sin
    // theta written as a product so that it does not cancel.
    const double sinTheta = std::sin(theta);
    const double mMinus = 2.0 * std::cos((pi / 3.0 + std::fabs(theta)) / 2.0)
            * std::sin((pi / 3.0 - std::fabs(theta)) / 2.0);
    const double lat = std::atan2(sinTheta, std::sqrt(mMinus * (M + std::fabs(sinTheta))));
    return LonLat { std::clamp(lon / degree, -180.0, 180.0), lat / degree };
}

QRectF EqualEarthProjection::worldBounds() const
{
    const QPointF corner = project({ 180.0, 90.0 });
    const double halfWidth = project({ 180.0, 0.0 }).x();
    return QRectF(-halfWidth, -corner.y(), 2.0 * halfWidth, 2.0 * corner.y());
}

QPainterPath EqualEarthProjection::worldOutline() const
{
    return meridianBoundedOutline();
}

} // namespace twinatlas
