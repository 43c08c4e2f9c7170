// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelisteditor.h"

#include "edit/editvalidator.h"
#include "placeholderwidth.h"
#include "sourcelinks.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace twinatlas {

namespace {

const QString titleField = QStringLiteral("title");
const QString urlField = QStringLiteral("url");
const QString sourcesField = QStringLiteral("sources");

QString describe(const SourceRow &source)
{
    const QString where = !source.url.isEmpty() ? source.url : source.document;
    return where.isEmpty() || where == source.title
            ? source.title
            : SourceListEditor::tr("%1 — %2", "source title — address or document")
                      .arg(source.title, where);
}

} // namespace

SourceListEditor::SourceListEditor(QWidget *parent)
    : QWidget(parent),
      m_list(new QListWidget(this)),
      m_remove(new QPushButton(tr("Remove"), this)),
      m_title(new QLineEdit(this)),
      m_url(new QLineEdit(this)),
      m_document(new QLineEdit(this)),
      m_addAnother(new QPushButton(tr("Add another"), this))
{
    m_list->setObjectName(QStringLiteral("sourceList"));
    m_list->setAccessibleName(tr("Sources cited"));
    m_list->setMaximumHeight(fontMetrics().height() * 5);
    m_list->setToolTip(tr("Double-click a web address to open it in the browser."));
    m_list->hide();
    m_remove->setObjectName(QStringLiteral("removeSource"));
    m_remove->hide();
    m_title->setObjectName(QStringLiteral("sourceTitle"));
    m_title->setPlaceholderText(tr("Title, e.g. “City council decision 114/1988”"));
    m_url->setObjectName(QStringLiteral("sourceUrl"));
    m_url->setPlaceholderText(tr("https://…"));
    m_document->setObjectName(QStringLiteral("sourceDocument"));
    m_document->setPlaceholderText(tr("Or the name of a document or book"));
    for (QLineEdit *edit : {m_title, m_url, m_document})
        fitPlaceholder(edit);
    m_addAnother->setObjectName(QStringLiteral("addAnotherSource"));
    m_addAnother->setEnabled(false);

    // Never taller than its content: a message that came and went must not leave a gap.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_remove, 0, Qt::AlignTop);
    layout->addLayout(listRow);
    // The list's own message ("give at least one source") goes under the whole editor.
    QLabel *listProblem = FormProblems::makeMessageLabel(this);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Title:"), m_problems.wrap(m_title, titleField));
    form->addRow(tr("Web address:"), m_problems.wrap(m_url, urlField));
    form->addRow(tr("Document:"), m_document);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_addAnother);
    layout->addLayout(buttons);
    layout->addWidget(listProblem);
    m_problems.addLabel(sourcesField, listProblem);

    for (QLineEdit *edit : {m_title, m_url, m_document})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_touched = true;
            emit changed();
        });
    connect(m_addAnother, &QPushButton::clicked, this, &SourceListEditor::addNewToList);
    connect(m_remove, &QPushButton::clicked, this, &SourceListEditor::removeCurrent);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &SourceListEditor::openItem);
}

void SourceListEditor::setSources(const QVector<SourceRow> &sources)
{
    m_list->clear();
    m_listed.clear();
    for (const SourceRow &source : sources)
        addListed(source);
}

void SourceListEditor::addListed(const SourceRow &source)
{
    m_listed << source;
    auto *item = new QListWidgetItem(describe(source), m_list);
    item->setToolTip(source.url.isEmpty() ? source.document : source.url);
    m_list->show();
    m_remove->show();
}

bool SourceListEditor::hasNewSource() const
{
    return !m_title->text().trimmed().isEmpty() || !m_url->text().trimmed().isEmpty()
            || !m_document->text().trimmed().isEmpty();
}

SourceRow SourceListEditor::newSource() const
{
    SourceRow source;
    source.title = m_title->text().trimmed();
    source.url = m_url->text().trimmed();
    source.document = m_document->text().trimmed();
    return source;
}

QVector<SourceRow> SourceListEditor::sources() const
{
    QVector<SourceRow> all = m_listed;
    if (hasNewSource())
        all << newSource();
    return all;
}

void SourceListEditor::setNewSource(const QString &title, const QString &url,
                                    const QString &document)
{
    m_title->setText(title);
    m_url->setText(url);
    m_document->setText(document);
}

QVector<EditProblem> SourceListEditor::check()
{
    QVector<EditProblem> problems;
    if (hasNewSource()) {
        const SourceRow source = newSource();
        if (source.title.isEmpty())
            problems << EditProblem{
                    titleField,
                    tr("%1: a source needs a title.").arg(EditValidator::fieldLabel(titleField)),
                    -1};
        if (auto p = EditValidator::checkSourceReference(source.url, source.document))
            problems << *p;
    } else if (m_required && m_listed.isEmpty()) {
        problems << EditProblem{sourcesField,
                                tr("Sources: give at least one, so that others can check it."), -1};
    }
    QSet<QString> quiet;
    if (!m_touched && !hasNewSource())
        quiet << sourcesField;
    m_problems.show(problems, quiet);
    m_addAnother->setEnabled(hasNewSource() && problems.isEmpty());
    return problems;
}

void SourceListEditor::addNewToList()
{
    if (!hasNewSource() || !check().isEmpty())
        return;
    addListed(newSource());
    for (QLineEdit *edit : {m_title, m_url, m_document})
        edit->clear();
    m_title->setFocus();
    emit changed();
}

void SourceListEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_listed.size())
        return;
    delete m_list->takeItem(row);
    m_listed.remove(row);
    m_touched = true;
    m_list->setVisible(!m_listed.isEmpty());
    m_remove->setVisible(!m_listed.isEmpty());
    emit changed();
}

void SourceListEditor::openItem(QListWidgetItem *item)
{
    const int row = m_list->row(item);
    if (row >= 0 && row < m_listed.size())
        SourceLinks::open(m_listed.at(row).url);
}

} // namespace twinatlas
