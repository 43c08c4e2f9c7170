// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistpane.h"

#include "atlasedits.h"
#include "atlasselection.h"
#include "checklistmodel.h"
#include "datefield.h"
#include "edit/checklistcsvwriter.h"
#include "edit/editvalidator.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

namespace twinatlas {

namespace {

const QString receivedField = QStringLiteral("received_date");

QString stateValue(ChecklistItem::State state)
{
    switch (state) {
    case ChecklistItem::State::Received:
        return QStringLiteral("received");
    case ChecklistItem::State::Wanted:
        return QStringLiteral("wanted");
    case ChecklistItem::State::NotYet:
        break;
    }
    return QString();
}

} // namespace

ChecklistPane::ChecklistPane(QSqlDatabase db, AtlasSelection *selection, AtlasEdits *edits,
                             QWidget *parent)
    : QWidget(parent),
      m_reader(db),
      m_selection(selection),
      m_edits(edits),
      m_model(new ChecklistModel(this)),
      m_stack(new QStackedWidget(this)),
      m_placeholder(new QLabel(m_stack)),
      m_heading(new QLabel(this)),
      m_progress(new QLabel(this)),
      m_view(new QTreeView(this)),
      m_date(new DateField(this)),
      m_note(new QLineEdit(this)),
      m_received(new QPushButton(tr("&Received"), this)),
      m_wanted(new QPushButton(tr("&Wanted"), this)),
      m_notYet(new QPushButton(tr("&Not yet"), this)),
      m_export(new QPushButton(tr("&Export as CSV…"), this))
{
    m_placeholder->setObjectName(QStringLiteral("checklistPlaceholder"));
    m_placeholder->setText(tr("Choose a place to keep a checklist of postcards from its "
                              "partner towns."));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);

    m_heading->setObjectName(QStringLiteral("checklistHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText); // it holds the place's name
    QFont headingFont = font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(font().pointSizeF() * 1.1);
    m_heading->setFont(headingFont);
    m_progress->setObjectName(QStringLiteral("checklistProgress"));

    m_view->setObjectName(QStringLiteral("checklistView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(ChecklistModel::PartnerColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(
            ChecklistModel::PartnerColumn,
            fontMetrics().horizontalAdvance(QStringLiteral("Chemnitz-Ost long")));

    m_date->setObjectName(QStringLiteral("receivedDateField"));
    m_note->setObjectName(QStringLiteral("cardNoteEdit"));
    m_note->setPlaceholderText(tr("The sender, what the card shows"));
    m_received->setObjectName(QStringLiteral("receivedButton"));
    m_received->setToolTip(tr("The card from this partner has come, on the date given"));
    m_wanted->setObjectName(QStringLiteral("wantedButton"));
    m_notYet->setObjectName(QStringLiteral("notYetButton"));
    m_export->setObjectName(QStringLiteral("exportChecklistButton"));

    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow dock (a small screen) the labels go above their fields.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Received &on:"), m_problems.wrap(m_date, receivedField));
    form->addRow(tr("N&ote:"), m_problems.wrap(m_note, QStringLiteral("note")));
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_received);
    buttons->addWidget(m_wanted);
    buttons->addWidget(m_notYet);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    // On a line of its own: beside the three above it would make the dock too wide to share a
    // small screen with the map.
    auto *exportRow = new QHBoxLayout;
    exportRow->addStretch(1);
    exportRow->addWidget(m_export);
    layout->addLayout(exportRow);
    m_stack->addWidget(page);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_selection, &AtlasSelection::placeChanged, this, &ChecklistPane::showPlace);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChecklistPane::currentRowChanged);
    connect(m_date, &DateField::textChanged, this, &ChecklistPane::updateButtons);
    connect(m_received, &QPushButton::clicked, this,
            [this] { mark(currentRow(), ChecklistItem::State::Received); });
    connect(m_wanted, &QPushButton::clicked, this,
            [this] { mark(currentRow(), ChecklistItem::State::Wanted); });
    connect(m_notYet, &QPushButton::clicked, this,
            [this] { mark(currentRow(), ChecklistItem::State::NotYet); });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid()
            && index.data(ChecklistModel::StateRole).toInt() != int(ChecklistItem::State::Received))
            mark(index.row(), ChecklistItem::State::Received);
    });
    connect(m_export, &QPushButton::clicked, this, &ChecklistPane::exportAs);
    showPlace(m_selection->placeId());
}

ChecklistPane::~ChecklistPane() = default;

void ChecklistPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

int ChecklistPane::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QString ChecklistPane::progressText() const
{
    return m_progress->text();
}

QSet<qint64> ChecklistPane::partnersWithCard() const
{
    QSet<qint64> ids;
    for (const ChecklistItem &item : m_model->items())
        if (item.state == ChecklistItem::State::Received)
            ids.insert(item.partnerId);
    return ids;
}

void ChecklistPane::reload()
{
    showPlace(m_selection->placeId());
}

void ChecklistPane::showPlace(qint64 placeId)
{
    const auto place = placeId != 0 ? m_reader.place(placeId) : std::nullopt;
    const qint64 keptPartner = m_model->placeId() == placeId && currentRow() >= 0
            ? m_model->itemAt(currentRow()).partnerId
            : 0;
    m_placeUid = place ? place->uid : QString();
    m_placeName = place ? place->name : QString();
    m_model->setItems(place ? placeId : 0,
                      place ? m_reader.checklistOf(placeId) : QVector<ChecklistItem>());
    if (!place) {
        m_stack->setCurrentWidget(m_placeholder);
        emit cardsChanged({});
        return;
    }
    m_stack->setCurrentIndex(1);
    int received = 0;
    int wanted = 0;
    for (const ChecklistItem &item : m_model->items()) {
        received += item.state == ChecklistItem::State::Received;
        wanted += item.state == ChecklistItem::State::Wanted;
    }
    const int total = m_model->rowCount();
    m_heading->setText(
            total == 0 ? tr("%1 has no partners to collect cards from yet.").arg(m_placeName)
                       : tr("Postcards from the partners of %1").arg(m_placeName));
    QString progress = tr("%1 of %n twins", "cards received, of all partners", total).arg(received);
    if (wanted > 0)
        progress = tr("%1 · %2", "progress · wanted")
                           .arg(progress, tr("%n wanted", "cards looked for", wanted));
    m_progress->setText(total == 0 ? QString() : progress);
    m_progress->setVisible(total > 0);
    const int row = m_model->rowOfPartner(keptPartner);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    currentRowChanged();
    emit cardsChanged(partnersWithCard());
}

void ChecklistPane::currentRowChanged()
{
    const int row = currentRow();
    if (row >= 0) {
        const ChecklistItem &item = m_model->itemAt(row);
        m_date->setText(item.receivedDate);
        m_note->setText(item.note);
    } else {
        m_date->setText(QString());
        m_note->clear();
    }
    updateButtons();
}

void ChecklistPane::updateButtons()
{
    QVector<EditProblem> problems;
    if (auto p = EditValidator::checkDate(receivedField, m_date->text()))
        problems << *p;
    m_problems.show(problems);
    const bool chosen = currentRow() >= 0 && !m_readOnly;
    m_received->setEnabled(chosen && problems.isEmpty());
    m_wanted->setEnabled(chosen);
    m_notYet->setEnabled(chosen);
    m_date->setEnabled(!m_readOnly);
    m_note->setEnabled(!m_readOnly);
    m_export->setEnabled(m_model->rowCount() > 0);
}

ApplyResult ChecklistPane::mark(int row, ChecklistItem::State state)
{
    if (row < 0 || row >= m_model->rowCount() || m_readOnly)
        return {};
    ChecklistRow entry;
    entry.placeUid = m_placeUid;
    entry.partnerUid = m_model->itemAt(row).partnerUid;
    entry.state = stateValue(state);
    QString date = m_date->text();
    // Marking a card received without a date means it came today.
    if (state == ChecklistItem::State::Received && date.isEmpty())
        date = QDate::currentDate().toString(Qt::ISODate);
    entry.receivedDate = state == ChecklistItem::State::Received ? date : QString();
    entry.note = state == ChecklistItem::State::NotYet ? QString() : m_note->text().trimmed();
    m_view->setCurrentIndex(m_model->index(row, 0));
    const ApplyResult result = m_edits->setChecklistEntry(entry);
    if (!result.ok)
        QMessageBox::warning(this, tr("Cannot change the checklist"), result.errorString());
    return result;
}

bool ChecklistPane::exportCsv(const QString &path, QString *error) const
{
    return ChecklistCsvWriter::write(path, m_placeName, m_model->items(), error);
}

void ChecklistPane::exportAs()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("Postcards of %1.csv").arg(m_placeName));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the checklist"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Cannot export the checklist"), error);
}

} // namespace twinatlas
