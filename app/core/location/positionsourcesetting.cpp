// SPDX-License-Identifier: GPL-3.0-or-later
#include "positionsourcesetting.h"

#include <QFileInfo>
#include <QSettings>

#include <sys/stat.h>

namespace twinatlas {

namespace {

/** Where Go ▸ My location asks; empty for the system's position service. */
const QString nmeaSourceKey = QStringLiteral("location/nmeaSource");

bool isCharacterDevice(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

} // namespace

QString PositionSourceSetting::nmeaSource()
{
    return QSettings().value(nmeaSourceKey).toString().trimmed();
}

void PositionSourceSetting::setNmeaSource(const QString &source)
{
    QSettings settings;
    if (source.trimmed().isEmpty())
        settings.remove(nmeaSourceKey);
    else
        settings.setValue(nmeaSourceKey, source.trimmed());
}

PositionSourceSetting::Kind PositionSourceSetting::kindOf(const QString &source)
{
    const QString s = source.trimmed();
    if (s.isEmpty())
        return Kind::System;
    if (s.startsWith(QLatin1String("serial:")) || s.startsWith(QLatin1String("socket://")))
        return Kind::NmeaStream;
    // A receiver that is not plugged in yet is still a device: /dev is never a log's home.
    if (s.startsWith(QLatin1String("/dev/")) || isCharacterDevice(s))
        return Kind::NmeaStream;
    return Kind::NmeaLog;
}

QString PositionSourceSetting::pluginSource(const QString &source)
{
    const QString s = source.trimmed();
    if (s.startsWith(QLatin1String("serial:")) || s.startsWith(QLatin1String("socket://")))
        return s;
    return QStringLiteral("serial:") + s;
}

} // namespace twinatlas
