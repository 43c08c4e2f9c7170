// SPDX-License-Identifier: GPL-3.0-or-later
#include "placelistmodel.h"

#include "db/countrynames.h"

namespace twinatlas {

PlaceListModel::PlaceListModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlaceListModel::setPlaces(QVector<PlaceSummary> places)
{
    beginResetModel();
    m_places = std::move(places);
    m_countryNames.clear();
    m_countryNames.reserve(m_places.size());
    m_rowOfPlace.clear();
    m_rowOfPlace.reserve(m_places.size());
    for (int row = 0; row < m_places.size(); ++row) {
        m_countryNames << CountryNames::localName(m_places.at(row).country);
        m_rowOfPlace.insert(m_places.at(row).id, row);
    }
    endResetModel();
}

const PlaceSummary &PlaceListModel::placeAt(const QModelIndex &index) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    return m_places.at(index.row());
}

QModelIndex PlaceListModel::indexOfPlace(qint64 placeId) const
{
    const auto it = m_rowOfPlace.constFind(placeId);
    return it == m_rowOfPlace.cend() ? QModelIndex() : index(*it, NameColumn);
}

int PlaceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_places.size());
}

int PlaceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlaceSummary &place = m_places.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return place.name;
        case CountryColumn:
            return m_countryNames.at(index.row());
        case PartnersColumn:
            return place.partnerCount;
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1, %2\nPartners: %n", nullptr, place.partnerCount)
                .arg(place.name, m_countryNames.at(index.row()));
    case Qt::TextAlignmentRole:
        if (index.column() == PartnersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PlaceIdRole:
        return place.id;
    }
    return {};
}

QVariant PlaceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Place");
    case CountryColumn:
        return tr("Country");
    case PartnersColumn:
        return tr("Partners");
    }
    return {};
}

} // namespace twinatlas
