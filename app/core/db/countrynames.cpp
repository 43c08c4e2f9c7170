// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrynames.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace twinatlas {

QString CountryNames::isoCodesPath()
{
    const QByteArray overridden = qgetenv("TWINATLAS_ISO_CODES");
    return overridden.isEmpty() ? QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json")
                                : QString::fromLocal8Bit(overridden);
}

const QHash<QString, QString> &CountryNames::table()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> result;
        QFile file(isoCodesPath());
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonArray countries =
                    QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("3166-1")).toArray();
            for (const QJsonValue &value : countries) {
                const QJsonObject c = value.toObject();
                const QString common = c.value(QStringLiteral("common_name")).toString();
                result.insert(c.value(QStringLiteral("alpha_2")).toString(),
                              common.isEmpty() ? c.value(QStringLiteral("name")).toString() : common);
            }
        }
        // Used by GeoNames, not (yet) assigned by ISO 3166-1.
        result.insert(QStringLiteral("XK"), QStringLiteral("Kosovo"));
        return result;
    }();
    return names;
}

QString CountryNames::name(const QString &alpha2)
{
    return table().value(alpha2, alpha2);
}

} // namespace twinatlas
