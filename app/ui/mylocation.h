// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/atlasreader.h"
#include "location/positionfix.h"

#include <QObject>

class QAction;
class QGeoPositionInfoSource;
class QStatusBar;
class QWidget;

namespace twinatlas {

class AtlasSelection;
class MapView;
class PositionRequest;

/**
 * Go ▸ My location: asks the position source Preferences names, centres the map on the answer,
 * selects the nearest place with partnerships and says in the status bar how far it is. When
 * there is no answer (no source, permission refused, a log without a fix) the user reads why
 * in a message box, and nothing else changes.
 */
class MyLocation : public QObject
{
    Q_OBJECT

public:
    MyLocation(AtlasReader reader, AtlasSelection *selection, MapView *mapView,
               QStatusBar *statusBar, QWidget *window);

    /** The menu action; disabled while a question is out. */
    QAction *action() const { return m_action; }

public slots:
    /** Asks the source Preferences names. */
    void locate();
    /** Asks this source instead (nullptr: there is none), taking ownership. For tests. */
    void locateWith(QGeoPositionInfoSource *source);

signals:
    /** The map moved to fix and placeId (distanceMeters away) is selected. */
    void located(const twinatlas::PositionFix &fix, qint64 placeId, double distanceMeters);
    /** Nothing changed; message says why, in the message box the user sees. */
    void failed(const QString &message);

private:
    void begin();
    void showPosition(const PositionFix &fix);
    void showFailure(const QString &message);

    AtlasReader m_reader;
    AtlasSelection *m_selection;
    MapView *m_mapView;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    QAction *m_action;
    PositionRequest *m_request;
};

} // namespace twinatlas
