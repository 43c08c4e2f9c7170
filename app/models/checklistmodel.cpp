// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistmodel.h"

#include "db/countrynames.h"
#include "partnershiptext.h"

#include <QFont>
#include <QPalette>

namespace twinatlas {

ChecklistModel::ChecklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ChecklistModel::setItems(qint64 placeId, QVector<ChecklistItem> items)
{
    beginResetModel();
    m_placeId = placeId;
    m_items = std::move(items);
    m_countryNames.clear();
    for (const ChecklistItem &item : std::as_const(m_items))
        m_countryNames << CountryNames::localName(item.country);
    endResetModel();
}

int ChecklistModel::rowOfPartner(qint64 partnerId) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).partnerId == partnerId)
            return row;
    return -1;
}

QString ChecklistModel::stateText(ChecklistItem::State state)
{
    switch (state) {
    case ChecklistItem::State::Received:
        return tr("Received");
    case ChecklistItem::State::Wanted:
        return tr("Wanted");
    case ChecklistItem::State::NotYet:
        break;
    }
    return tr("Not yet");
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ChecklistItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PartnerColumn:
            return item.partnerName;
        case CountryColumn:
            return m_countryNames.at(index.row());
        case StateColumn:
            return stateText(item.state);
        case DateColumn:
            return item.receivedDate.isEmpty() ? QString()
                                               : PartnershipText::date(item.receivedDate);
        case NoteColumn:
            return item.note;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NoteColumn && !item.note.isEmpty())
            return item.note;
        break;
    case Qt::FontRole:
        // The cards in hand stand out; the rest is what is still to collect.
        if (item.state == ChecklistItem::State::Received && index.column() == StateColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ForegroundRole:
        if (item.state == ChecklistItem::State::NotYet && index.column() == StateColumn)
            return QPalette().brush(QPalette::PlaceholderText);
        break;
    case PartnerIdRole:
        return item.partnerId;
    case StateRole:
        return int(item.state);
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PartnerColumn:
        return tr("Partner");
    case CountryColumn:
        return tr("Country");
    case StateColumn:
        //: Column of the postcard checklist: whether the postcard from this partner came.
        return tr("Card");
    case DateColumn:
        return tr("Received on");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace twinatlas
