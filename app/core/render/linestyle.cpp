// SPDX-License-Identifier: GPL-3.0-or-later
#include "linestyle.h"

#include "mapframe.h"
#include "maplink.h"
#include "maptheme.h"

#include <algorithm>

namespace twinatlas {

namespace {

/** The kinds with a colour of their own, then any other; a class is kind * 3 + status. */
const char *const kinds[] = { "sister_city", "twin_town", "partner_town", "friendship_city",
                              "cooperation", "" };
enum StatusClass { Active = 0, Proposed = 1, Inactive = 2 };

} // namespace

QPen LineStyle::pen(double pixelScale) const
{
    return MapFrame::linePen(color, width * pixelScale, dashed);
}

bool LineStyle::isInactive(const QString &status)
{
    return status == QLatin1String("ended") || status == QLatin1String("suspended");
}

bool LineStyle::isDashed(const QString &status)
{
    return isInactive(status) || status == QLatin1String("proposed");
}

LineStyle LineStyle::of(const MapTheme &theme, const QString &kind, const QString &status,
                        Role role, int lineCount)
{
    LineStyle style;
    style.dashed = isDashed(status);
    const bool inactive = isInactive(status);
    switch (role) {
    case Role::Network: {
        style.width = theme.lineWidth;
        // The grey of ended lines fades with the network as the kinds do, relative to the
        // theme's own opacity, so that thousands of them do not grey the map over.
        const double fading = theme.lineOpacityFor(lineCount) / std::max(0.01, theme.lineOpacity);
        style.color = inactive ? theme.inactiveLine : theme.lineColor(kind);
        style.color.setAlphaF(inactive ? style.color.alphaF() * fading
                                       : style.color.alphaF() * theme.lineOpacityFor(lineCount));
        break;
    }
    case Role::Faded:
        style.width = theme.lineWidth;
        style.color = theme.fadedLine;
        break;
    case Role::Strong:
        style.width = theme.selectedLineWidth;
        style.color = inactive ? theme.inactiveLine : theme.lineColor(kind);
        style.color.setAlpha(255);
        break;
    }
    return style;
}

int LineStyle::classOf(const QString &kind, const QString &status)
{
    int k = 5;
    for (int i = 0; i < 5; ++i)
        if (kind == QLatin1String(kinds[i]))
            k = i;
    const int s = isInactive(status) ? Inactive : status == QLatin1String("proposed") ? Proposed : Active;
    return k * 3 + s;
}

bool LineStyle::isInactiveClass(int lineClass)
{
    return lineClass % 3 == Inactive;
}

LineStyle LineStyle::ofClass(const MapTheme &theme, int lineClass, Role role, int lineCount)
{
    static const QString statuses[] = { QStringLiteral("active"), QStringLiteral("proposed"),
                                        QStringLiteral("ended") };
    const int k = std::clamp(lineClass / 3, 0, 5);
    return of(theme, QLatin1String(kinds[k]), statuses[std::clamp(lineClass % 3, 0, 2)], role,
              lineCount);
}

LineStyle LineStyle::of(const MapTheme &theme, const MapLink &link, Role role, int lineCount)
{
    return of(theme, link.kind, link.status, role, lineCount);
}

} // namespace twinatlas
