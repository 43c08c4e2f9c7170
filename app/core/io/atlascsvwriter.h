// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportselection.h"

#include <QByteArray>
#include <QStringList>

namespace twinatlas {

/**
 * Partnerships as CSV in exactly the columns the importer reads, one row per partnership:
 * export, import into an empty atlas and export again gives the same bytes. Cells that a
 * spreadsheet would run as a formula are kept text (ChecklistCsvWriter::cell); numbers are
 * written plain. UTF-8 with a byte order mark, CRLF, as spreadsheets expect.
 */
class AtlasCsvWriter
{
public:
    static QStringList columns();
    static QByteArray toCsv(const ExportSelection &selection);
};

} // namespace twinatlas
