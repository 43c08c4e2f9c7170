// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/atlasreader.h"
#include "geo/lonlat.h"

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QListView;

namespace twinatlas {

class AtlasSelection;
class DetailStartPage;
class PartnerListModel;
class TimelineModel;
class TimelineView;

/**
 * What the atlas knows about the selected place: its names, country, region, population and
 * position, its partners in the order the partnerships began, and for the chosen partner the
 * partnership's history as a timeline with its sources. Follows the AtlasSelection and reads
 * everything anew from the database whenever it changes, so nothing stale stays on screen.
 */
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    DetailPane(AtlasReader reader, AtlasSelection *selection, QWidget *parent = nullptr);
    ~DetailPane() override;

    PartnerListModel *partnerModel() const { return m_partnerModel; }
    TimelineModel *timelineModel() const { return m_timelineModel; }
    QListView *partnerView() const { return m_partnerView; }
    /** What the pane shows while no place is chosen: the ways to begin. */
    DetailStartPage *startPage() const { return m_startPage; }
    TimelineView *timelineView() const { return m_timelineView; }
    /** The heading: the selected place's name, empty when nothing is selected. */
    QString placeName() const;
    /** "Edited by you on …" under the place and under the partnership, where that applies. */
    QString placeProvenance() const;
    QString partnershipProvenance() const;

    /** Reads the shown place and partnership again, after the atlas changed under them. */
    void reload();
    /**
     * A button for an action on the shown place (beside its facts) or partnership (above its
     * history), labelled text and enabled with the action; an action with a menu pops it up.
     */
    void addPlaceButton(QAction *action, const QString &text);
    void addPartnershipButton(QAction *action, const QString &text);

    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    /** The user asked to go to a partner (double click): the map should move there. */
    void centerRequested(twinatlas::LonLat position);

private:
    void showPlace(qint64 placeId);
    void showPartnership(qint64 partnershipId);
    void partnerActivated(const QModelIndex &index);
    void restoreSplitter();
    void saveSplitter() const;
    void setHistoryCollapsed(bool collapsed);
    int collapsedHistoryHeight() const;

    AtlasReader m_reader;
    AtlasSelection *m_selection;
    PartnerListModel *m_partnerModel;
    TimelineModel *m_timelineModel;
    bool m_updatingView = false; ///< set while the pane moves the partner view's current row

    QStackedWidget *m_stack;
    DetailStartPage *m_startPage;
    QLabel *m_placeholder;
    QLabel *m_nameLabel;
    QLabel *m_otherNameLabel;
    QLabel *m_regionLabel;
    QLabel *m_factsLabel;
    QLabel *m_noteLabel;
    QLabel *m_placeProvenance;
    QHBoxLayout *m_placeButtons;
    QSplitter *m_splitter;
    QLabel *m_partnersHeading;
    QListView *m_partnerView;
    QWidget *m_history;
    QList<int> m_expandedSizes; ///< the split to go back to when a partnership is chosen again
    QLabel *m_historyHeading;
    QLabel *m_historySummary;
    QLabel *m_historyNote;
    QLabel *m_historyProvenance;
    QHBoxLayout *m_partnershipButtons;
    QLabel *m_historyHint;
    QScrollArea *m_historyScroll;
    QWidget *m_historyBody;
    TimelineView *m_timelineView;
    QLabel *m_sourcesHeading;
    QLabel *m_sourcesLabel;
    QLabel *m_wikidataNote;
};

} // namespace twinatlas
