// SPDX-License-Identifier: GPL-3.0-or-later
#include "mylocation.h"

#include "atlasselection.h"
#include "location/locationtext.h"
#include "location/nearestplacefinder.h"
#include "location/positionrequest.h"
#include "location/positionsourcesetting.h"
#include "mapview.h"

#include <QAction>
#include <QMessageBox>
#include <QStatusBar>

namespace twinatlas {

MyLocation::MyLocation(AtlasReader reader, AtlasSelection *selection, MapView *mapView,
                       QStatusBar *statusBar, QWidget *window)
    : QObject(window),
      m_reader(std::move(reader)),
      m_selection(selection),
      m_mapView(mapView),
      m_statusBar(statusBar),
      m_window(window),
      m_action(new QAction(tr("My &location"), this)),
      m_request(new PositionRequest(this))
{
    m_action->setObjectName(QStringLiteral("myLocationAction"));
    m_action->setStatusTip(tr("Show where you are and the nearest place with partnerships"));
    connect(m_action, &QAction::triggered, this, &MyLocation::locate);
    connect(m_request, &PositionRequest::located, this, &MyLocation::showPosition);
    connect(m_request, &PositionRequest::failed, this, &MyLocation::showFailure);
}

void MyLocation::locate()
{
    begin();
    m_request->start(PositionSourceSetting::nmeaSource());
}

void MyLocation::locateWith(QGeoPositionInfoSource *source)
{
    begin();
    m_request->start(source);
}

void MyLocation::begin()
{
    m_action->setEnabled(false);
    m_statusBar->showMessage(tr("Finding your position…"));
}

void MyLocation::showPosition(const PositionFix &fix)
{
    m_action->setEnabled(true);
    const auto nearest = NearestPlaceFinder(m_reader.placesWithPartnerships()).nearest(fix.position);
    if (!nearest) {
        showFailure(tr("Your atlas holds no place with partnerships to measure from."));
        return;
    }
    // There, zoomed so that the nearest place is in view too: at the whole world's zoom, centring
    // alone could not move the map.
    m_mapView->frameAround(fix.position, { nearest->place.position });
    m_selection->selectPlace(nearest->place.id);
    QString message = tr("You are %1 from %2, the nearest place with partnerships.")
                              .arg(LocationText::distance(nearest->distanceMeters),
                                   nearest->place.name);
    const QString when = LocationText::displayTime(fix);
    if (!when.isEmpty())
        message += QLatin1Char(' ') + tr("Position of %1.").arg(when);
    // Long enough to read twice; then the status bar shows the map's counts again.
    m_statusBar->showMessage(message, 20000);
    emit located(fix, nearest->place.id, nearest->distanceMeters);
}

void MyLocation::showFailure(const QString &message)
{
    m_action->setEnabled(true);
    m_statusBar->clearMessage();
    // Window-modal but not blocking: the window stays as it was, and tests can read the box.
    auto *box = new QMessageBox(QMessageBox::Information, tr("My location"), message,
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("myLocationMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit failed(message);
}

} // namespace twinatlas
