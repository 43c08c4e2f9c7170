// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/columnmapping.h"
#include "io/listreader.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace twinatlas {

/**
 * The second step of an import: what the reader made of the list, to check and correct. The
 * detected format, encoding, delimiter and header, each changeable (readAgainRequested() asks
 * for the list to be read with them); the first rows as a table with, above each column, what
 * it holds (guessed from its header, changeable); the lines read loosely; and, if the list
 * was refused, where and why.
 */
class ImportPreviewPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int previewRows = 20;

    explicit ImportPreviewPage(QWidget *parent = nullptr);

    /** Shows what reader read of listName; error is the fault, if it refused the list. */
    void showReader(const ListReader &reader, const QString &listName, const QString &error);
    /** The options to read the list again with: the choices here over base. */
    ListReader::Options options(const ListReader::Options &base) const;
    /** The column mapping as chosen, or empty for a pasted list. */
    QString columns() const;
    const ColumnMapping &mapping() const { return m_mapping; }
    /** Whether the list can be resolved as shown: a pasted list, or a table with usable columns. */
    bool isReady() const { return !m_isTable || m_mapping.problem().isEmpty(); }
    /** Sets what a column holds, as its combo box does. */
    void setColumnField(int column, ColumnMapping::Field field);
    void setError(const QString &error);

    QComboBox *formatBox() const { return m_format; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QCheckBox *headerBox() const { return m_header; }
    QTableWidget *table() const { return m_table; }
    /** The combo box over a column of the table. */
    QComboBox *fieldBox(int column) const;
    QLabel *errorLabel() const { return m_error; }

signals:
    void readAgainRequested();
    void mappingChanged();

private:
    void showTable(const DelimitedTable &table);
    void showRecords(const ListReader &reader);
    void updateFieldBoxes();

    QComboBox *m_format;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QLabel *m_detected;
    QTableWidget *m_table;
    QLabel *m_warnings;
    QLabel *m_error;
    ColumnMapping m_mapping;
    bool m_isTable = false;
    bool m_updating = false;
};

} // namespace twinatlas
