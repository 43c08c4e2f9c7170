// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace twinatlas {

/**
 * Sorts the place list as a reader expects: names and countries by the locale's collation
 * (Łódź after Lisbon, not after Zagreb), partner counts numerically with ties by name.
 */
class PlaceSortFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PlaceSortFilterModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace twinatlas
