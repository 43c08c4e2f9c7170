// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace twinatlas {

using Field = ColumnMapping::Field;

ImportPreviewPage::ImportPreviewPage(QWidget *parent)
    : QWidget(parent),
      m_format(new QComboBox(this)),
      m_encoding(new QComboBox(this)),
      m_delimiter(new QComboBox(this)),
      m_header(new QCheckBox(tr("First row names the columns"), this)),
      m_detected(new QLabel(this)),
      m_table(new QTableWidget(this)),
      m_warnings(new QLabel(this)),
      m_error(new QLabel(this))
{
    m_format->setObjectName(QStringLiteral("importFormatBox"));
    m_format->addItem(tr("Table (CSV, TSV, semicolons)"), int(ImportFormat::Csv));
    m_format->addItem(tr("Wikidata query result (JSON)"), int(ImportFormat::WikidataJson));
    m_format->addItem(tr("Wikidata query result (CSV)"), int(ImportFormat::WikidataCsv));
    m_format->addItem(tr("Pasted list of one place’s twins"), int(ImportFormat::Paste));
    m_encoding->setObjectName(QStringLiteral("importEncodingBox"));
    m_encoding->addItem(tr("UTF-8"), int(TextDecoder::Encoding::Utf8));
    m_encoding->addItem(tr("UTF-16, little-endian"), int(TextDecoder::Encoding::Utf16LE));
    m_encoding->addItem(tr("UTF-16, big-endian"), int(TextDecoder::Encoding::Utf16BE));
    m_encoding->addItem(tr("Windows-1252 (Western European)"), int(TextDecoder::Encoding::Windows1252));
    m_delimiter->setObjectName(QStringLiteral("importDelimiterBox"));
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Bar |"), QStringLiteral("|"));
    m_header->setObjectName(QStringLiteral("importHeaderBox"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(m_encoding);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    textRow->addSpacing(12);
    textRow->addWidget(delimiterLabel);
    textRow->addWidget(m_delimiter);
    textRow->addSpacing(12);
    textRow->addWidget(m_header);
    textRow->addStretch(1);
    form->addRow(tr("&Encoding:"), textRow);
    qobject_cast<QLabel *>(form->labelForField(textRow))->setBuddy(m_encoding);
    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_detected->setWordWrap(true);
    // These quote the file's name and its cells: text, never markup.
    m_detected->setTextFormat(Qt::PlainText);
    m_warnings->setTextFormat(Qt::PlainText);
    m_error->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    m_warnings->setObjectName(QStringLiteral("importWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->hide();
    m_error->setObjectName(QStringLiteral("importPreviewError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b03020"));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_warnings);
    layout->addWidget(m_error);

    const auto readAgain = [this] {
        if (!m_updating)
            emit readAgainRequested();
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, readAgain);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, readAgain);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, readAgain);
    connect(m_header, &QCheckBox::toggled, this, readAgain);
}

void ImportPreviewPage::showReader(const ListReader &reader, const QString &listName, const QString &error)
{
    m_updating = true;
    m_format->setCurrentIndex(m_format->findData(int(reader.format())));
    m_encoding->setCurrentIndex(m_encoding->findData(int(reader.encoding())));
    m_delimiter->setCurrentIndex(m_delimiter->findData(QString(reader.dialect().delimiter)));
    m_header->setChecked(reader.dialect().header);
    m_isTable = reader.format() != ImportFormat::Paste;
    // A pasted list and JSON have no delimiter or header to choose.
    const bool delimited = reader.format() == ImportFormat::Csv || reader.format() == ImportFormat::WikidataCsv;
    m_delimiter->setEnabled(delimited);
    m_header->setEnabled(delimited);
    m_mapping = reader.mapping();
    if (m_isTable) {
        showTable(reader.table());
        m_detected->setText(tr("%n rows read from %1. Check what each column holds; the choice "
                               "above a column can be changed.",
                               nullptr, reader.table().rowCount())
                                    .arg(listName));
    } else {
        showRecords(reader);
        m_detected->setText(tr("%n twins read from %1.", nullptr, int(reader.records().size())).arg(listName));
    }
    QStringList warnings;
    for (const QString &w : reader.warnings().mid(0, 10))
        warnings << listName + u':' + w;
    if (reader.warnings().size() > 10)
        warnings << tr("… and %n more", nullptr, int(reader.warnings().size() - 10));
    m_warnings->setText(tr("Read loosely or skipped:") + u'\n' + warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
    setError(error);
    m_updating = false;
}

void ImportPreviewPage::showTable(const DelimitedTable &table)
{
    const int columns = std::max(table.columnCount(), int(table.header().size()));
    const int rows = std::min(previewRows, table.rowCount());
    m_table->clear();
    m_table->setColumnCount(columns);
    m_table->setRowCount(rows + 1);
    QStringList headers;
    for (int c = 0; c < columns; ++c)
        headers << (table.header().value(c).isEmpty() ? tr("Column %1").arg(c + 1) : table.header().value(c));
    m_table->setHorizontalHeaderLabels(headers);
    QStringList lines{tr("Holds")};
    for (int r = 0; r < rows; ++r) {
        lines << QString::number(table.line(r));
        const QStringList &cells = table.row(r);
        for (int c = 0; c < columns; ++c) {
            auto *item = new QTableWidgetItem(cells.value(c).left(200));
            item->setToolTip(cells.value(c).left(1000));
            m_table->setItem(r + 1, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(lines);
    for (int c = 0; c < columns; ++c) {
        auto *box = new QComboBox(m_table);
        box->setObjectName(QStringLiteral("importFieldBox%1").arg(c + 1));
        for (Field f : ColumnMapping::allFields())
            box->addItem(ColumnMapping::fieldLabel(f), int(f));
        m_table->setCellWidget(0, c, box);
        connect(box, &QComboBox::currentIndexChanged, this, [this, c, box] {
            if (!m_updating)
                setColumnField(c, Field(box->currentData().toInt()));
        });
    }
    m_table->setRowHeight(0, m_table->cellWidget(0, 0) ? m_table->cellWidget(0, 0)->sizeHint().height() + 4 : 30);
    updateFieldBoxes();
    m_table->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_table->setColumnWidth(c, std::clamp(m_table->columnWidth(c), 120, 320));
}

void ImportPreviewPage::showRecords(const ListReader &reader)
{
    const auto &records = reader.records();
    const int rows = int(std::min<qsizetype>(previewRows, records.size()));
    m_table->clear();
    const QStringList headers{tr("Twin"), tr("Country"), tr("Kind"), tr("Status"), tr("Start"), tr("End")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setRowCount(rows);
    m_table->setHorizontalHeaderLabels(headers);
    QStringList lines;
    for (int r = 0; r < rows; ++r) {
        const ImportRecord &record = records.at(r);
        lines << QString::number(record.line);
        const QStringList cells{record.partner.written.isEmpty() ? record.partner.name : record.partner.written,
                                record.partner.country, record.kind, record.status, record.start, record.end};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(record.text);
            m_table->setItem(r, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(lines);
    m_table->resizeColumnsToContents();
}

void ImportPreviewPage::updateFieldBoxes()
{
    const bool was = m_updating;
    m_updating = true;
    for (int c = 0; c < m_table->columnCount(); ++c)
        if (QComboBox *box = fieldBox(c))
            box->setCurrentIndex(box->findData(int(m_mapping.field(c))));
    m_updating = was;
}

QComboBox *ImportPreviewPage::fieldBox(int column) const
{
    return m_isTable ? qobject_cast<QComboBox *>(m_table->cellWidget(0, column)) : nullptr;
}

void ImportPreviewPage::setColumnField(int column, ColumnMapping::Field field)
{
    // A field is in one column only: the one that had it before now holds nothing.
    m_mapping.setField(column, field);
    updateFieldBoxes();
    setError(m_mapping.problem());
    emit mappingChanged();
}

ListReader::Options ImportPreviewPage::options(const ListReader::Options &base) const
{
    ListReader::Options o = base;
    o.format = ImportFormat(m_format->currentData().toInt());
    o.encoding = TextDecoder::Encoding(m_encoding->currentData().toInt());
    if (m_delimiter->isEnabled())
        o.dialect = DelimitedDialect{m_delimiter->currentData().toString().at(0), m_header->isChecked()};
    return o;
}

QString ImportPreviewPage::columns() const
{
    if (!m_isTable)
        return {};
    // Every column, by number: the reader's own guess then changes nothing the user chose.
    QStringList parts;
    for (int c = 0; c < m_table->columnCount(); ++c)
        parts << ColumnMapping::fieldName(m_mapping.field(c)) + u'=' + QString::number(c + 1);
    return parts.join(u',');
}

void ImportPreviewPage::setError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

} // namespace twinatlas
