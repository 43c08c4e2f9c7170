// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikidatasettings.h"

#include "wikidatafetch.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace twinatlas {

namespace {

const QString endpointKey = QStringLiteral("wikidata/endpoint");
const QString weeklyKey = QStringLiteral("wikidata/weeklyCheck");
const QString lastFetchKey = QStringLiteral("wikidata/lastFetch");
const QString lastScopeKey = QStringLiteral("wikidata/lastScope");

} // namespace

QUrl WikidataSettings::endpoint()
{
    const QUrl url(QSettings().value(endpointKey).toString().trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.isEmpty() ? url : WikidataFetch::defaultEndpoint();
}

void WikidataSettings::setEndpoint(const QUrl &endpoint)
{
    QSettings settings;
    if (endpoint.isEmpty() || endpoint == WikidataFetch::defaultEndpoint())
        settings.remove(endpointKey);
    else
        settings.setValue(endpointKey, endpoint.toString());
}

bool WikidataSettings::weeklyCheck()
{
    return QSettings().value(weeklyKey, false).toBool();
}

void WikidataSettings::setWeeklyCheck(bool on)
{
    QSettings().setValue(weeklyKey, on);
}

QDate WikidataSettings::lastFetch()
{
    return QDate::fromString(QSettings().value(lastFetchKey).toString(), Qt::ISODate);
}

QString WikidataSettings::lastScope()
{
    return QSettings().value(lastScopeKey).toString();
}

void WikidataSettings::setLastFetch(const QDate &day, const QString &scopeKey)
{
    QSettings settings;
    settings.setValue(lastFetchKey, day.toString(Qt::ISODate));
    settings.setValue(lastScopeKey, scopeKey);
}

bool WikidataSettings::checkDue(const QDate &today)
{
    const QDate last = lastFetch();
    return weeklyCheck() && last.isValid() && last.daysTo(today) >= 7;
}

QString WikidataSettings::cacheDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("wikidata"));
}

} // namespace twinatlas
