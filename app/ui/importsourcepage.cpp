// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsourcepage.h"

#include "placefield.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace twinatlas {

ImportSourcePage::ImportSourcePage(QSqlDatabase db, QWidget *parent)
    : QWidget(parent),
      m_tabs(new QTabWidget(this)),
      m_file(new QLineEdit(this)),
      m_browse(new QPushButton(tr("Choose…"), this)),
      m_home(new PlaceField(db, this)),
      m_paste(new QPlainTextEdit(this)),
      m_error(new QLabel(this))
{
    auto *fileTab = new QWidget(m_tabs);
    auto *fileLayout = new QVBoxLayout(fileTab);
    auto *intro = new QLabel(tr("A table of partnerships (CSV, TSV or semicolons, one row per pair or one "
                                "row per place with its twins in a cell), or a Wikidata query result "
                                "saved as JSON or CSV."),
                             fileTab);
    intro->setWordWrap(true);
    fileLayout->addWidget(intro);
    auto *row = new QHBoxLayout;
    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setPlaceholderText(tr("The file to import"));
    m_browse->setObjectName(QStringLiteral("importBrowseButton"));
    row->addWidget(m_file, 1);
    row->addWidget(m_browse);
    fileLayout->addLayout(row);
    fileLayout->addStretch(1);
    m_tabs->addTab(fileTab, tr("From a file"));

    auto *pasteTab = new QWidget(m_tabs);
    auto *pasteLayout = new QFormLayout(pasteTab);
    pasteLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The map button would need the dialog out of the way; typing finds any place.
    m_home->mapButton()->hide();
    m_home->setObjectName(QStringLiteral("importHomeField"));
    pasteLayout->addRow(tr("&Twins of:"), m_home);
    m_paste->setObjectName(QStringLiteral("importPasteEdit"));
    m_paste->setPlaceholderText(tr("Paste the list as written, e.g.\n"
                                   "Roanne (France), since 1958\n"
                                   "Schongau, Germany\n"
                                   "Woerden in the Netherlands (from 1967 to 2016)"));
    pasteLayout->addRow(tr("&List:"), m_paste);
    m_tabs->addTab(pasteTab, tr("Paste a list"));

    m_error->setObjectName(QStringLiteral("importSourceError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b03020"));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);

    connect(m_browse, &QPushButton::clicked, this, &ImportSourcePage::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ImportSourcePage::changed);
    connect(m_paste, &QPlainTextEdit::textChanged, this, &ImportSourcePage::changed);
    connect(m_home->lineEdit(), &QLineEdit::textChanged, this, &ImportSourcePage::changed);
    connect(m_home, &PlaceField::placeChanged, this, &ImportSourcePage::changed);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ImportSourcePage::changed);
}

bool ImportSourcePage::isPaste() const
{
    return m_tabs->currentIndex() == 1;
}

void ImportSourcePage::showPaste()
{
    m_tabs->setCurrentIndex(1);
    m_home->setFocus();
}

void ImportSourcePage::showFile()
{
    m_tabs->setCurrentIndex(0);
}

QString ImportSourcePage::filePath() const
{
    return m_file->text().trimmed();
}

void ImportSourcePage::setFilePath(const QString &path)
{
    m_file->setText(path);
}

QString ImportSourcePage::pastedText() const
{
    return m_paste->toPlainText();
}

QString ImportSourcePage::homeText() const
{
    return m_home->lineEdit()->text().trimmed();
}

qint64 ImportSourcePage::homePlaceId() const
{
    return m_home->placeId();
}

bool ImportSourcePage::isComplete() const
{
    if (isPaste())
        return !homeText().isEmpty() && !pastedText().trimmed().isEmpty();
    return !filePath().isEmpty();
}

void ImportSourcePage::setError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void ImportSourcePage::browse()
{
    const QString start = filePath().isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : QFileInfo(filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import partnerships"), start,
            tr("Lists of partnerships (*.csv *.tsv *.txt *.json);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

} // namespace twinatlas
