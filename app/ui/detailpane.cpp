// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include "atlasselection.h"
#include "db/countrynames.h"
#include "db/provenancetext.h"
#include "detailstartpage.h"
#include "team/teamhistorytext.h"
#include "partnerdelegate.h"
#include "partnerlistmodel.h"
#include "partnershiptext.h"
#include "sourcelinks.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QAction>
#include <QDate>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace twinatlas {

namespace {

/** The split between the partner list and the history, as the user last left it. */
const QString splitterKey = QStringLiteral("detailPane/splitter");

QLabel *makeLabel(QWidget *parent, const QString &objectName, bool wrap = true)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // Names, notes and titles are the user's text: "<b>" in a note is shown as typed.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QFont scaledFont(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

DetailPane::DetailPane(AtlasReader reader, AtlasSelection *selection, QWidget *parent)
    : QWidget(parent),
      m_reader(std::move(reader)),
      m_selection(selection),
      m_partnerModel(new PartnerListModel(this)),
      m_timelineModel(new TimelineModel(this)),
      m_stack(new QStackedWidget(this)),
      m_startPage(new DetailStartPage(m_stack))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);

    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(2);
    m_nameLabel = makeLabel(page, QStringLiteral("detailName"));
    m_nameLabel->setFont(scaledFont(font(), 1.6, true));
    m_otherNameLabel = makeLabel(page, QStringLiteral("detailOtherName"));
    m_otherNameLabel->setForegroundRole(QPalette::PlaceholderText);
    m_regionLabel = makeLabel(page, QStringLiteral("detailRegion"));
    m_regionLabel->setFont(scaledFont(font(), 1.1, false));
    m_factsLabel = makeLabel(page, QStringLiteral("detailFacts"));
    m_noteLabel = makeLabel(page, QStringLiteral("detailNote"));
    for (QLabel *label : {m_nameLabel, m_otherNameLabel, m_regionLabel, m_factsLabel, m_noteLabel})
        layout->addWidget(label);
    m_placeProvenance = makeLabel(page, QStringLiteral("placeProvenance"));
    m_placeProvenance->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_placeProvenance);
    m_placeButtons = new QHBoxLayout;
    m_placeButtons->setContentsMargins(0, 4, 0, 0);
    m_placeButtons->addStretch(1);
    layout->addLayout(m_placeButtons);
    layout->addSpacing(8);

    m_splitter = new QSplitter(Qt::Vertical, page);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    auto *partners = new QWidget(m_splitter);
    auto *partnersLayout = new QVBoxLayout(partners);
    partnersLayout->setContentsMargins(0, 0, 0, 4);
    m_partnersHeading = makeLabel(partners, QStringLiteral("partnersHeading"), false);
    m_partnersHeading->setFont(scaledFont(font(), 1.1, true));
    partnersLayout->addWidget(m_partnersHeading);
    // One partner per two-line row: a table of six columns does not fit a dock.
    m_partnerView = new QListView(partners);
    m_partnerView->setObjectName(QStringLiteral("partnerView"));
    m_partnerView->setModel(m_partnerModel);
    m_partnerView->setModelColumn(PartnerListModel::PartnerColumn);
    m_partnerView->setItemDelegate(new PartnerDelegate(m_partnerView));
    m_partnerView->setUniformItemSizes(true);
    m_partnerView->setAlternatingRowColors(true);
    m_partnerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_partnerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_partnerView->setAccessibleName(tr("Partners"));
    partnersLayout->addWidget(m_partnerView);
    m_splitter->addWidget(partners);

    auto *history = m_history = new QWidget(m_splitter);
    history->installEventFilter(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 4, 0, 0);
    historyLayout->setSpacing(2);
    m_historyHeading = makeLabel(history, QStringLiteral("historyHeading"));
    m_historyHeading->setFont(scaledFont(font(), 1.1, true));
    historyLayout->addWidget(m_historyHeading);
    m_historyHint = makeLabel(history, QStringLiteral("historyHint"));
    m_historyHint->setForegroundRole(QPalette::PlaceholderText);
    m_historyHint->setText(tr("Choose a partner to see the history of the partnership."));
    historyLayout->addWidget(m_historyHint);

    auto *scroll = m_historyScroll = new QScrollArea(history);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_historyBody = new QWidget(scroll);
    auto *bodyLayout = new QVBoxLayout(m_historyBody);
    bodyLayout->setContentsMargins(0, 0, 4, 0);
    bodyLayout->setSpacing(4);
    m_historySummary = makeLabel(m_historyBody, QStringLiteral("historySummary"));
    m_historyNote = makeLabel(m_historyBody, QStringLiteral("historyNote"));
    m_timelineView = new TimelineView(m_timelineModel, m_historyBody);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_sourcesHeading = makeLabel(m_historyBody, QStringLiteral("sourcesHeading"), false);
    m_sourcesHeading->setText(tr("Sources"));
    m_sourcesHeading->setFont(scaledFont(font(), 1.0, true));
    m_sourcesLabel = makeLabel(m_historyBody, QStringLiteral("partnershipSources"));
    m_sourcesLabel->setTextFormat(Qt::RichText);
    m_sourcesLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_sourcesLabel->setOpenExternalLinks(false);
    connect(m_sourcesLabel, &QLabel::linkActivated, this, &SourceLinks::open);
    m_wikidataNote = makeLabel(m_historyBody, QStringLiteral("wikidataNote"));
    m_wikidataNote->setForegroundRole(QPalette::PlaceholderText);
    bodyLayout->addWidget(m_historySummary);
    bodyLayout->addWidget(m_historyNote);
    m_historyProvenance = makeLabel(m_historyBody, QStringLiteral("historyProvenance"));
    m_historyProvenance->setForegroundRole(QPalette::PlaceholderText);
    bodyLayout->addWidget(m_historyProvenance);
    m_partnershipButtons = new QHBoxLayout;
    m_partnershipButtons->setContentsMargins(0, 4, 0, 0);
    m_partnershipButtons->addStretch(1);
    bodyLayout->addLayout(m_partnershipButtons);
    bodyLayout->addSpacing(8);
    bodyLayout->addWidget(m_timelineView);
    bodyLayout->addSpacing(8);
    bodyLayout->addWidget(m_sourcesHeading);
    bodyLayout->addWidget(m_sourcesLabel);
    bodyLayout->addWidget(m_wikidataNote);
    bodyLayout->addStretch(1);
    scroll->setWidget(m_historyBody);
    historyLayout->addWidget(scroll, 1);
    // Keeps the heading and the hint at the top while the timeline is hidden.
    historyLayout->addStretch(0);
    m_splitter->addWidget(history);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_stack->addWidget(page);
    m_stack->addWidget(m_startPage);

    restoreSplitter();
    connect(m_splitter, &QSplitter::splitterMoved, this, &DetailPane::saveSplitter);
    connect(m_selection, &AtlasSelection::placeChanged, this, &DetailPane::showPlace);
    connect(m_selection, &AtlasSelection::partnershipChanged, this, &DetailPane::showPartnership);
    connect(m_partnerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_updatingView)
                    m_selection->selectPartnership(
                            current.isValid() ? m_partnerModel->entryAt(current).partnership.id : 0);
            });
    connect(m_partnerView, &QListView::doubleClicked, this, &DetailPane::partnerActivated);

    showPlace(m_selection->placeId());
}

DetailPane::~DetailPane() = default;

QSize DetailPane::sizeHint() const
{
    // Room for a timeline entry's description to wrap into a few comfortable lines, and no
    // more: the map needs the width (about 360 px at the usual font size).
    return {fontMetrics().height() * 22, QWidget::sizeHint().height()};
}

QString DetailPane::placeName() const
{
    return m_stack->currentWidget() == m_placeholder || m_stack->currentWidget() == m_startPage
            ? QString()
            : m_nameLabel->text();
}

void DetailPane::showPlace(qint64 placeId)
{
    const std::optional<Place> place = placeId != 0 ? m_reader.place(placeId) : std::nullopt;
    {
        const QSignalBlocker guard(m_partnerView->selectionModel());
        m_updatingView = true;
        m_partnerModel->setPartners(place ? placeId : 0,
                                    place ? m_reader.partnersOf(placeId) : QVector<PartnerEntry>());
        m_updatingView = false;
    }
    showPartnership(m_selection->partnershipId());
    if (placeId == 0) {
        m_stack->setCurrentWidget(m_startPage);
        return;
    }
    if (!place) {
        m_placeholder->setText(tr("This place is not in the atlas."));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }

    const QLocale locale;
    m_nameLabel->setText(place->name);
    // A place named in the interface language ("Galway") also shows the name the atlas stores
    // ("Gaillimh"); that is often the local one, but GeoNames gives some cities their English
    // name ("Warsaw"), so the pane does not say which. Otherwise its Latin spelling, if other.
    QString otherName;
    if (!place->localName.isEmpty() && place->localName != place->name)
        otherName = tr("Also called %1", "the place's other name: Galway is also called Gaillimh")
                            .arg(place->localName);
    else if (!place->asciiName.isEmpty() && place->asciiName != place->name)
        otherName = tr("Also written %1").arg(place->asciiName);
    m_otherNameLabel->setText(otherName);
    m_otherNameLabel->setVisible(!otherName.isEmpty());
    const QString country = CountryNames::localName(place->country);
    m_regionLabel->setText(place->admin1Name.isEmpty()
                                   ? country
                                   : tr("%1, %2", "region, country").arg(place->admin1Name, country));
    const QString population = place->population > 0
            ? tr("Population %1").arg(locale.toString(place->population))
            : tr("Population unknown");
    m_factsLabel->setText(tr("%1 · %2", "population · coordinates")
                                  .arg(population,
                                       PartnershipText::coordinates(place->position.lon,
                                                                    place->position.lat, locale)));
    m_noteLabel->setText(place->note);
    m_noteLabel->setVisible(!place->note.isEmpty());
    // Only rows the user touched say where they come from; the bundled rest would all say the same.
    const bool placeEdited = place->origin == QLatin1String("user") || !place->modifiedAt.isEmpty();
    m_placeProvenance->setText(placeEdited ? ProvenanceText::describe(place->origin, place->modifiedAt,
                                                                      place->dataVersion)
                                           : QString());
    m_placeProvenance->setVisible(placeEdited);
    const int count = m_partnerModel->rowCount();
    m_partnersHeading->setText(count == 0 ? tr("No partners in the atlas")
                                          : tr("Partners (%n)", nullptr, count));
    m_stack->setCurrentIndex(1);
}

void DetailPane::showPartnership(qint64 partnershipId)
{
    const std::optional<Partnership> p = partnershipId != 0 ? m_reader.partnership(partnershipId)
                                                            : std::nullopt;
    m_timelineModel->setEvents(p ? partnershipId : 0,
                               p ? m_reader.eventsOf(partnershipId) : QVector<HistoryEvent>());
    {
        // Follow the selection without echoing it back as a user's choice.
        m_updatingView = true;
        const QModelIndex row = m_partnerModel->indexOfPartnership(partnershipId);
        if (row.isValid()) {
            m_partnerView->setCurrentIndex(row);
            m_partnerView->scrollTo(row);
        } else {
            m_partnerView->selectionModel()->clear();
        }
        m_updatingView = false;
    }
    m_historyHint->setVisible(!p);
    m_historyScroll->setVisible(bool(p));
    setHistoryCollapsed(!p);
    if (!p) {
        m_historyHeading->setText(tr("History"));
        m_historySummary->clear();
        m_historyNote->clear();
        m_sourcesLabel->clear();
        m_wikidataNote->clear();
        return;
    }

    const QModelIndex row = m_partnerModel->indexOfPartnership(partnershipId);
    const QString partner = row.isValid() ? m_partnerModel->entryAt(row).partner.name : QString();
    m_historyHeading->setText(partner.isEmpty()
                                      ? tr("History")
                                      : tr("%1 – %2", "the two partner places")
                                                .arg(m_nameLabel->text(), partner));
    QStringList facts{PartnershipText::kind(p->kind), PartnershipText::status(p->status)};
    const QString years = PartnershipText::years(p->startDate, p->endDate, p->status);
    if (!years.isEmpty())
        facts << years;
    m_historySummary->setText(facts.join(QStringLiteral(" · ")));
    QFont summaryFont = font();
    summaryFont.setItalic(PartnershipText::isInactive(p->status));
    m_historySummary->setFont(summaryFont);
    m_historySummary->setForegroundRole(PartnershipText::isInactive(p->status)
                                                ? QPalette::PlaceholderText
                                                : QPalette::WindowText);
    m_historyNote->setText(p->note);
    m_historyNote->setVisible(!p->note.isEmpty());
    const bool edited = p->origin == QLatin1String("user") || !p->modifiedAt.isEmpty();
    m_historyProvenance->setText(edited ? ProvenanceText::describe(p->origin, p->modifiedAt, p->dataVersion)
                                        : QString());
    m_historyProvenance->setToolTip(QString());
    // In a team atlas the server knows who changed it last, unless it was changed here since.
    const QVector<TeamChange> team = m_reader.teamHistory(TeamKind::Partnership, p->uid);
    const QString byTeam = TeamHistoryText::lastChange(team, p->modifiedAt);
    if (!byTeam.isEmpty())
        m_historyProvenance->setText(byTeam);
    if (!team.isEmpty())
        m_historyProvenance->setToolTip(TeamHistoryText::lines(team));
    m_historyProvenance->setVisible(edited || !byTeam.isEmpty());

    const QVector<SourceRecord> sources = m_reader.sourcesOfPartnership(partnershipId);
    m_sourcesHeading->setVisible(!sources.isEmpty());
    m_sourcesLabel->setVisible(!sources.isEmpty());
    m_sourcesLabel->setText(SourceLinks::html(sources));
    // Never removed silently: the user reads that Wikidata dropped it, and decides.
    const QDate missing = QDate::fromString(m_reader.wikidataMissingSince(partnershipId), Qt::ISODate);
    m_wikidataNote->setVisible(missing.isValid());
    m_wikidataNote->setText(missing.isValid()
                                    ? tr("Wikidata no longer lists this twinning (noticed on %1). "
                                         "If it has ended, edit or remove it.")
                                              .arg(QLocale().toString(missing, QLocale::LongFormat))
                                    : QString());
}

QString DetailPane::placeProvenance() const
{
    return m_placeProvenance->isVisibleTo(this) ? m_placeProvenance->text() : QString();
}

QString DetailPane::partnershipProvenance() const
{
    return m_historyProvenance->isVisibleTo(this) ? m_historyProvenance->text() : QString();
}

void DetailPane::reload()
{
    showPlace(m_selection->placeId());
}

namespace {

/** A push button standing for an action: its text here, its state and tooltip the action's. */
QPushButton *buttonFor(QAction *action, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    if (action->menu())
        button->setMenu(action->menu());
    else
        QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    const auto follow = [button, action] {
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
        button->setToolTip(action->toolTip());
    };
    QObject::connect(action, &QAction::changed, button, follow);
    follow();
    return button;
}

} // namespace

void DetailPane::addPlaceButton(QAction *action, const QString &text)
{
    m_placeButtons->insertWidget(m_placeButtons->count() - 1, buttonFor(action, text, this));
}

void DetailPane::addPartnershipButton(QAction *action, const QString &text)
{
    m_partnershipButtons->insertWidget(m_partnershipButtons->count() - 1,
                                       buttonFor(action, text, m_historyBody));
    // The history scrolls only up and down: keep the pane as wide as its row of buttons, or the
    // last one is cut off where a language's words are long (German, French).
    int width = 0;
    for (int i = 0; i < m_partnershipButtons->count(); ++i) {
        if (QWidget *button = m_partnershipButtons->itemAt(i)->widget())
            width += button->sizeHint().width() + std::max(0, m_partnershipButtons->spacing());
    }
    const QMargins margins = m_historyBody->layout()->contentsMargins();
    m_historyScroll->setMinimumWidth(width + margins.left() + margins.right()
                                     + m_historyScroll->verticalScrollBar()->sizeHint().width());
}

void DetailPane::partnerActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Place partner = m_partnerModel->entryAt(index).partner;
    m_selection->selectPlace(partner.id);
    emit centerRequested(partner.position);
}

void DetailPane::restoreSplitter()
{
    // A third for the partners (two-line rows, scrolling for the few cities with dozens), the rest
    // for the history, which is what one reads.
    if (!m_splitter->restoreState(QSettings().value(splitterKey).toByteArray()))
        m_splitter->setSizes({1000, 2000});
}

void DetailPane::setHistoryCollapsed(bool collapsed)
{
    // Without a partnership the history is a heading and a hint: give the partners its room,
    // and give it back, as the user had split it, once a partnership is chosen.
    const bool isCollapsed = m_history->maximumHeight() != QWIDGETSIZE_MAX;
    if (collapsed == isCollapsed)
        return;
    // Before the pane is first shown the splitter has no real sizes yet: it keeps the restored
    // (or default) split, and only the maximum height changes.
    const bool laidOut = m_splitter->isVisible();
    if (collapsed) {
        if (laidOut)
            m_expandedSizes = m_splitter->sizes();
        m_history->setMaximumHeight(collapsedHistoryHeight());
    } else {
        m_history->setMaximumHeight(QWIDGETSIZE_MAX);
        if (laidOut && m_expandedSizes.size() == 2 && m_expandedSizes.at(0) + m_expandedSizes.at(1) > 0)
            m_splitter->setSizes(m_expandedSizes);
        else if (laidOut)
            restoreSplitter(); // collapsed before it was first shown: the saved or default split

    }
}

int DetailPane::collapsedHistoryHeight() const
{
    // The heading and the hint as wrapped at the pane's width: the hint takes two lines where a
    // language says it at length (German), or where the pane is narrow.
    const int width = m_history->width();
    const int minimum = m_history->minimumSizeHint().height();
    return m_history->hasHeightForWidth() && width > 0
            ? std::max(minimum, m_history->heightForWidth(width))
            : minimum;
}

bool DetailPane::eventFilter(QObject *watched, QEvent *event)
{
    // A collapsed history follows the pane's width, which changes the hint's line count.
    if (watched == m_history && event->type() == QEvent::Resize
        && m_history->maximumHeight() != QWIDGETSIZE_MAX) {
        const int height = collapsedHistoryHeight();
        if (height != m_history->maximumHeight())
            m_history->setMaximumHeight(height);
    }
    return QWidget::eventFilter(watched, event);
}

void DetailPane::saveSplitter() const
{
    if (m_history->maximumHeight() != QWIDGETSIZE_MAX)
        return;
    QSettings().setValue(splitterKey, m_splitter->saveState());
}

} // namespace twinatlas
