// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectionregistry.h"

#include "azimuthalequidistantprojection.h"
#include "equalearthprojection.h"
#include "equirectangularprojection.h"
#include "naturalearthprojection.h"
#include "orthographicprojection.h"

namespace twinatlas {

namespace {

using Factory = std::unique_ptr<Projection> (*)();

template<typename T> std::unique_ptr<Projection> make()
{
    return std::make_unique<T>();
}

struct Entry
{
    const char *id;
    Factory create;
};

// Must agree with each class's id(); tst_projections checks that it does.
constexpr Entry entries[] = {
    { "equal-earth", &make<EqualEarthProjection> },
    { "natural-earth", &make<NaturalEarthProjection> },
    { "equirectangular", &make<EquirectangularProjection> },
    { "orthographic", &make<OrthographicProjection> },
    { "azimuthal-equidistant", &make<AzimuthalEquidistantProjection> },
};

} // namespace

QStringList ProjectionRegistry::ids()
{
    QStringList result;
    for (const Entry &entry : entries)
        result.append(QString::fromLatin1(entry.id));
    return result;
}

QString ProjectionRegistry::defaultId()
{
    return QStringLiteral("equal-earth");
}

std::unique_ptr<Projection> ProjectionRegistry::create(const QString &id)
{
    for (const Entry &entry : entries) {
        if (id == QLatin1String(entry.id))
            return entry.create();
    }
    return nullptr;
}

} // namespace twinatlas
