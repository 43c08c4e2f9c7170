// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrynames.h"

#include "io/mocatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

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

QString CountryNames::localeDir()
{
    const QByteArray overridden = qgetenv("TWINATLAS_LOCALE_DIR");
    return overridden.isEmpty() ? QStringLiteral("/usr/share/locale") : QString::fromLocal8Bit(overridden);
}

QString CountryNames::localName(const QString &alpha2, const QLocale &locale)
{
    const QString english = name(alpha2);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return english;
    // One catalogue per language, read on first use; models may be filled off the GUI thread.
    static QMutex mutex;
    static QHash<QString, MoCatalog> catalogues;
    // iso-codes names its folders "de", "pt_BR", "zh_TW": the full name first, then the language.
    const QString full = locale.name();
    const QString language = full.section(QLatin1Char('_'), 0, 0);
    const QMutexLocker lock(&mutex);
    for (const QString &folder : {full, language}) {
        auto it = catalogues.find(folder);
        if (it == catalogues.end()) {
            MoCatalog catalogue;
            catalogue.load(localeDir() + QLatin1Char('/') + folder
                           + QStringLiteral("/LC_MESSAGES/iso_3166-1.mo"));
            it = catalogues.insert(folder, catalogue);
        }
        const QString translated = it->translate(english);
        if (!translated.isEmpty())
            return translated;
    }
    return english;
}

} // namespace twinatlas
