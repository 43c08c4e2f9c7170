// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidatemarkeroverlay.h"
#include "geo/lonlat.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;

namespace twinatlas {

class GazetteerIndex;
class ImportPlan;
class ImportReviewFilterModel;
class ImportReviewModel;

/**
 * The review before anything is written: every row of the list with what its places resolved
 * to, how and how sure, filterable to the rows that wait for a decision. For the selected
 * row's place or partner: its candidates (choosing one resolves it, in every row that names
 * it so), coordinates to create it as a new place, or skip it.
 */
class ImportReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ImportReviewPage(QWidget *parent = nullptr);
    ~ImportReviewPage() override;

    /** plan must outlive the page or be replaced first. */
    void setPlan(ImportPlan *plan);

    /** Selects the row of a record, through the filter (false if the filter hides it). */
    bool selectRecord(int record);
    /** The reference the decision controls act on, or -1. */
    int currentReference() const { return m_reference; }
    /** Resolves the current reference to its candidate at row (of the candidate list). */
    bool chooseCandidate(int row);
    /** Creates the current reference as a new place at "lat, lon"; false with a message if not. */
    bool placeAtTypedCoordinates();
    void skipCurrent();
    QString summaryText() const;

    ImportReviewModel *model() const { return m_model; }
    ImportReviewFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const { return m_view; }
    QCheckBox *onlyDoubtfulBox() const { return m_onlyDoubtful; }
    QListWidget *candidateList() const { return m_candidates; }
    QLineEdit *coordinatesEdit() const { return m_coordinates; }
    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *skipButton() const { return m_skip; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    /** The user looks at a place of the atlas (a candidate, a match): show it on the map. */
    void placeShown(qint64 placeId, twinatlas::LonLat position);
    /** The candidates of the name looked at, numbered as listed (none: nothing to show). */
    void candidatesShown(const QVector<twinatlas::CandidateMarker> &markers, int current);
    /** A decision changed what the import would write. */
    void planChanged();

private:
    void currentRowChanged();
    void showReference(int reference);
    void candidateChanged();
    QVector<CandidateMarker> candidateMarkers() const;
    void decided();

    ImportPlan *m_plan = nullptr;
    ImportReviewModel *m_model;
    ImportReviewFilterModel *m_filter;
    QTableView *m_view;
    QCheckBox *m_onlyDoubtful;
    QLabel *m_summary;
    QRadioButton *m_placeSide;
    QRadioButton *m_partnerSide;
    QLabel *m_reason;
    QListWidget *m_candidates;
    QPushButton *m_choose;
    QLineEdit *m_coordinates;
    QPushButton *m_create;
    QPushButton *m_skip;
    QLabel *m_decisionError;
    int m_record = -1;
    int m_reference = -1;
};

} // namespace twinatlas
