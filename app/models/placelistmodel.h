// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/atlasreader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace twinatlas {

/**
 * The places that have partnerships, one row each: name, country and number of partners.
 * Sort and filter through PlaceSortFilterModel; the rows stay in the order they were given.
 */
class PlaceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountryColumn, PartnersColumn, ColumnCount };
    enum Role {
        PlaceIdRole = Qt::UserRole + 1, ///< qint64
        SortRole,                       ///< the raw value to sort by (name, country name, count)
    };

    explicit PlaceListModel(QObject *parent = nullptr);

    void setPlaces(QVector<PlaceSummary> places);
    const QVector<PlaceSummary> &places() const { return m_places; }

    /** The place a row of this model shows; index must be valid and of this model. */
    const PlaceSummary &placeAt(const QModelIndex &index) const;
    /** The first column's index of a place, or an invalid index if it is not listed. */
    QModelIndex indexOfPlace(qint64 placeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<PlaceSummary> m_places;
    QVector<QString> m_countryNames; ///< resolved once: CountryNames per row
    QHash<qint64, int> m_rowOfPlace;
};

} // namespace twinatlas
