// SPDX-License-Identifier: GPL-3.0-or-later
#include "azimuthalprojection.h"

#include <algorithm>

namespace twinatlas {

namespace {

constexpr double degree = 3.14159265358979323846 / 180.0;

} // namespace

AzimuthalProjection::AzimuthalProjection(LonLat center)
{
    AzimuthalProjection::setCenter(center);
}

bool AzimuthalProjection::isCylindricalLike() const
{
    return false;
}

bool AzimuthalProjection::hasCenter() const
{
    return true;
}

LonLat AzimuthalProjection::center() const
{
    return m_center;
}

void AzimuthalProjection::setCenter(LonLat center)
{
    m_center = { LonLat::normalizedLon(center.lon), std::clamp(center.lat, -90.0, 90.0) };
    m_lon0 = m_center.lon * degree;
    m_sinLat0 = std::sin(m_center.lat * degree);
    m_cosLat0 = std::cos(m_center.lat * degree);
}

LonLat AzimuthalProjection::fromLocal(double sinC, double cosC, double east, double north) const
{
    // The point as a unit vector in a frame turned so that the center is at longitude 0; atan2
    // rather than asin for the latitude, which would lose half the digits near the poles.
    const double x = m_cosLat0 * cosC - m_sinLat0 * north * sinC;
    const double y = east * sinC;
    const double z = m_sinLat0 * cosC + m_cosLat0 * north * sinC;
    return { LonLat::normalizedLon((m_lon0 + std::atan2(y, x)) / degree),
             std::atan2(z, std::hypot(x, y)) / degree };
}

} // namespace twinatlas
