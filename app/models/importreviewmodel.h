// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importplan.h"

#include <QAbstractTableModel>

namespace twinatlas {

/**
 * Every row of an import under review: the place and partner as the list writes them, what
 * each resolved to, how and how sure, and what the row will come to (imported, already in the
 * atlas, left out). A decision in the review changes a reference that several rows may share:
 * refresh() then reads every row again.
 */
class ImportReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        PlaceColumn,
        PlaceResolvedColumn,
        PartnerColumn,
        PartnerResolvedColumn,
        HowColumn,
        ConfidenceColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role {
        /** bool: a side is doubtful or unresolved, so the row waits for the user. */
        NeedsReviewRole = Qt::UserRole + 1,
        /** The value to sort by: numbers for the line and the confidence. */
        SortRole
    };

    explicit ImportReviewModel(QObject *parent = nullptr);

    /** plan must outlive the model or be replaced first; null empties it. */
    void setPlan(const ImportPlan *plan);
    const ImportPlan *plan() const { return m_plan; }
    /** Reads every row again after a decision. */
    void refresh();

    /** The record a row shows (rows are records, in file order). */
    int recordOf(const QModelIndex &index) const { return index.row(); }
    /** The reference of a row that most needs a decision: the first side doubtful or unresolved. */
    int referenceToDecide(int record) const;
    bool needsReview(int record) const;
    ImportPlan::RowResult rowResult(int record) const { return m_results.value(record); }

    /** What a reference resolved to, for people: "Springfield, Illinois, US" or why not. */
    QString resolvedText(int reference) const;
    static QString outcomeText(Resolution::Outcome outcome);
    static QString methodText(Resolution::Method method);
    static QString rowResultText(ImportPlan::RowResult result);
    /** A place as the list names it, with its country: "Springfield (USA)". */
    static QString inputText(const PlaceReference &reference);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static bool isOpen(const Resolution &r);


    const ImportPlan *m_plan = nullptr;
    QVector<ImportPlan::RowResult> m_results;
};

} // namespace twinatlas
