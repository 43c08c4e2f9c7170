// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapviewsettings.h"

#include "export/viewportsettings.h"
#include "mapview.h"
#include "render/maptheme.h"

#include <QSettings>

namespace twinatlas {

namespace {

/** Beside ViewportSettings' keys in group "map". */
const QString themeKey = QStringLiteral("map/theme");
/** Long enough that dragging the map does not write the settings on every pause. */
constexpr int saveDelayMs = 1000;

} // namespace

MapViewSettings::MapViewSettings(MapView *view, QObject *parent) : QObject(parent), m_view(view)
{
    m_saveDelay.setSingleShot(true);
    m_saveDelay.setInterval(saveDelayMs);
    connect(&m_saveDelay, &QTimer::timeout, this, &MapViewSettings::save);
    connect(m_view, &MapView::viewChanged, &m_saveDelay, qOverload<>(&QTimer::start));
    connect(m_view, &MapView::themeChanged, this, [](const QString &id) {
        QSettings().setValue(themeKey, id);
    });
}

QString MapViewSettings::savedThemeId()
{
    const QString id = QSettings().value(themeKey).toString();
    return MapTheme::ids().contains(id) ? id : QStringLiteral("light");
}

void MapViewSettings::restore()
{
    m_view->setTheme(MapTheme::byId(savedThemeId()));
    QSettings settings;
    // Loaded on a device of the world's shape, which setView() resizes to the map's.
    if (const auto view = ViewportSettings::load(settings))
        m_view->setView(*view);
    // Restoring is no change of the user's: nothing to write back.
    m_saveDelay.stop();
}

void MapViewSettings::save() const
{
    QSettings settings;
    ViewportSettings::save(settings, m_view->viewport());
}

} // namespace twinatlas
