// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/atlasrecords.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace twinatlas {

/**
 * A place's postcard checklist as CSV (RFC 4180: UTF-8, CRLF, quoted where needed) for a
 * spreadsheet. Notes are the user's own free text, and a note such as "=HYPERLINK(...)" or
 * "-5 cards" would be run as a formula when the file is opened; every cell that starts like a
 * formula gets a leading apostrophe, so it stays text.
 */
class ChecklistCsvWriter
{
public:
    static QByteArray toCsv(const QString &placeName, const QVector<ChecklistItem> &items);
    /** Writes the file whole or not at all (QSaveFile); false with error set on failure. */
    static bool write(const QString &path, const QString &placeName,
                      const QVector<ChecklistItem> &items, QString *error);
    /** One CSV cell, formula-safe and quoted when it must be. */
    static QString cell(const QString &text);
};

} // namespace twinatlas
