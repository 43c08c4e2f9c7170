// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projection.h"

namespace twinatlas {

/**
 * The plate carrée: longitude and latitude drawn as x and y. Distorted, but it is what people
 * expect when they compare with other tools and what lines up with most raster base maps.
 * Spherical form, as PROJ's +proj=eqc +R=...
 */
class EquirectangularProjection final : public Projection
{
public:
    QString id() const override;
    QString displayName() const override;
    std::unique_ptr<Projection> clone() const override;
    bool isCylindricalLike() const override;

    void forward(const LonLat *points, QPointF *out, int n) const override;
    using Projection::forward;
    std::optional<LonLat> inverse(QPointF xy) const override;

    QRectF worldBounds() const override;
    QPainterPath worldOutline() const override;
};

} // namespace twinatlas
