// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplegend.h"

#include "geo/projection.h"
#include "render/linestyle.h"
#include "render/mapnetwork.h"
#include "render/maptheme.h"
#include "render/mapviewport.h"

#include <QSet>

namespace twinatlas {

namespace {

/** Whether any point of a link's path falls in the viewport: the renderer's test, simplified. */
bool crossesView(const MapLink &link, const MapViewport &viewport, const QRectF &visible)
{
    const Projection &projection = viewport.projection();
    for (const LonLat &p : link.path) {
        if (projection.isVisible(p) && visible.contains(projection.forward(p)))
            return true;
    }
    return false;
}

} // namespace

QStringList MapLegend::kindOrder()
{
    return { QStringLiteral("sister_city"), QStringLiteral("twin_town"),
             QStringLiteral("partner_town"), QStringLiteral("friendship_city"),
             QStringLiteral("cooperation") };
}

QString MapLegend::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("sister_city"))
        return tr("Sister city");
    if (kind == QLatin1String("twin_town"))
        return tr("Twin town");
    if (kind == QLatin1String("partner_town"))
        return tr("Partner town");
    if (kind == QLatin1String("friendship_city"))
        return tr("Friendship city");
    if (kind == QLatin1String("cooperation"))
        return tr("Cooperation");
    return tr("Other partnership");
}

QVector<LegendEntry> MapLegend::entries(const MapNetwork &network, qint64 selectedPlace,
                                        const MapViewport &viewport, const MapTheme &theme)
{
    QVector<int> shown;
    const int selected = network.indexOfPlace(selectedPlace);
    if (selected >= 0) {
        shown = network.linksOfPlace(selected);
    } else {
        // The whole world shows every line; a smaller view only those that reach into it.
        QRectF visible = viewport.visibleProjectedRect();
        const bool whole = visible.contains(viewport.projection().worldBounds());
        for (int i = 0; i < network.links().size(); ++i)
            if (whole || crossesView(network.links()[i], viewport, visible))
                shown.append(i);
    }

    QSet<QString> activeKinds;
    QSet<QString> proposedKinds;
    bool ended = false;
    bool suspended = false;
    const QStringList known = kindOrder();
    for (int i : qAsConst(shown)) {
        const MapLink &link = network.links()[i];
        const QString kind = known.contains(link.kind) ? link.kind : QString();
        if (link.status == QLatin1String("ended"))
            ended = true;
        else if (link.status == QLatin1String("suspended"))
            suspended = true;
        else if (link.status == QLatin1String("proposed"))
            proposedKinds.insert(kind);
        else
            activeKinds.insert(kind);
    }

    // Kinds in a fixed order, so that two maps of the same data list them alike. A kind seen
    // only as proposed still gets its colour: the proposed swatch is dashed in that colour.
    QVector<LegendEntry> entries;
    QStringList kinds = known;
    kinds << QString();
    // Swatches in the renderer's own style of each kind and status (LineStyle), opaque.
    const auto swatch = [&theme](const QString &label, const QString &kind, const QString &status) {
        const LineStyle style = LineStyle::of(theme, kind, status, LineStyle::Role::Strong);
        return LegendEntry { label, style.color,
                             style.dashed ? LegendEntry::Swatch::DashedLine : LegendEntry::Swatch::Line };
    };
    for (const QString &kind : qAsConst(kinds)) {
        if (!activeKinds.contains(kind) && !proposedKinds.contains(kind))
            continue;
        entries.append(swatch(kindLabel(kind), kind, QStringLiteral("active")));
    }
    if (!proposedKinds.isEmpty()) {
        // Drawn dashed in the kind's own colour; with several kinds the neutral one stands in.
        const QString kind = proposedKinds.size() == 1 ? *proposedKinds.begin() : QStringLiteral("other");
        entries.append(swatch(tr("Proposed"), kind, QStringLiteral("proposed")));
    }
    if (ended && suspended)
        entries.append(swatch(tr("Ended or suspended"), QString(), QStringLiteral("ended")));
    else if (ended)
        entries.append(swatch(tr("Ended"), QString(), QStringLiteral("ended")));
    else if (suspended)
        entries.append(swatch(tr("Suspended"), QString(), QStringLiteral("suspended")));
    return entries;
}

} // namespace twinatlas
