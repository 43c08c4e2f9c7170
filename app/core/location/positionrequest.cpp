// SPDX-License-Identifier: GPL-3.0-or-later
#include "positionrequest.h"

#include "nmealog.h"
#include "positionsourcesetting.h"

#include <QGeoPositionInfo>

#ifdef TWINATLAS_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

namespace twinatlas {

namespace {

/**
 * Whether GeoClue can answer. Qt's geoclue2 plugin makes a source even where there is no
 * system bus or no GeoClue service, and that source only times out, half a minute later; the
 * user should hear at once that there is nothing to ask.
 */
bool geoClueReachable()
{
#ifdef TWINATLAS_HAVE_DBUS
    const QString service = QStringLiteral("org.freedesktop.GeoClue2");
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    if (bus.interface()->isServiceRegistered(service))
        return true;
    const QDBusReply<QStringList> activatable =
            bus.interface()->call(QStringLiteral("ListActivatableNames"));
    return activatable.isValid() && activatable.value().contains(service);
#else
    return true;
#endif
}

} // namespace

PositionRequest::PositionRequest(QObject *parent) : QObject(parent) {}

void PositionRequest::start(const QString &nmeaSource)
{
    switch (PositionSourceSetting::kindOf(nmeaSource)) {
    case PositionSourceSetting::Kind::NmeaLog:
        startLog(nmeaSource.trimmed());
        return;
    case PositionSourceSetting::Kind::NmeaStream: {
        const QString source = PositionSourceSetting::pluginSource(nmeaSource);
        QGeoPositionInfoSource *nmea = QGeoPositionInfoSource::createSource(
                QStringLiteral("nmea"), {{QStringLiteral("nmea.source"), source}}, nullptr);
        if (!nmea) {
            emit failed(tr("Cannot read the NMEA source %1: Qt's NMEA position plugin is missing "
                           "or cannot open it.").arg(source));
            return;
        }
        start(nmea);
        return;
    }
    case PositionSourceSetting::Kind::System: {
        // GeoClue asks the user about the application its desktop id names.
        QGeoPositionInfoSource *system = QGeoPositionInfoSource::createDefaultSource(
                {{QStringLiteral("desktopId"), QStringLiteral(TWINATLAS_APP_ID)}}, nullptr);
        if (system && system->sourceName() == QLatin1String("geoclue2") && !geoClueReachable()) {
            delete system;
            system = nullptr;
        }
        start(system);
        return;
    }
    }
}

void PositionRequest::start(QGeoPositionInfoSource *source)
{
    finish();
    if (!source) {
        emit failed(noSourceMessage());
        return;
    }
    source->setParent(this);
    m_source = source;
    connect(source, &QGeoPositionInfoSource::positionUpdated, this,
            [this](const QGeoPositionInfo &info) {
                if (!info.coordinate().isValid())
                    return;
                const QDateTime utc = info.timestamp().toUTC();
                PositionFix fix;
                fix.position = {info.coordinate().longitude(), info.coordinate().latitude()};
                fix.date = utc.date();
                fix.time = utc.time();
                finish();
                emit located(fix);
            });
    connect(source, &QGeoPositionInfoSource::errorOccurred, this,
            [this](QGeoPositionInfoSource::Error error) {
                if (error == QGeoPositionInfoSource::NoError)
                    return;
                finish();
                emit failed(errorMessage(error));
            });
    source->requestUpdate(timeoutMs);
}

void PositionRequest::startLog(const QString &path)
{
    const NmeaLog log = NmeaLog::readFile(path);
    if (!log.isReadable()) {
        emit failed(log.errorString());
        return;
    }
    if (!log.lastFix()) {
        emit failed(tr("The NMEA log %1 holds no valid position fix (%2).")
                            .arg(path, log.summary()));
        return;
    }
    emit located(*log.lastFix());
}

void PositionRequest::finish()
{
    if (!m_source)
        return;
    m_source->disconnect(this);
    m_source->deleteLater();
    m_source = nullptr;
}

QString PositionRequest::noSourceMessage()
{
    return tr("This system has no position source. Install and enable GeoClue (the "
              "geoclue-2.0 package on Debian), or name a GPS receiver or an NMEA log in "
              "Preferences.");
}

QString PositionRequest::errorMessage(QGeoPositionInfoSource::Error error)
{
    switch (error) {
    case QGeoPositionInfoSource::AccessError:
        return tr("Twinatlas may not know your position: location access was refused. Allow it "
                  "in your system's privacy settings, or name a GPS receiver or an NMEA log in "
                  "Preferences.");
    case QGeoPositionInfoSource::ClosedError:
        return tr("The position source closed before it gave a position.");
    case QGeoPositionInfoSource::UpdateTimeoutError:
        return tr("The position source gave no position within %n seconds.", nullptr,
                  timeoutMs / 1000);
    case QGeoPositionInfoSource::UnknownSourceError:
    case QGeoPositionInfoSource::NoError:
        break;
    }
    return tr("The position source failed without saying why.");
}

} // namespace twinatlas
