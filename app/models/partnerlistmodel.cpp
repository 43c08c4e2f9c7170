// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnerlistmodel.h"

#include "db/countrynames.h"
#include "partnershiptext.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace twinatlas {

PartnerListModel::PartnerListModel(QObject *parent) : QAbstractTableModel(parent) {}

void PartnerListModel::setPartners(qint64 placeId, QVector<PartnerEntry> entries)
{
    beginResetModel();
    m_placeId = placeId;
    m_entries = placeId == 0 ? QVector<PartnerEntry>() : std::move(entries);
    m_countryNames.clear();
    m_countryNames.reserve(m_entries.size());
    for (const PartnerEntry &entry : std::as_const(m_entries))
        m_countryNames << CountryNames::localName(entry.partner.country);
    endResetModel();
}

const PartnerEntry &PartnerListModel::entryAt(const QModelIndex &index) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    return m_entries.at(index.row());
}

QModelIndex PartnerListModel::indexOfPartnership(qint64 partnershipId) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).partnership.id == partnershipId)
            return index(row, PartnerColumn);
    return {};
}

int PartnerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PartnerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerListModel::displayData(const PartnerEntry &entry, int column) const
{
    const Partnership &p = entry.partnership;
    switch (column) {
    case PartnerColumn:
        return entry.partner.name;
    case CountryColumn:
        return CountryNames::localName(entry.partner.country);
    case KindColumn:
        return PartnershipText::kind(p.kind);
    case StatusColumn:
        return PartnershipText::status(p.status);
    case YearsColumn:
        return PartnershipText::years(p.startDate, p.endDate, p.status);
    case DistanceColumn:
        return PartnershipText::distance(entry.distanceMeters);
    }
    return {};
}

QVariant PartnerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PartnerEntry &entry = m_entries.at(index.row());
    const bool inactive = PartnershipText::isInactive(entry.partnership.status);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CountryColumn)
            return m_countryNames.at(index.row());
        return displayData(entry, index.column());
    case Qt::ToolTipRole: {
        const Partnership &p = entry.partnership;
        QString text = tr("%1, %2: %3, %4")
                               .arg(entry.partner.name, m_countryNames.at(index.row()),
                                    QLocale().toLower(PartnershipText::kind(p.kind)),
                                    QLocale().toLower(PartnershipText::status(p.status)));
        const QString years = PartnershipText::years(p.startDate, p.endDate, p.status);
        if (!years.isEmpty())
            text += tr(" (%1)").arg(years);
        return text;
    }
    case Qt::ForegroundRole:
        if (inactive)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (inactive) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DistanceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PartnershipIdRole:
        return entry.partnership.id;
    case PartnerIdRole:
        return entry.partner.id;
    case InactiveRole:
        return inactive;
    case StatusRole:
        return entry.partnership.status;
    }
    return {};
}

QVariant PartnerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PartnerColumn:
        return tr("Partner");
    case CountryColumn:
        return tr("Country");
    case KindColumn:
        //: Column: the kind of partnership (twin town, sister city, friendship city…).
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case YearsColumn:
        return tr("Years");
    case DistanceColumn:
        return tr("Distance");
    }
    return {};
}

} // namespace twinatlas
