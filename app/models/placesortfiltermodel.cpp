// SPDX-License-Identifier: GPL-3.0-or-later
#include "placesortfiltermodel.h"

#include "placelistmodel.h"

namespace twinatlas {

PlaceSortFilterModel::PlaceSortFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PlaceListModel::SortRole);
}

bool PlaceSortFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (left.column() == PlaceListModel::PartnersColumn) {
        if (a.toInt() != b.toInt())
            return a.toInt() < b.toInt();
    } else {
        const int order = QString::localeAwareCompare(a.toString(), b.toString());
        if (order != 0)
            return order < 0;
    }
    // Ties (same count, same country) read best in name order, whichever way the column sorts.
    const QModelIndex leftName = left.siblingAtColumn(PlaceListModel::NameColumn);
    const QModelIndex rightName = right.siblingAtColumn(PlaceListModel::NameColumn);
    const int byName = QString::localeAwareCompare(leftName.data(sortRole()).toString(),
                                                   rightName.data(sortRole()).toString());
    return sortOrder() == Qt::AscendingOrder ? byName < 0 : byName > 0;
}

} // namespace twinatlas
