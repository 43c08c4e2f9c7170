// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twinatlas {

/**
 * Preferences ▸ Location: where Go ▸ My location asks. Empty (the default) is the system's
 * position service (GeoClue on Linux); otherwise an NMEA source: a serial GPS receiver
 * (/dev/ttyACM0, or serial:PORT), a TCP stream (socket://HOST:PORT) or a log file, of which
 * the last valid fix is used.
 */
class PositionSourceSetting
{
public:
    enum class Kind { System, NmeaStream, NmeaLog };

    PositionSourceSetting() = delete;

    static QString nmeaSource();
    static void setNmeaSource(const QString &source);

    /** What kind of source a setting names: a device or stream is read live, a file as a log. */
    static Kind kindOf(const QString &source);
    /**
     * The nmea.source parameter of Qt's NMEA position plugin for a stream: "serial:/dev/ttyACM0"
     * for a device path, the setting itself when it already has a scheme.
     */
    static QString pluginSource(const QString &source);
};

} // namespace twinatlas
