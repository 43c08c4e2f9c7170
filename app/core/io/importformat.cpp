// SPDX-License-Identifier: GPL-3.0-or-later
#include "importformat.h"

namespace twinatlas {

QString ImportFormats::name(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto: return QStringLiteral("auto");
    case ImportFormat::Csv: return QStringLiteral("csv");
    case ImportFormat::Paste: return QStringLiteral("paste");
    case ImportFormat::WikidataJson: return QStringLiteral("wikidata-json");
    case ImportFormat::WikidataCsv: return QStringLiteral("wikidata-csv");
    }
    return {};
}

bool ImportFormats::fromName(const QString &name, ImportFormat *format)
{
    for (ImportFormat f : {ImportFormat::Auto, ImportFormat::Csv, ImportFormat::Paste,
                           ImportFormat::WikidataJson, ImportFormat::WikidataCsv})
        if (ImportFormats::name(f) == name.trimmed().toLower()) {
            *format = f;
            return true;
        }
    return false;
}

QStringList ImportFormats::names()
{
    return {name(ImportFormat::Csv), name(ImportFormat::Paste), name(ImportFormat::WikidataJson),
            name(ImportFormat::WikidataCsv)};
}

} // namespace twinatlas
