// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreviewfiltermodel.h"

#include "importreviewmodel.h"

namespace twinatlas {

ImportReviewFilterModel::ImportReviewFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ImportReviewModel::SortRole);
    setDynamicSortFilter(true);
}

void ImportReviewFilterModel::setOnlyNeedingReview(bool only)
{
    if (only == m_onlyNeedingReview)
        return;
    m_onlyNeedingReview = only;
    invalidateFilter();
}

bool ImportReviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_onlyNeedingReview)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(ImportReviewModel::NeedsReviewRole).toBool();
}

bool ImportReviewFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace twinatlas
