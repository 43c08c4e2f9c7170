// SPDX-License-Identifier: GPL-3.0-or-later
#include "citylistpane.h"

#include "atlasselection.h"
#include "placelistmodel.h"
#include "placesortfiltermodel.h"
#include "searchresultmodel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace twinatlas {

namespace {

/**
 * A search slower than this makes the pane wait for a pause in typing. Searches measured on
 * the bundled atlas take well under it (see tst_citylistpane), so they run on each keystroke.
 */
constexpr qint64 slowSearchMs = 12;
constexpr int typingPauseMs = 150;

QTreeView *makeListView(QAbstractItemModel *model, QWidget *parent, const QString &objectName)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAllColumnsShowFocus(true);
    // The name takes the room; a long country name is elided rather than squeezing the name.
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::Interactive);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header->resizeSection(1, view->fontMetrics().horizontalAdvance(QStringLiteral("United Kingdom")) + 16);
    return view;
}

/** Search text as the count line quotes it: cut after a few words, never the pane's width. */
QString quotedSearch(const QString &text)
{
    constexpr int maxChars = 40;
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = maxChars - 1;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

} // namespace

CityListPane::CityListPane(QSqlDatabase db, AtlasSelection *selection, QWidget *parent)
    : QWidget(parent),
      m_reader(db),
      m_selection(selection),
      m_placeModel(new PlaceListModel(this)),
      m_sortModel(new PlaceSortFilterModel(this)),
      m_searchModel(new SearchResultModel(db, this)),
      m_findAction(new QAction(tr("Find a place"), this)),
      m_searchEdit(new QLineEdit(this)),
      m_stack(new QStackedWidget(this)),
      m_countLabel(new QLabel(this))
{
    loadPlaces();
    m_sortModel->setSourceModel(m_placeModel);

    m_searchEdit->setObjectName(QStringLiteral("searchField"));
    m_searchEdit->setPlaceholderText(tr("Search all places (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);

    m_placeView = makeListView(m_sortModel, m_stack, QStringLiteral("placeView"));
    m_placeView->setSortingEnabled(true);
    m_placeView->sortByColumn(PlaceListModel::NameColumn, Qt::AscendingOrder);
    m_resultView = makeListView(m_searchModel, m_stack, QStringLiteral("searchResultView"));
    {
        // Namesakes are told apart by region, country and size.
        QHeaderView *header = m_resultView->header();
        header->setSectionResizeMode(SearchResultModel::RegionColumn, QHeaderView::Interactive);
        header->setSectionResizeMode(SearchResultModel::CountryColumn, QHeaderView::Interactive);
        header->setSectionResizeMode(SearchResultModel::PopulationColumn, QHeaderView::ResizeToContents);
        header->setSectionResizeMode(SearchResultModel::PartnersColumn, QHeaderView::ResizeToContents);
        const QFontMetrics metrics = m_resultView->fontMetrics();
        header->resizeSection(SearchResultModel::RegionColumn, metrics.horizontalAdvance(QStringLiteral("Massachusetts")) + 16);
        header->resizeSection(SearchResultModel::CountryColumn, metrics.horizontalAdvance(QStringLiteral("United States")) + 16);
    }
    m_stack->addWidget(m_placeView);
    m_stack->addWidget(m_resultView);

    m_countLabel->setObjectName(QStringLiteral("cityCount"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_countLabel->setWordWrap(true);
    m_countLabel->setTextFormat(Qt::PlainText); // it quotes what the user typed
    // The pane's width is the user's to choose: a long line wraps or is cut, never widens it
    // (and with it the window, past the screen).
    m_countLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(4);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_countLabel);

    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    addAction(m_findAction);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(typingPauseMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &CityListPane::runSearch);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &CityListPane::searchTextChanged);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &CityListPane::activateFirstResult);
    for (QTreeView *view : {m_placeView, m_resultView}) {
        connect(view, &QTreeView::clicked, this, &CityListPane::activate);
        connect(view, &QTreeView::activated, this, &CityListPane::activate);
    }
    connect(m_selection, &AtlasSelection::placeChanged, this, &CityListPane::followSelection);
    showCount();
}

CityListPane::~CityListPane() = default;

void CityListPane::loadPlaces()
{
    m_placeModel->setPlaces(m_reader.placesWithPartnerships());
    QHash<qint64, int> counts;
    counts.reserve(m_placeModel->places().size());
    for (const PlaceSummary &place : m_placeModel->places())
        counts.insert(place.id, place.partnerCount);
    m_searchModel->setPartnerCounts(std::move(counts));
}

void CityListPane::reload()
{
    loadPlaces();
    // A search shows names, which an edit may have changed too.
    if (m_stack->currentWidget() == m_resultView)
        runSearch();
    followSelection(m_selection->placeId());
    showCount();
}

QSize CityListPane::sizeHint() const
{
    // The Place column as wide as a long name ("Bad Freienwalde"), beside the Country and
    // Partners columns as makeListView() sets them up: about 300 px, which leaves the map room.
    const QHeaderView *header = m_placeView->header();
    const int columns = fontMetrics().horizontalAdvance(QStringLiteral("Bad Freienwalde")) + 16
            + header->sectionSize(PlaceListModel::CountryColumn)
            + header->sectionSizeHint(PlaceListModel::PartnersColumn);
    const int chrome = style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * m_placeView->frameWidth()
            + layout()->contentsMargins().left() + layout()->contentsMargins().right();
    return {columns + chrome, QWidget::sizeHint().height()};
}

QTreeView *CityListPane::currentView() const
{
    return m_stack->currentWidget() == m_resultView ? m_resultView : m_placeView;
}

qint64 CityListPane::currentPlaceId() const
{
    const QModelIndex current = currentView()->currentIndex();
    if (!current.isValid() || !currentView()->selectionModel()->isSelected(current))
        return 0;
    // Both models answer the same role number with the place id.
    static_assert(int(PlaceListModel::PlaceIdRole) == int(SearchResultModel::PlaceIdRole));
    return current.data(PlaceListModel::PlaceIdRole).toLongLong();
}

void CityListPane::searchTextChanged(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_searchDelay.stop();
        m_searchModel->search(QString());
        m_stack->setCurrentWidget(m_placeView);
        followSelection(m_selection->placeId());
        showCount();
        return;
    }
    if (m_searchIsSlow)
        m_searchDelay.start();
    else
        runSearch();
}

void CityListPane::runSearch()
{
    QElapsedTimer timer;
    timer.start();
    m_searchModel->search(m_searchEdit->text());
    // Searching as one types is the nicer feel; fall back to waiting for a pause only where the
    // search is measurably slow (a cold disk cache, a slow machine).
    m_searchIsSlow = timer.elapsed() > slowSearchMs;
    m_stack->setCurrentWidget(m_resultView);
    const QModelIndex selected = m_searchModel->indexOfPlace(m_selection->placeId());
    m_following = true;
    if (selected.isValid())
        m_resultView->setCurrentIndex(selected);
    else if (m_searchModel->rowCount() > 0)
        m_resultView->selectionModel()->setCurrentIndex(m_searchModel->index(0, 0),
                                                        QItemSelectionModel::NoUpdate);
    m_following = false;
    showCount();
}

void CityListPane::showCount()
{
    if (m_stack->currentWidget() == m_placeView) {
        m_countLabel->setText(tr("Places with partners: %Ln", nullptr, m_placeModel->rowCount()));
        return;
    }
    const int hits = m_searchModel->rowCount();
    if (hits == 0)
        m_countLabel->setText(tr("No place is called “%1”.").arg(quotedSearch(m_searchEdit->text().trimmed())));
    else if (hits >= SearchResultModel::maximumHits)
        m_countLabel->setText(tr("The first %n matches; type more to narrow them down.", nullptr, hits));
    else
        m_countLabel->setText(tr("Matches: %n", nullptr, hits));
}

void CityListPane::activate(const QModelIndex &index)
{
    if (!index.isValid() || m_following)
        return;
    qint64 placeId = 0;
    std::optional<LonLat> position;
    if (index.model() == m_sortModel) {
        const PlaceSummary &place = m_placeModel->placeAt(m_sortModel->mapToSource(index));
        placeId = place.id;
        position = place.position;
    } else {
        placeId = m_searchModel->hitAt(index).placeId;
        if (const auto place = m_reader.place(placeId))
            position = place->position;
    }
    currentView()->setCurrentIndex(index);
    m_selection->selectPlace(placeId);
    if (position)
        emit centerRequested(*position);
}

void CityListPane::activateFirstResult()
{
    if (m_stack->currentWidget() != m_resultView || m_searchModel->rowCount() == 0)
        return;
    const QModelIndex current = m_resultView->currentIndex();
    activate(current.isValid() ? current : m_searchModel->index(0, 0));
}

void CityListPane::followSelection(qint64 placeId)
{
    m_following = true;
    QModelIndex found;
    if (placeId != 0 && m_stack->currentWidget() == m_resultView)
        found = m_searchModel->indexOfPlace(placeId);
    if (placeId != 0 && !found.isValid()) {
        const QModelIndex listed = m_sortModel->mapFromSource(m_placeModel->indexOfPlace(placeId));
        if (listed.isValid()) {
            // A place chosen elsewhere that the search does not show: show the whole list again.
            if (m_stack->currentWidget() == m_resultView) {
                const QSignalBlocker blocker(m_searchEdit);
                m_searchEdit->clear();
                m_searchModel->search(QString());
                m_stack->setCurrentWidget(m_placeView);
                showCount();
            }
            found = listed;
        }
    }
    QTreeView *view = currentView();
    if (found.isValid()) {
        view->setCurrentIndex(found);
        view->scrollTo(found, QAbstractItemView::PositionAtCenter);
    } else {
        view->selectionModel()->clearSelection();
    }
    m_following = false;
}

bool CityListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_stack->currentWidget() == m_resultView
            && m_searchModel->rowCount() > 0) {
            m_resultView->setFocus(Qt::TabFocusReason);
            if (!m_resultView->currentIndex().isValid())
                m_resultView->setCurrentIndex(m_searchModel->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_searchEdit->text().isEmpty()) {
            m_searchEdit->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace twinatlas
