// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "positionfix.h"

#include <QGeoPositionInfoSource>
#include <QObject>
#include <QPointer>

namespace twinatlas {

/**
 * One "where am I?" question, asked of the source Preferences names (PositionSourceSetting):
 * the system's position service, a live NMEA receiver through Qt's NMEA plugin, or the last fix
 * of an NMEA log. It answers exactly once, with located() or with failed() and a message the
 * user can act on; a refusal of permission is an answer like any other, never a silent wait.
 */
class PositionRequest : public QObject
{
    Q_OBJECT

public:
    /** How long a live source may take for its first fix before the user hears about it. */
    static constexpr int timeoutMs = 30000;

    explicit PositionRequest(QObject *parent = nullptr);

    /** Asks the source the setting names (see PositionSourceSetting); empty: the system's. */
    void start(const QString &nmeaSource);
    /**
     * Asks source for one position and takes ownership of it; nullptr means the system has no
     * position source at all. start(QString) ends here for live sources; tests pass their own.
     */
    void start(QGeoPositionInfoSource *source);
    bool isRunning() const { return !m_source.isNull(); }

    /** The message for a source's error (permission refused, timeout, ...). */
    static QString errorMessage(QGeoPositionInfoSource::Error error);
    static QString noSourceMessage();

signals:
    void located(const twinatlas::PositionFix &fix);
    void failed(const QString &message);

private:
    void startLog(const QString &path);
    void finish();

    QPointer<QGeoPositionInfoSource> m_source;
};

} // namespace twinatlas
