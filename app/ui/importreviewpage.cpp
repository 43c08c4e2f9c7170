// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreviewpage.h"

#include "importreviewfiltermodel.h"
#include "importreviewmodel.h"
#include "io/fieldparser.h"
#include "io/importplan.h"

#include <QCheckBox>
#include <QFont>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace twinatlas {

using Outcome = Resolution::Outcome;

ImportReviewPage::ImportReviewPage(QWidget *parent)
    : QWidget(parent),
      m_model(new ImportReviewModel(this)),
      m_filter(new ImportReviewFilterModel(this)),
      m_view(new QTableView(this)),
      m_onlyDoubtful(new QCheckBox(tr("Only rows to decide (doubtful or not found)"), this)),
      m_summary(new QLabel(this)),
      m_placeSide(new QRadioButton(this)),
      m_partnerSide(new QRadioButton(this)),
      m_reason(new QLabel(this)),
      m_candidates(new QListWidget(this)),
      m_choose(new QPushButton(tr("&Use this place"), this)),
      m_coordinates(new QLineEdit(this)),
      m_create(new QPushButton(tr("Create &new place here"), this)),
      m_skip(new QPushButton(tr("&Skip"), this)),
      m_decisionError(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("importReviewTable"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImportReviewModel::LineColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_onlyDoubtful->setObjectName(QStringLiteral("importOnlyDoubtful"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);

    // The decision for the selected row's place or partner.
    auto *decision = new QGroupBox(tr("Decide"), this);
    auto *sides = new QVBoxLayout;
    m_placeSide->setObjectName(QStringLiteral("importPlaceSide"));
    m_partnerSide->setObjectName(QStringLiteral("importPartnerSide"));
    sides->addWidget(m_placeSide);
    sides->addWidget(m_partnerSide);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText); // it quotes the list's names
    m_reason->setObjectName(QStringLiteral("importReason"));
    m_candidates->setObjectName(QStringLiteral("importCandidates"));
    m_choose->setObjectName(QStringLiteral("importChooseButton"));
    m_coordinates->setObjectName(QStringLiteral("importCoordinatesEdit"));
    m_coordinates->setPlaceholderText(tr("Lat, lon: 46.23, 15.26"));
    m_coordinates->setToolTip(tr("The latitude, a comma, then the longitude, in degrees: a new place is made "
                                 "there with the name as the list writes it"));
    m_create->setObjectName(QStringLiteral("importCreateButton"));
    m_skip->setObjectName(QStringLiteral("importSkipButton"));
    m_skip->setToolTip(tr("Leave this place, and every row that names it, out of the import"));
    m_decisionError->setStyleSheet(QStringLiteral("color: #b03020"));
    m_decisionError->setWordWrap(true);
    m_decisionError->hide();
    auto *coordinates = new QHBoxLayout;
    coordinates->addWidget(m_coordinates, 1);
    coordinates->addWidget(m_create);
    auto *decisionLayout = new QVBoxLayout(decision);
    decisionLayout->addLayout(sides);
    decisionLayout->addWidget(m_reason);
    decisionLayout->addWidget(new QLabel(tr("Candidates:"), decision));
    decisionLayout->addWidget(m_candidates, 1);
    decisionLayout->addWidget(m_choose);
    decisionLayout->addWidget(new QLabel(tr("Or where it is:"), decision));
    decisionLayout->addLayout(coordinates);
    decisionLayout->addWidget(m_decisionError);
    decisionLayout->addWidget(m_skip, 0, Qt::AlignLeft);

    auto *splitter = new QSplitter(this);
    auto *tablePane = new QWidget(splitter);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_onlyDoubtful);
    tableLayout->addWidget(m_view, 1);
    splitter->addWidget(tablePane);
    splitter->addWidget(decision);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({720, 360});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    connect(m_onlyDoubtful, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setOnlyNeedingReview(only);
        // Keep a row to decide about in view, the one shown if it is still there.
        if (!(m_record >= 0 && selectRecord(m_record)) && m_filter->rowCount() > 0)
            m_view->selectionModel()->setCurrentIndex(m_filter->index(0, 0), QItemSelectionModel::ClearAndSelect
                                                                                   | QItemSelectionModel::Rows);
        currentRowChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportReviewPage::currentRowChanged);
    connect(m_placeSide, &QRadioButton::toggled, this, [this](bool on) {
        if (on && m_plan && m_record >= 0)
            showReference(m_plan->placeReferenceOf(m_record));
    });
    connect(m_partnerSide, &QRadioButton::toggled, this, [this](bool on) {
        if (on && m_plan && m_record >= 0)
            showReference(m_plan->partnerReferenceOf(m_record));
    });
    connect(m_candidates, &QListWidget::currentRowChanged, this, &ImportReviewPage::candidateChanged);
    connect(m_candidates, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { chooseCandidate(m_candidates->row(item)); });
    connect(m_choose, &QPushButton::clicked, this, [this] { chooseCandidate(m_candidates->currentRow()); });
    connect(m_create, &QPushButton::clicked, this, &ImportReviewPage::placeAtTypedCoordinates);
    connect(m_coordinates, &QLineEdit::returnPressed, this, &ImportReviewPage::placeAtTypedCoordinates);
    connect(m_skip, &QPushButton::clicked, this, &ImportReviewPage::skipCurrent);
}

ImportReviewPage::~ImportReviewPage() = default;

void ImportReviewPage::setPlan(ImportPlan *plan)
{
    m_plan = plan;
    m_record = -1;
    m_reference = -1;
    m_model->setPlan(plan);
    // A pasted list is one place's: once that is found, its column says the same on every row.
    QSet<int> places;
    for (int r = 0; plan && r < plan->records().size() && places.size() < 2; ++r)
        places.insert(plan->placeReferenceOf(r));
    const bool onePlace = places.size() == 1 && plan->resolution(*places.begin()).isResolved();
    m_view->setColumnHidden(ImportReviewModel::PlaceColumn, onePlace);
    m_view->setColumnHidden(ImportReviewModel::PlaceResolvedColumn, onePlace);
    m_view->resizeColumnsToContents();
    for (int c = 0; c < ImportReviewModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 260));
    m_summary->setText(summaryText());
    // Start where a decision is needed, if anywhere.
    int first = -1;
    for (int r = 0; plan && r < m_model->rowCount() && first < 0; ++r)
        if (m_model->needsReview(r))
            first = r;
    m_onlyDoubtful->setChecked(false);
    selectRecord(first >= 0 ? first : 0);
    currentRowChanged();
}

bool ImportReviewPage::selectRecord(int record)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->index(record, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void ImportReviewPage::currentRowChanged()
{
    const QModelIndex current = m_filter->mapToSource(m_view->selectionModel()->currentIndex());
    m_record = current.isValid() ? m_model->recordOf(current) : -1;
    if (m_record < 0) {
        showReference(-1);
        return;
    }
    const ImportRecord &r = m_plan->records().at(m_record);
    const int decide = m_model->referenceToDecide(m_record);
    m_placeSide->setText(tr("Place: %1").arg(ImportReviewModel::inputText(r.place)));
    m_partnerSide->setText(tr("Partner: %1").arg(ImportReviewModel::inputText(r.partner)));
    QRadioButton *side = decide == m_plan->placeReferenceOf(m_record) ? m_placeSide : m_partnerSide;
    if (side->isChecked())
        showReference(decide);
    else
        side->setChecked(true); // shows it
}

void ImportReviewPage::showReference(int reference)
{
    m_reference = reference;
    m_candidates->clear();
    m_decisionError->hide();
    const bool valid = m_plan && reference >= 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_placeSide, m_partnerSide, m_candidates, m_choose,
                                                       m_coordinates, m_create, m_skip})
        w->setEnabled(valid);
    if (!valid) {
        m_reason->clear();
        emit candidatesShown({}, -1);
        return;
    }
    const Resolution &r = m_plan->resolution(reference);
    m_reason->setText(ImportReviewModel::outcomeText(r.outcome) + QStringLiteral(": ")
                      + (r.reason.isEmpty() ? m_model->resolvedText(reference) : r.reason));
    QVector<int> places = r.candidates;
    if (r.outcome == Outcome::Matched && !places.contains(r.place))
        places.prepend(r.place);
    const GazetteerIndex &index = m_plan->index();
    for (int place : std::as_const(places)) {
        auto *item = new QListWidgetItem(m_plan->resolver().describe(place), m_candidates);
        item->setData(Qt::UserRole, place);
        item->setToolTip(tr("%1, %2").arg(index.place(place).position.lat, 0, 'f', 4)
                                 .arg(index.place(place).position.lon, 0, 'f', 4));
        if (r.outcome == Outcome::Matched && place == r.place) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_choose->setEnabled(!places.isEmpty());
    m_skip->setEnabled(r.outcome != Outcome::Skipped);
    if (!places.isEmpty())
        m_candidates->setCurrentRow(0);
}

void ImportReviewPage::candidateChanged()
{
    QListWidgetItem *item = m_candidates->currentItem();
    if (!m_plan || !item) {
        emit candidatesShown(candidateMarkers(), -1);
        return;
    }
    const GazetteerPlace &place = m_plan->index().place(item->data(Qt::UserRole).toInt());
    emit placeShown(place.id, place.position);
    emit candidatesShown(candidateMarkers(), m_candidates->currentRow());
}

QVector<CandidateMarker> ImportReviewPage::candidateMarkers() const
{
    QVector<CandidateMarker> markers;
    if (!m_plan)
        return markers;
    for (int row = 0; row < m_candidates->count(); ++row) {
        const GazetteerPlace &place =
                m_plan->index().place(m_candidates->item(row)->data(Qt::UserRole).toInt());
        markers.append({ place.position, place.name });
    }
    return markers;
}

bool ImportReviewPage::chooseCandidate(int row)
{
    QListWidgetItem *item = m_candidates->item(row);
    if (!m_plan || m_reference < 0 || !item)
        return false;
    m_plan->choose(m_reference, item->data(Qt::UserRole).toInt());
    decided();
    return true;
}

bool ImportReviewPage::placeAtTypedCoordinates()
{
    if (!m_plan || m_reference < 0)
        return false;
    const auto position = FieldParser::coordinates(m_coordinates->text());
    if (!position || !std::isfinite(position->lat) || !std::isfinite(position->lon)
        || std::abs(position->lat) > 90 || std::abs(position->lon) > 180) {
        m_decisionError->setText(tr("“%1” are not coordinates: write the latitude (-90 to 90), a comma, "
                                    "then the longitude (-180 to 180).")
                                         .arg(m_coordinates->text()));
        m_decisionError->show();
        return false;
    }
    m_plan->placeAt(m_reference, *position, QString());
    m_coordinates->clear();
    decided();
    return true;
}

void ImportReviewPage::skipCurrent()
{
    if (!m_plan || m_reference < 0)
        return;
    m_plan->skip(m_reference);
    decided();
}

void ImportReviewPage::decided()
{
    const int record = m_record;
    const int proxyRow = m_view->selectionModel()->currentIndex().row();
    m_model->refresh();
    m_summary->setText(summaryText());
    emit planChanged();
    // The row may have left a filtered view: go on with the one now in its place.
    if (!selectRecord(record) && m_filter->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(
                m_filter->index(std::min(proxyRow, m_filter->rowCount() - 1), 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    currentRowChanged(); // the side to decide, and its candidates, may have changed
}

QString ImportReviewPage::summaryText() const
{
    if (!m_plan)
        return {};
    const ImportPlan::Summary s = m_plan->summary();
    QStringList parts;
    parts << tr("%n partnerships to import", nullptr, s.pairsImported);
    if (s.duplicates > 0)
        parts << tr("%n already in the atlas (merged)", nullptr, s.duplicates);
    if (s.placesCreated > 0)
        parts << tr("%n new places", nullptr, s.placesCreated);
    QString text = tr("%n rows read: ", nullptr, s.rows) + parts.join(QStringLiteral(", ")) + u'.';
    if (s.doubtful + s.unresolved > 0)
        text += u' '
                + tr("%n places doubtful or not found: their rows are left out unless you decide.", nullptr,
                     s.doubtful + s.unresolved);
    return text;
}

} // namespace twinatlas
