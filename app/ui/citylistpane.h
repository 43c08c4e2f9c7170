// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/atlasreader.h"
#include "geo/lonlat.h"

#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QStackedWidget;
class QTreeView;

namespace twinatlas {

class AtlasSelection;
class PlaceListModel;
class PlaceSortFilterModel;
class SearchResultModel;

/**
 * The list of places that have partnerships, sortable by name, country and number of partners,
 * with a search field above it that finds any of the gazetteer's places by any of its names.
 * Clicking a row or pressing Enter selects the place (and asks the map to go there); a place
 * selected elsewhere becomes the list's current row.
 */
class CityListPane : public QWidget
{
    Q_OBJECT

public:
    CityListPane(QSqlDatabase db, AtlasSelection *selection, QWidget *parent = nullptr);
    ~CityListPane() override;

    /** Ctrl+F: focuses the search field. Add it to the window too, so it works from anywhere. */
    QAction *findAction() const { return m_findAction; }
    QLineEdit *searchField() const { return m_searchEdit; }
    /** The view shown now: the place list, or the search results while there is a search. */
    QTreeView *currentView() const;
    /** The place of the current row of the view shown, or 0. */
    qint64 currentPlaceId() const;
    PlaceListModel *placeModel() const { return m_placeModel; }
    SearchResultModel *searchModel() const { return m_searchModel; }

    QSize sizeHint() const override;

    /** Reads the places and their partner counts again, after the atlas changed. */
    void reload();

signals:
    /** The user chose a place here: the map should move to it. */
    void centerRequested(twinatlas::LonLat position);

private:
    void loadPlaces();
    void searchTextChanged(const QString &text);
    void runSearch();
    void activate(const QModelIndex &index);
    void activateFirstResult();
    void followSelection(qint64 placeId);
    void showCount();
    bool eventFilter(QObject *watched, QEvent *event) override;

    AtlasReader m_reader;
    AtlasSelection *m_selection;
    PlaceListModel *m_placeModel;
    PlaceSortFilterModel *m_sortModel;
    SearchResultModel *m_searchModel;
    QAction *m_findAction;
    QLineEdit *m_searchEdit;
    QStackedWidget *m_stack;
    QTreeView *m_placeView;
    QTreeView *m_resultView;
    QLabel *m_countLabel;
    /** Waits for a pause in typing, used only once a search has proved slow on this machine. */
    QTimer m_searchDelay;
    bool m_searchIsSlow = false;
    bool m_following = false; ///< set while the pane moves its current row to the selection
};

} // namespace twinatlas
