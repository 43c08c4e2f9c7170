// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapviewactions.h"

#include "geo/projection.h"
#include "geo/projectionregistry.h"
#include "mapview.h"
#include "render/maptheme.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace twinatlas {

MapViewActions::MapViewActions(MapView *view, QWidget *parent)
    : QObject(parent),
      m_view(view),
      m_projectionMenu(new QMenu(tr("&Projection"), parent)),
      m_themeMenu(new QMenu(tr("&Theme"), parent)),
      m_projections(new QActionGroup(this)),
      m_themes(new QActionGroup(this))
{
    m_projectionMenu->setObjectName(QStringLiteral("projectionMenu"));
    m_themeMenu->setObjectName(QStringLiteral("themeMenu"));
    for (const QString &id : ProjectionRegistry::ids()) {
        const auto projection = ProjectionRegistry::create(id);
        QAction *action = m_projectionMenu->addAction(projection->displayName());
        action->setData(id);
        action->setCheckable(true);
        m_projections->addAction(action);
        connect(action, &QAction::triggered, m_view, [this, id] { m_view->setProjection(id); });
    }
    for (const QString &id : MapTheme::ids()) {
        QAction *action = m_themeMenu->addAction(themeName(id));
        action->setData(id);
        action->setCheckable(true);
        m_themes->addAction(action);
        connect(action, &QAction::triggered, m_view,
                [this, id] { m_view->setTheme(MapTheme::byId(id)); });
    }
    check(m_projections, m_view->projectionId());
    check(m_themes, m_view->theme().id);
    connect(m_view, &MapView::projectionChanged, this,
            [this](const QString &id) { check(m_projections, id); });
    connect(m_view, &MapView::themeChanged, this, [this](const QString &id) { check(m_themes, id); });
}

QString MapViewActions::themeName(const QString &id)
{
    if (id == QLatin1String("dark"))
        return tr("Dark");
    if (id == QLatin1String("print"))
        //: A map theme (View ▸ Theme): white paper and strong lines, for printing.
        return tr("Print");
    return tr("Light");
}

void MapViewActions::check(QActionGroup *group, const QString &id)
{
    for (QAction *action : group->actions())
        action->setChecked(action->data().toString() == id);
}

} // namespace twinatlas
