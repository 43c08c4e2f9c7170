// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsettings.h"

#include <QSettings>

namespace twinatlas {

namespace {

const QString urlKey = QStringLiteral("team/url");
const QString intervalKey = QStringLiteral("team/intervalMinutes");
const QString atStartKey = QStringLiteral("team/syncAtStart");

} // namespace

TeamSettings TeamSettings::load()
{
    const QSettings settings;
    TeamSettings s;
    const QString url = settings.value(urlKey).toString();
    if (!url.isEmpty()) {
        QString error;
        if (const auto address = TeamServerAddress::fromUrl(url, &error))
            s.address = *address;
    }
    s.intervalMinutes = std::clamp(settings.value(intervalKey, s.intervalMinutes).toInt(), 0, 24 * 60);
    s.syncAtStart = settings.value(atStartKey, s.syncAtStart).toBool();
    return s;
}

void TeamSettings::save() const
{
    QSettings settings;
    // toUrl() never holds the password.
    settings.setValue(urlKey, address.toUrl());
    settings.setValue(intervalKey, intervalMinutes);
    settings.setValue(atStartKey, syncAtStart);
}

void TeamSettings::clear()
{
    QSettings settings;
    settings.remove(QStringLiteral("team"));
}

} // namespace twinatlas
