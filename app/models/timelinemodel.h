// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/atlasrecords.h"

#include <QAbstractListModel>
#include <QVector>

namespace twinatlas {

/**
 * The history of one partnership, one row per event in date order (AtlasReader::eventsOf):
 * the date at its own precision, the event type in words and the description, with the
 * event's sources reachable through eventAt().
 */
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        DateRole = Qt::UserRole + 1, ///< QString, "17 November 1989", "1988"
        DateIsoRole,                 ///< QString, as stored
        TypeRole,                    ///< QString, as stored ("signed")
        TypeTextRole,                ///< QString, in words ("Signed")
        DescriptionRole,             ///< QString
        SourceCountRole,             ///< int
        EventIdRole,                 ///< qint64
    };

    explicit TimelineModel(QObject *parent = nullptr);

    /** The events of a partnership; partnershipId 0 empties the timeline. */
    void setEvents(qint64 partnershipId, QVector<HistoryEvent> events);
    qint64 partnershipId() const { return m_partnershipId; }

    const HistoryEvent &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    qint64 m_partnershipId = 0;
    QVector<HistoryEvent> m_events;
};

} // namespace twinatlas
