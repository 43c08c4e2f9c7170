// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QActionGroup;
class QMenu;
class QWidget;

namespace twinatlas {

class MapView;

/**
 * The View menu's Projection and Theme submenus: one checkable item per projection of the
 * ProjectionRegistry and per MapTheme, kept checked as the map view changes (also when a
 * saved view is restored).
 */
class MapViewActions : public QObject
{
    Q_OBJECT

public:
    MapViewActions(MapView *view, QWidget *parent);

    QMenu *projectionMenu() const { return m_projectionMenu; }
    QMenu *themeMenu() const { return m_themeMenu; }

    /** The translated name of a theme id, for menus and the export dialog. */
    static QString themeName(const QString &id);

private:
    static void check(QActionGroup *group, const QString &id);

    MapView *m_view;
    QMenu *m_projectionMenu;
    QMenu *m_themeMenu;
    QActionGroup *m_projections;
    QActionGroup *m_themes;
};

} // namespace twinatlas
