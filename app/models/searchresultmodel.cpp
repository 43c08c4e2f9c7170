// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultmodel.h"

#include "db/countrynames.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>
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
    m_alsoCalled.clear();
    m_countryNames.reserve(m_hits.size());
    for (const SearchHit &hit : std::as_const(m_hits))
        m_countryNames << CountryNames::localName(hit.country);
    endResetModel();
}

QString SearchResultModel::alsoCalled(int row) const
{
    const SearchHit &hit = m_hits.at(row);
    auto it = m_alsoCalled.constFind(hit.placeId);
    if (it == m_alsoCalled.constEnd())
        it = m_alsoCalled.insert(hit.placeId, m_search->alsoCalled(hit.placeId, hit.name, m_text));
    return it.value();
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
            // Why a row whose own name does not match is there.
        {
            const QString other = alsoCalled(index.row());
            return other.isEmpty() ? hit.name : tr("%1 (also called %2)").arg(hit.name, other);
        }
        case RegionColumn:
            return hit.region;
        case CountryColumn:
            return m_countryNames.at(index.row());
        case PopulationColumn:
            return hit.population > 0 ? QLocale().toString(hit.population) : QString();
        case PartnersColumn:
            return partners;
        }
        break;
    case Qt::ToolTipRole: {
        QString where = hit.name;
        if (!hit.region.isEmpty() && hit.region != hit.name)
            where += QStringLiteral(", ") + hit.region;
        where += QStringLiteral(", ") + m_countryNames.at(index.row());
        if (const QString other = alsoCalled(index.row()); !other.isEmpty())
            where += u'\n' + tr("Also called %1").arg(other);
        if (hit.population > 0)
            where += u'\n' + tr("Population: %1").arg(QLocale().toString(hit.population));
        if (partners == 0)
            return where + u'\n' + tr("No partners in the atlas");
        return where + u'\n' + tr("Partners: %n", nullptr, partners);
    }
    case Qt::ForegroundRole:
        // Places without partners are findable too, but have nothing to show: say so quietly.
        if (partners == 0 && index.column() == PartnersColumn)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PartnersColumn || index.column() == PopulationColumn)
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
    case RegionColumn:
        return tr("Region");
    case CountryColumn:
        return tr("Country");
    case PopulationColumn:
        return tr("Population");
    case PartnersColumn:
        return tr("Partners");
    }
    return {};
}

} // namespace twinatlas
