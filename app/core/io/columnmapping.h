// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace twinatlas {

class DelimitedTable;

/**
 * Which column of a table holds what. Lists come in any layout: one row per pair (a place, its
 * partner, each perhaps with country and coordinates), or one row per place with its twins
 * listed in one cell (Field::Partners). guess() reads the headers, in several languages, and
 * where there are none the cells; the user corrects the guess in the mapping step or with
 * `--columns place=City,partner=3,...` (parse()).
 */
class ColumnMapping
{
public:
    enum class Field {
        Ignore,
        Place, PlaceCountry, PlaceRegion, PlaceLat, PlaceLon, PlaceCoordinates, PlaceGeonameId,
        Partner, PartnerCountry, PartnerRegion, PartnerLat, PartnerLon, PartnerCoordinates,
        PartnerGeonameId,
        Partners, ///< the partners of the row's place, listed in one cell
        Start, End, Kind, Status, Note, Source, SourceUrl
    };

    ColumnMapping() = default;
    explicit ColumnMapping(int columns) : m_fields(columns, Field::Ignore) { }

    int columnCount() const { return int(m_fields.size()); }
    Field field(int column) const { return column < m_fields.size() ? m_fields.at(column) : Field::Ignore; }
    /** Sets a column's field; a field other than Ignore is taken from any column that had it. */
    void setField(int column, Field field);
    /** The column holding field, or -1. */
    int column(Field field) const;
    bool has(Field field) const { return column(field) >= 0; }
    /** One row per place with its partners in a cell, rather than one row per pair. */
    bool listsPartners() const { return has(Field::Partners) && !has(Field::Partner); }
    /** Why the mapping cannot be imported (no place column, ...), or empty. */
    QString problem() const;

    /** The field a header names, in any of the languages known, or Ignore. */
    static Field guessField(const QString &header);
    /**
     * Guesses the mapping of a parsed table from its headers (and, where headers say nothing,
     * from its cells). looksLikeCountry tells country cells apart from place names.
     */
    static ColumnMapping guess(const DelimitedTable &table,
                               const std::function<bool(const QString &)> &looksLikeCountry = {});

    /**
     * Applies "field=column,..." to this mapping, columns named by header or 1-based number;
     * false with error set if a field or column is unknown.
     */
    bool apply(const QString &text, const QStringList &headers, QString *error);
    /** The mapping in the text form apply() reads, by header where there is one. */
    QString toString(const QStringList &headers) const;

    static QString fieldName(Field field);
    static bool fieldFromName(const QString &name, Field *field);
    static QList<Field> allFields();
    /** The field name a user reads in the mapping step. */
    static QString fieldLabel(Field field);

private:
    QVector<Field> m_fields;
};

} // namespace twinatlas
