// SPDX-License-Identifier: GPL-3.0-or-later
#include "delimitedtable.h"

#include "columnmapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::RecordParser", text);
}

struct Record
{
    QStringList cells;
    QVector<DelimitedTable::Position> positions;
};

/**
 * The records of text, one at a time. Lines end at \n, \r\n or \r; empty lines are skipped.
 */
class RecordParser
{
public:
    RecordParser(const QString &text, QChar delimiter, const QString &file)
        : m_text(text), m_delimiter(delimiter), m_file(file)
    {
    }

    /** The next record; false at the end or on a fault (see fault). */
    bool next(Record &record)
    {
        record.cells.clear();
        record.positions.clear();
        const qsizetype n = m_text.size();
        // Skip empty lines between records.
        while (m_i < n && (m_text.at(m_i) == u'\n' || m_text.at(m_i) == u'\r'))
            newline();
        if (m_i >= n)
            return false;
        QString cell;
        bool quoted = false;
        bool afterQuote = false;
        DelimitedTable::Position start{m_line, m_column};
        auto endCell = [&]() -> bool {
            if (record.cells.size() >= DelimitedTable::maxColumns) {
                m_tooManyColumns = true;
                m_fault = InputFault{m_file, start.line, start.column,
                                     tr("more than %1 columns in one record")
                                             .arg(DelimitedTable::maxColumns)};
                return false;
            }
            record.cells << cell;
            record.positions << start;
            cell.clear();
            quoted = false;
            afterQuote = false;
            return true;
        };
        while (m_i < n) {
            const QChar c = m_text.at(m_i);
            if (quoted) {
                if (c == u'"') {
                    if (m_i + 1 < n && m_text.at(m_i + 1) == u'"') {
                        cell += u'"';
                        advance(2);
                        continue;
                    }
                    quoted = false;
                    afterQuote = true;
                    advance(1);
                    continue;
                }
                if (c == u'\n' || c == u'\r') {
                    cell += u'\n';
                    newline();
                } else {
                    cell += c;
                    advance(1);
                }
                if (cell.size() > DelimitedTable::maxCellChars)
                    return tooLong(start);
                continue;
            }
            if (c == m_delimiter) {
                if (!endCell())
                    return false;
                advance(1);
                start = {m_line, m_column};
                continue;
            }
            if (c == u'\n' || c == u'\r') {
                newline();
                return endCell();
            }
            if (afterQuote) {
                if (c == u' ' || c == u'\t') { // spaces after a closing quote are harmless
                    advance(1);
                    continue;
                }
                m_fault = InputFault{m_file, m_line, m_column,
                                     tr("text after the closing quote of a cell; a quote inside "
                                        "a quoted cell is written twice (\"\")")};
                return false;
            }
            if (c == u'"' && cell.trimmed().isEmpty()) {
                cell.clear();
                quoted = true;
                start = {m_line, m_column};
                advance(1);
                continue;
            }
            cell += c;
            advance(1);
            if (cell.size() > DelimitedTable::maxCellChars)
                return tooLong(start);
        }
        if (quoted) {
            m_fault = InputFault{m_file, start.line, start.column,
                                 tr("the quote that opens this cell is never closed (the file may "
                                    "be truncated)")};
            return false;
        }
        return endCell();
    }

    const InputFault &fault() const { return m_fault; }
    /** Whether the fault is a record of more than maxColumns cells. */
    bool tooManyColumns() const { return m_tooManyColumns; }

private:
    void advance(int count)
    {
        m_i += count;
        m_column += count;
    }
    void newline()
    {
        if (m_text.at(m_i) == u'\r' && m_i + 1 < m_text.size() && m_text.at(m_i + 1) == u'\n')
            ++m_i;
        ++m_i;
        ++m_line;
        m_column = 1;
    }
    bool tooLong(const DelimitedTable::Position &start)
    {
        m_fault = InputFault{m_file, start.line, start.column,
                             tr("a cell longer than %1 characters").arg(DelimitedTable::maxCellChars)};
        return false;
    }

    const QString &m_text;
    QChar m_delimiter;
    QString m_file;
    qsizetype m_i = 0;
    qint64 m_line = 1;
    qint64 m_column = 1;
    InputFault m_fault;
    bool m_tooManyColumns = false;
};

bool isNumeric(const QString &cell)
{
    static const QRegularExpression number(QStringLiteral("^\\s*[-+]?\\d+([.,]\\d+)?\\s*$"));
    return number.match(cell).hasMatch();
}

} // namespace

bool DelimitedTable::parse(const QString &text, const DelimitedDialect &dialect,
                           const QString &fileName, qint64 maxRecords)
{
    m_fileName = fileName;
    m_fault = InputFault();
    m_header.clear();
    m_rows.clear();
    m_positions.clear();
    m_headerPositions.clear();
    RecordParser parser(text, dialect.delimiter, fileName);
    Record record;
    bool first = true;
    while ((maxRecords < 0 || m_rows.size() < maxRecords) && parser.next(record)) {
        // A record of nothing but empty cells (",,,") carries nothing.
        const bool blank = std::all_of(record.cells.cbegin(), record.cells.cend(),
                                       [](const QString &c) { return c.trimmed().isEmpty(); });
        if (first && dialect.header) {
            m_header = record.cells;
            for (QString &h : m_header)
                h = h.trimmed();
            m_headerPositions = record.positions;
            first = false;
            continue;
        }
        first = false;
        if (blank)
            continue;
        m_rows << record.cells;
        m_positions << record.positions;
    }
    m_fault = parser.fault();
    if (!m_fault.isNull())
        return false;
    if (m_header.isEmpty() && !dialect.header) {
        const int columns = columnCount();
        for (int i = 0; i < columns; ++i)
            m_header << QString();
    }
    return true;
}

int DelimitedTable::columnCount() const
{
    int columns = int(m_header.size());
    for (const QStringList &r : m_rows)
        columns = std::max(columns, int(r.size()));
    return columns;
}

DelimitedTable::Position DelimitedTable::position(int row, int column) const
{
    const QVector<Position> &p = m_positions.at(row);
    if (column < p.size())
        return p.at(column);
    return p.isEmpty() ? Position{} : Position{p.last().line, 0};
}

void DelimitedTable::setContent(const QString &fileName, const QStringList &header,
                                const QVector<QStringList> &rows, const QVector<Position> &starts)
{
    m_fileName = fileName;
    m_fault = InputFault();
    m_header = header;
    m_rows = rows;
    m_positions.clear();
    for (int i = 0; i < rows.size(); ++i)
        m_positions << QVector<Position>(rows.at(i).size(), starts.value(i));
}

InputFault DelimitedTable::faultAt(int row, int column, const QString &message) const
{
    const Position p = position(row, column);
    return InputFault{m_fileName, p.line, p.column, message};
}

DelimitedDialect DelimitedTable::detect(const QString &text, const QString &fileName)
{
    // A sample of the first lines is enough to tell the delimiter; records that span lines
    // are cut short here, which only makes a candidate look less regular.
    qsizetype end = 0;
    for (int lines = 0; lines < 60 && end >= 0; ++lines) {
        end = text.indexOf(u'\n', end);
        if (end >= 0)
            ++end;
    }
    const QString sample = end < 0 ? text : text.left(end);
    DelimitedDialect best;
    int bestScore = -1;
    const bool tsvName = fileName.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive)
            || fileName.endsWith(QLatin1String(".tab"), Qt::CaseInsensitive);
    for (const QChar d : {QChar(u'\t'), QChar(u';'), QChar(u','), QChar(u'|')}) {
        RecordParser parser(sample, d, fileName);
        Record record;
        QHash<int, int> widths;
        int records = 0;
        int known = 0; ///< cells of the first record that name a column the mapping knows
        while (records < 50 && parser.next(record)) {
            if (records == 0)
                for (const QString &cell : std::as_const(record.cells))
                    if (ColumnMapping::guessField(cell.trimmed()) != ColumnMapping::Field::Ignore)
                        ++known;
            ++records;
            widths[int(record.cells.size())]++;
        }
        // More cells in a record than any list has columns: this is the delimiter, and the
        // parse that follows says so, rather than calling a line of 100,000 commas one cell.
        if (parser.tooManyColumns()) {
            best.delimiter = d;
            best.header = false;
            return best;
        }
        // The score: records that have the most common width, when that width is over one.
        int mode = 1, modeCount = 0;
        for (auto it = widths.cbegin(); it != widths.cend(); ++it)
            if (it.key() > 1 && (it.value() > modeCount || (it.value() == modeCount && it.key() > mode))) {
                mode = it.key();
                modeCount = it.value();
            }
        int score = modeCount * 4 + std::min(mode, 4);
        if (d == u'\t' && tsvName)
            score += 1000;
        // A first record that names known columns settles it: in an export, the sources'
        // "Title | URL" lines within quoted cells outnumber the records.
        if (known >= 2)
            score += 100 * known;
        if (score > bestScore) {
            bestScore = score;
            best.delimiter = d;
        }
    }

    // A header is a first record that names columns the mapping knows, or that is text where
    // the records under it have numbers.
    DelimitedTable table;
    DelimitedDialect probe{best.delimiter, false};
    table.parse(sample, probe, fileName, 20);
    best.header = false;
    if (table.rowCount() > 0) {
        const QStringList &first = table.row(0);
        for (const QString &cell : first)
            if (ColumnMapping::guessField(cell) != ColumnMapping::Field::Ignore)
                best.header = true;
        if (!best.header && table.rowCount() > 1) {
            for (int c = 0; c < first.size(); ++c) {
                if (isNumeric(first.at(c)) || first.at(c).trimmed().isEmpty())
                    continue;
                int numeric = 0;
                for (int r = 1; r < table.rowCount(); ++r)
                    if (c < table.row(r).size() && isNumeric(table.row(r).at(c)))
                        ++numeric;
                if (numeric * 2 > table.rowCount() - 1)
                    best.header = true;
            }
        }
    }
    return best;
}

} // namespace twinatlas
