// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace twinatlas {

class MapView;

/**
 * Remembers the map between sessions: the view (projection, center, zoom) through the core's
 * ViewportSettings in group "map", so that `twinatlas export --extent view` exports what the
 * user last saw, and the theme beside it. The view is written a moment after it stops
 * changing, not only on quitting, so that an export run meanwhile finds it too.
 */
class MapViewSettings : public QObject
{
    Q_OBJECT

public:
    explicit MapViewSettings(MapView *view, QObject *parent = nullptr);

    /** Applies the saved theme and view; a first start keeps the defaults. */
    void restore();
    void save() const;

    /** The saved theme's id; "light" when none is saved. */
    static QString savedThemeId();

private:
    MapView *m_view;
    QTimer m_saveDelay;
};

} // namespace twinatlas
