// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projection.h"

namespace twinatlas {

/**
 * The Natural Earth projection (Šavrič, Patterson, Jenny & Jenny 2011): a compromise
 * pseudocylindrical projection, for people who find Equal Earth's high latitudes too squeezed.
 * Spherical polynomial form, as PROJ's +proj=natearth +R=...
 */
class NaturalEarthProjection final : public Projection
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
