// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace twinatlas {

/**
 * The review table as the user narrows and sorts it: all rows, or only those that wait for a
 * decision (a doubtful or unresolved side). Sorts by ImportReviewModel::SortRole, so that
 * lines and confidences sort as numbers.
 */
class ImportReviewFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ImportReviewFilterModel(QObject *parent = nullptr);

    bool onlyNeedingReview() const { return m_onlyNeedingReview; }
    void setOnlyNeedingReview(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_onlyNeedingReview = false;
};

} // namespace twinatlas
