// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultmodel.h"

#include "db/countrynames.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace twinatlas {

SearchResultModel::SearchResultModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_search(std::make_unique<PlaceSearch>(std::move(db)))
{
}

SearchResultModel::~SearchResultModel() = default;

void SearchResultModel::setPartnerCounts(QHash<qint64, int> counts)
{
    m_partnerCounts = std::move(counts);
    if (!m_hits.isEmpty())
        emit dataChanged(index(0, PartnersColumn), index(rowCount() - 1, PartnersColumn));
}

void SearchResultModel::search(const QString &text)
{
    beginResetModel();
    m_text = text;
    m_hits = text.trimmed().isEmpty() ? QVector<SearchHit>() : m_search->search(text, maximumHits);
    m_countryNames.clear();
    m_countryNames.reserve(m_hits.size());
    for (const SearchHit &hit : std::as_const(m_hits))
        m_countryNames << CountryNames::localName(hit.country);
    endResetModel();
}

const SearchHit &SearchResultModel::hitAt(const QModelIndex &index) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    return m_hits.at(index.row());
}

QModelIndex SearchResultModel::indexOfPlace(qint64 placeId) const
{
    for (int row = 0; row < m_hits.size(); ++row)
        if (m_hits.at(row).placeId == placeId)
            return index(row, NameColumn);
    return {};
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    const int partners = m_partnerCounts.value(hit.placeId);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return hit.name;
        case CountryColumn:
            return m_countryNames.at(index.row());
        case PartnersColumn:
            return partners;
        }
        break;
    case Qt::ToolTipRole:
        if (partners == 0)
            return tr("%1, %2\nNo partners in the atlas").arg(hit.name, m_countryNames.at(index.row()));
        return tr("%1, %2\nPartners: %n", nullptr, partners)
                .arg(hit.name, m_countryNames.at(index.row()));
    case Qt::ForegroundRole:
        // Places without partners are findable too, but have nothing to show: say so quietly.
        if (partners == 0 && index.column() == PartnersColumn)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PartnersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PlaceIdRole:
        return hit.placeId;
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
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
