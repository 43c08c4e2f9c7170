// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azimuthalprojection.h"

namespace twinatlas {

/**
 * The azimuthal equidistant map centred on a place: every partner of that place lies at its
 * true direction and at a distance proportional to the true one, which is the question people
 * ask ("how far are our twin towns?"). Computed on the sphere of radius earthRadius, as
 * PROJ's +proj=aeqd +R=...: distances read off it are within about 0.5 % of the ellipsoidal
 * ones (Geodesy gives the exact figure). The center's antipode is spread over the rim.
 */
class AzimuthalEquidistantProjection final : public AzimuthalProjection
{
public:
    explicit AzimuthalEquidistantProjection(LonLat center = { 0.0, 90.0 });

    QString id() const override;
    QString displayName() const override;
    std::unique_ptr<Projection> clone() const override;

    void forward(const LonLat *points, QPointF *out, int n) const override;
    using Projection::forward;
    std::optional<LonLat> inverse(QPointF xy) const override;

    QRectF worldBounds() const override;
    QPainterPath worldOutline() const override;
};

} // namespace twinatlas
