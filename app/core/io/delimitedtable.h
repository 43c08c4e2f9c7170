// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputfault.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace twinatlas {

/** How a delimited text is cut into cells: what the preview shows and lets the user correct. */
struct DelimitedDialect
{
    QChar delimiter = QLatin1Char(',');
    bool header = true; ///< the first record names the columns
};

/**
 * A delimited text (CSV, TSV, semicolon- or pipe-separated) parsed into records of cells, each
 * cell with the line and column where it starts, so that a later check (a latitude of 123)
 * can name its place in the file. Quoting follows RFC 4180: a cell that starts with a double
 * quote runs to the matching quote, may hold delimiters and line breaks, and "" is a quote.
 *
 * Limits keep hostile files from costing unbounded memory: at most maxColumns cells in a
 * record and maxCellChars characters in a cell; a quote never closed is a fault at the quote.
 */
class DelimitedTable
{
public:
    struct Position
    {
        qint64 line = 0;
        qint64 column = 0;
    };

    static constexpr int maxColumns = 1000;
    static constexpr int maxCellChars = 100000;

    /** Parses text; false with fault() set on the first fault. fileName is for faults only. */
    bool parse(const QString &text, const DelimitedDialect &dialect,
               const QString &fileName = QString(), qint64 maxRecords = -1);

    /** Guesses the delimiter (of , ; tab |) and whether a header comes first. */
    static DelimitedDialect detect(const QString &text, const QString &fileName = QString());

    const InputFault &fault() const { return m_fault; }
    const QStringList &header() const { return m_header; }
    int rowCount() const { return int(m_rows.size()); }
    const QStringList &row(int i) const { return m_rows.at(i); }
    /** Where cell column of row i starts (its opening quote, if quoted). */
    Position position(int row, int column) const;
    /** The line on which row i starts. */
    qint64 line(int row) const { return m_positions.at(row).isEmpty() ? 0 : m_positions.at(row).first().line; }
    int columnCount() const;
    const QString &fileName() const { return m_fileName; }

    /** Fills the table from records read elsewhere (JSON), each record starting at a position. */
    void setContent(const QString &fileName, const QStringList &header, const QVector<QStringList> &rows,
                    const QVector<Position> &starts);

    /** A fault at a cell, for the checks that read the cells. */
    InputFault faultAt(int row, int column, const QString &message) const;

private:
    QString m_fileName;
    InputFault m_fault;
    QStringList m_header;
    QVector<QStringList> m_rows;
    QVector<QVector<Position>> m_positions;
    QVector<Position> m_headerPositions;
};

} // namespace twinatlas
