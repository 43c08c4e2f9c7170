// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projection.h"

namespace twinatlas {

/**
 * The Equal Earth projection (Šavrič, Patterson & Jenny 2018), the default world map: equal
 * area, so that regions with many partnerships are not inflated towards the poles as on a
 * Mercator map. Spherical form, as PROJ's +proj=eqearth +R=...
 */
class EqualEarthProjection final : public Projection
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
