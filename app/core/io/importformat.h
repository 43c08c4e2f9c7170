// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace twinatlas {

/** The kinds of list the importer reads, by the names `twinatlas import --format` takes. */
enum class ImportFormat { Auto, Csv, Paste, WikidataJson, WikidataCsv };

/** Names of import formats for the command line and the report. */
class ImportFormats
{
public:
    static QString name(ImportFormat format);
    static bool fromName(const QString &name, ImportFormat *format);
    static QStringList names();
};

} // namespace twinatlas
