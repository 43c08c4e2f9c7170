// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importrecord.h"

#include <QString>
#include <optional>

namespace twinatlas {

/**
 * Reads the cells of a list as people fill them: dates ("1967", "12.05.1967", "June 27th 1967",
 * Wikidata's "1967-01-01T00:00:00Z"), kinds and statuses in words ("friendship", "Partnerstadt",
 * "former", "proposed"), coordinates (decimal, with a comma, N/S/E/W, degrees and minutes,
 * "Point(6.77 51.22)"), GeoNames ids and sources ("Title | https://...").
 */
class FieldParser
{
public:
    /** An ISO date at its own precision, or empty if the text holds none (then ok is false). */
    static QString date(const QString &text, bool *ok = nullptr);
    /** The partnership kind of the schema a text names, or empty. */
    static QString kind(const QString &text);
    /** The status of the schema a text names, or empty. */
    static QString status(const QString &text);
    /** A latitude or longitude in degrees; nullopt if the text is not one (range unchecked). */
    static std::optional<double> coordinate(const QString &text);
    /** "Point(lon lat)" or "lat, lon" (both orders are told apart by the WKT keyword). */
    static std::optional<LonLat> coordinates(const QString &text);
    /** A GeoNames id from "2934246" or "https://www.geonames.org/2934246/"; 0 if none. */
    static qint64 geonameId(const QString &text);
    /**
     * Sources from a cell: one per line or ";"-separated, each "Title | URL-or-document"; or
     * the JSON array sourcesCell() writes for titles that hold these separators.
     */
    static QVector<SourceReference> sources(const QString &cell, const QString &urlCell = QString());
    /** One source as a person writes it in a list: "Title | URL-or-document". */
    static QString sourceText(const SourceReference &source);
    /**
     * Sources as one cell that sources() reads back exactly, whatever their titles hold: one
     * sourceText() per line where that reads back the same, else (a title with "; " or a line
     * break, say) a JSON array of {"title", "url", "document"} objects.
     */
    static QString sourcesCell(const QVector<SourceReference> &list);
    /** A cell a spreadsheet-safe writer prefixed with ' keeps its text: the ' goes. */
    static QString unguarded(const QString &cell);
};

} // namespace twinatlas
