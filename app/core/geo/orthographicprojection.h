// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "azimuthalprojection.h"

namespace twinatlas {

/**
 * The globe as seen from far away: the view that shows that partner cities are closer over
 * the pole than a world map suggests. Only the hemisphere around center() is visible; the
 * user turns the globe by dragging, which moves the center. Spherical, as PROJ's +proj=ortho.
 */
class OrthographicProjection final : public AzimuthalProjection
{
public:
    explicit OrthographicProjection(LonLat center = { 10.0, 30.0 });

    QString id() const override;
    QString displayName() const override;
    std::unique_ptr<Projection> clone() const override;
    double horizonDegrees() const override;

    void forward(const LonLat *points, QPointF *out, int n) const override;
    using Projection::forward;
    std::optional<LonLat> inverse(QPointF xy) const override;
    bool isVisible(LonLat point) const override;

    QRectF worldBounds() const override;
    QPainterPath worldOutline() const override;
};

} // namespace twinatlas
