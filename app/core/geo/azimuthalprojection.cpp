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
    const double sinLat = std::clamp(cosC * m_sinLat0 + north * sinC * m_cosLat0, -1.0, 1.0);
    const double dLon =
            std::atan2(east * sinC, m_cosLat0 * cosC - north * m_sinLat0 * sinC);
    return { LonLat::normalizedLon((m_lon0 + dLon) / degree), std::asin(sinLat) / degree };
}

} // namespace twinatlas
