// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapoverlay.h"

#include "mapview.h"

#include <QEvent>

namespace twinatlas {

MapOverlay::MapOverlay(MapView *map, const QString &objectName)
    : QWidget(map),
      m_map(map)
{
    setObjectName(objectName);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(map->rect());
    map->installEventFilter(this);
    hide();
}

MapView *MapOverlay::map() const
{
    return m_map;
}

bool MapOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_map && event->type() == QEvent::Resize)
        setGeometry(m_map->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace twinatlas
