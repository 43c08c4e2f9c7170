// SPDX-License-Identifier: GPL-3.0-or-later
#include "maptheme.h"

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

QColor withAlpha(const char *name, int alpha)
{
    QColor c { QLatin1String(name) };
    c.setAlpha(alpha);
    return c;
}

} // namespace

MapTheme MapTheme::light()
{
    // A calm atlas: a pale blue-grey sea and warm paper land leave the saturated colours to the
    // partnerships. Hues for the kinds are far apart on the wheel and dark enough to read on
    // both the sea and the land.
    MapTheme t;
    t.id = QStringLiteral("light");
    t.background = QColor(QLatin1String("#eef1f4"));
    t.sea = QColor(QLatin1String("#dce6ee"));
    t.land = QColor(QLatin1String("#f8f5ef"));
    t.coast = QColor(QLatin1String("#a7b6c2"));
    t.borders = QColor(QLatin1String("#cfc6ba"));
    t.graticule = withAlpha("#7d93a6", 45);
    t.frame = QColor(QLatin1String("#a7b6c2"));
    t.twinTown = QColor(QLatin1String("#1b6e8f"));
    t.sisterCity = QColor(QLatin1String("#c2364f"));
    t.partnerTown = QColor(QLatin1String("#d27a12"));
    t.friendshipCity = QColor(QLatin1String("#7047b8"));
    t.cooperation = QColor(QLatin1String("#2f8a4c"));
    t.otherKind = QColor(QLatin1String("#5b6670"));
    t.inactiveLine = withAlpha("#7c848c", 170);
    t.fadedLine = withAlpha("#8d99a4", 60);
    t.selectedLine = withAlpha("#ffffff", 200);
    t.hoveredLine = QColor(QLatin1String("#1d2733"));
    t.dotFill = QColor(QLatin1String("#3b4754"));
    t.dotOutline = withAlpha("#ffffff", 210);
    t.selectedDotFill = QColor(QLatin1String("#c2364f"));
    t.labelText = QColor(QLatin1String("#1d2733"));
    t.labelHalo = withAlpha("#fbfaf7", 230);
    return t;
}

MapTheme MapTheme::dark()
{
    MapTheme t = light();
    t.id = QStringLiteral("dark");
    t.background = QColor(QLatin1String("#0b131a"));
    t.sea = QColor(QLatin1String("#111c26"));
    t.land = QColor(QLatin1String("#202c37"));
    t.coast = QColor(QLatin1String("#3c4f5e"));
    t.borders = QColor(QLatin1String("#354553"));
    t.graticule = withAlpha("#9fb3c4", 30);
    t.frame = QColor(QLatin1String("#3c4f5e"));
    t.twinTown = QColor(QLatin1String("#4cc3f0"));
    t.sisterCity = QColor(QLatin1String("#f0729a"));
    t.partnerTown = QColor(QLatin1String("#f5b942"));
    t.friendshipCity = QColor(QLatin1String("#ad8df5"));
    t.cooperation = QColor(QLatin1String("#5fd38a"));
    t.otherKind = QColor(QLatin1String("#b4c0cb"));
    t.inactiveLine = withAlpha("#8795a1", 170);
    t.fadedLine = withAlpha("#8d99a4", 50);
    t.selectedLine = withAlpha("#111c26", 200);
    t.hoveredLine = QColor(QLatin1String("#ffffff"));
    t.dotFill = QColor(QLatin1String("#e4eaf0"));
    t.dotOutline = withAlpha("#111c26", 210);
    t.selectedDotFill = QColor(QLatin1String("#f0729a"));
    t.labelText = QColor(QLatin1String("#eef2f6"));
    t.labelHalo = withAlpha("#111c26", 220);
    return t;
}

MapTheme MapTheme::print()
{
    // White sea saves ink; the kinds use Okabe & Ito's colour-blind-safe palette, ordered so
    // that their lightness differs too and greyscale copies still tell them apart.
    MapTheme t = light();
    t.id = QStringLiteral("print");
    t.background = QColor(Qt::white);
    t.sea = QColor(Qt::white);
    t.land = QColor(QLatin1String("#ececec"));
    t.coast = QColor(QLatin1String("#8a8a8a"));
    t.borders = QColor(QLatin1String("#b5b5b5"));
    t.graticule = QColor(QLatin1String("#d6d6d6"));
    t.frame = QColor(QLatin1String("#8a8a8a"));
    t.twinTown = QColor(QLatin1String("#0b3c73"));
    t.sisterCity = QColor(QLatin1String("#c0392b"));
    t.partnerTown = QColor(QLatin1String("#e69f00"));
    t.friendshipCity = QColor(QLatin1String("#56b4e9"));
    t.cooperation = QColor(QLatin1String("#009e73"));
    t.otherKind = QColor(QLatin1String("#555555"));
    t.inactiveLine = QColor(QLatin1String("#8a8a8a"));
    t.fadedLine = QColor(QLatin1String("#cfcfcf"));
    t.selectedLine = QColor(Qt::white);
    t.hoveredLine = QColor(Qt::black);
    t.dotFill = QColor(QLatin1String("#222222"));
    t.dotOutline = QColor(Qt::white);
    t.selectedDotFill = QColor(Qt::black);
    t.labelText = QColor(Qt::black);
    t.labelHalo = QColor(Qt::white);
    t.lineOpacity = 0.9;
    t.minLineOpacity = 0.3;
    return t;
}

QStringList MapTheme::ids()
{
    return { QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("print") };
}

MapTheme MapTheme::byId(const QString &id)
{
    if (id == QLatin1String("dark"))
        return dark();
    if (id == QLatin1String("print"))
        return print();
    return light();
}

QColor MapTheme::lineColor(const QString &kind) const
{
    if (kind == QLatin1String("sister_city"))
        return sisterCity;
    if (kind == QLatin1String("twin_town"))
        return twinTown;
    if (kind == QLatin1String("partner_town"))
        return partnerTown;
    if (kind == QLatin1String("friendship_city"))
        return friendshipCity;
    if (kind == QLatin1String("cooperation"))
        return cooperation;
    return otherKind;
}

double MapTheme::lineOpacityFor(int lineCount) const
{
    // Up to 400 lines overlap little; beyond, the ink per line falls as the lines crowd, so
    // that the densest corridors saturate only where many lines really run together.
    if (lineCount <= 400)
        return lineOpacity;
    const double opacity = lineOpacity * std::pow(400.0 / lineCount, 0.4);
    return std::clamp(opacity, minLineOpacity, lineOpacity);
}

} // namespace twinatlas
