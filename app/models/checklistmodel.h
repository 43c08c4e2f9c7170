// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/atlasrecords.h"

#include <QAbstractTableModel>
#include <QVector>

namespace twinatlas {

/**
 * A place's postcard checklist (AtlasReader::checklistOf), one partner per row: the partner,
 * its country, whether its card was received, is wanted or not yet, when it came, and the
 * collector's note (the sender, what the card shows).
 */
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PartnerColumn, CountryColumn, StateColumn, DateColumn, NoteColumn, ColumnCount };
    enum Role {
        PartnerIdRole = Qt::UserRole + 1, ///< qint64
        StateRole, ///< int, ChecklistItem::State
    };

    explicit ChecklistModel(QObject *parent = nullptr);

    void setItems(qint64 placeId, QVector<ChecklistItem> items);
    qint64 placeId() const { return m_placeId; }
    const QVector<ChecklistItem> &items() const { return m_items; }
    const ChecklistItem &itemAt(int row) const { return m_items.at(row); }
    /** The row of a partner, or -1. */
    int rowOfPartner(qint64 partnerId) const;

    /** "Received", "Wanted", "Not yet". */
    static QString stateText(ChecklistItem::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    qint64 m_placeId = 0;
    QVector<ChecklistItem> m_items;
    QVector<QString> m_countryNames;
};

} // namespace twinatlas
