// SPDX-License-Identifier: GPL-3.0-or-later
#include "provenancetext.h"

#include <QCoreApplication>
#include <QDateTime>

namespace twinatlas {

QString ProvenanceText::describe(const QString &origin, const QString &modifiedAt,
                                 const QString &dataVersion, const QLocale &locale)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("twinatlas::ProvenanceText", text);
    };
    // Stored in UTC; the user reads the day in their own time zone.
    const QDateTime when = QDateTime::fromString(modifiedAt, Qt::ISODateWithMs).toLocalTime();
    const QString day =
            when.isValid() ? locale.toString(when.date(), QLocale::LongFormat) : QString();
    if (origin == QLatin1String("user"))
        return day.isEmpty() ? tr("Added by you") : tr("Added by you on %1").arg(day);
    if (!day.isEmpty())
        return tr("Edited by you on %1").arg(day);
    return dataVersion.isEmpty() ? tr("From the bundled data")
                                 : tr("From the bundled data %1").arg(dataVersion);
}

} // namespace twinatlas
