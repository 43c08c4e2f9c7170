// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolution.h"

namespace twinatlas {

QString Resolution::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Matched: return QStringLiteral("matched");
    case Outcome::Created: return QStringLiteral("created");
    case Outcome::Doubtful: return QStringLiteral("doubtful");
    case Outcome::Unresolved: return QStringLiteral("unresolved");
    case Outcome::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

QString Resolution::methodName(Method method)
{
    switch (method) {
    case Method::None: return QString();
    case Method::GeoNamesId: return QStringLiteral("geonames-id");
    case Method::Coordinates: return QStringLiteral("coordinates");
    case Method::Name: return QStringLiteral("name");
    case Method::AlternateName: return QStringLiteral("alternate-name");
    case Method::Variant: return QStringLiteral("spelling-variant");
    case Method::Designator: return QStringLiteral("designator-removed");
    case Method::Typo: return QStringLiteral("typo");
    case Method::NewPlace: return QStringLiteral("new-place");
    case Method::UserChoice: return QStringLiteral("user-choice");
    }
    return {};
}

} // namespace twinatlas
