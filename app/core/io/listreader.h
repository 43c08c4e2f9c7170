// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnmapping.h"
#include "delimitedtable.h"
#include "importformat.h"
#include "importrecord.h"
#include "inputfault.h"
#include "textdecoder.h"

#include <QByteArray>
#include <optional>

namespace twinatlas {

class CountryResolver;

/**
 * Reads a list of partnerships, in any of the formats the importer knows, into records whose
 * places are still to be resolved: detects the encoding, the format, the delimiter, the
 * header and the columns (each of which the caller may set instead), and refuses hostile
 * input with the file, line and column of the fault. The readers the fuzzer drives.
 */
class ListReader
{
public:
    struct Options
    {
        ImportFormat format = ImportFormat::Auto;
        TextDecoder::Encoding encoding = TextDecoder::Encoding::Auto;
        std::optional<DelimitedDialect> dialect;
        QString columns;  ///< "field=column,..." applied over the guessed mapping
        QString home;     ///< the place a pasted list is of
    };

    explicit ListReader(const CountryResolver &countries) : m_countries(countries) { }

    /** Reads bytes of fileName; false with fault() on hostile input or an unusable mapping. */
    bool read(const QByteArray &bytes, const QString &fileName, const Options &options);

    const InputFault &fault() const { return m_fault; }
    const QVector<ImportRecord> &records() const { return m_records; }
    /** Rows of the input: table records, or pasted lines that named twins. */
    int inputRows() const { return m_inputRows; }
    ImportFormat format() const { return m_format; }
    TextDecoder::Encoding encoding() const { return m_encoding; }
    const DelimitedDialect &dialect() const { return m_dialect; }
    const ColumnMapping &mapping() const { return m_mapping; }
    /** The parsed table (for the preview); empty for pasted lists. */
    const DelimitedTable &table() const { return m_table; }
    /** Lines skipped and cells read loosely, as "line: what". */
    const QStringList &warnings() const { return m_warnings; }

    /** Guesses the format from the name and the first bytes. */
    static ImportFormat detectFormat(const QString &fileName, const QString &text);

private:
    bool fail(const InputFault &fault);
    bool readTable(const QString &text, const Options &options);
    bool readWikidataJson(const QString &text, const QString &fileName);
    bool readPaste(const QString &text, const Options &options);
    bool recordsFromTable();
    bool placeFromRow(int row, bool partner, PlaceReference *place);

    const CountryResolver &m_countries;
    QString m_fileName;
    InputFault m_fault;
    QVector<ImportRecord> m_records;
    int m_inputRows = 0;
    ImportFormat m_format = ImportFormat::Auto;
    TextDecoder::Encoding m_encoding = TextDecoder::Encoding::Auto;
    DelimitedDialect m_dialect;
    ColumnMapping m_mapping;
    DelimitedTable m_table;
    QStringList m_warnings;
    QVector<int> m_entityColumns; ///< Wikidata entity URIs, kept as sources
};

} // namespace twinatlas
