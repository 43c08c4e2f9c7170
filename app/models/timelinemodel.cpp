// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "partnershiptext.h"

namespace twinatlas {

TimelineModel::TimelineModel(QObject *parent) : QAbstractListModel(parent) {}

void TimelineModel::setEvents(qint64 partnershipId, QVector<HistoryEvent> events)
{
    beginResetModel();
    m_partnershipId = partnershipId;
    m_events = partnershipId == 0 ? QVector<HistoryEvent>() : std::move(events);
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HistoryEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1: %2", "date: description")
                .arg(PartnershipText::date(event.date), event.description);
    case Qt::ToolTipRole:
        return event.description;
    case DateRole:
        return PartnershipText::date(event.date);
    case DateIsoRole:
        return event.date;
    case TypeRole:
        return event.type;
    case TypeTextRole:
        return PartnershipText::eventType(event.type);
    case DescriptionRole:
        return event.description;
    case SourceCountRole:
        return int(event.sources.size());
    case EventIdRole:
        return event.id;
    }
    return {};
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DateRole, "date");
    names.insert(DateIsoRole, "dateIso");
    names.insert(TypeRole, "type");
    names.insert(TypeTextRole, "typeText");
    names.insert(DescriptionRole, "description");
    names.insert(SourceCountRole, "sourceCount");
    names.insert(EventIdRole, "eventId");
    return names;
}

} // namespace twinatlas
