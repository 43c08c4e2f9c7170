// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/atlasrecords.h"

#include <QAbstractTableModel>
#include <QVector>

namespace twinatlas {

/**
 * The partners of one place as AtlasReader::partnersOf gives them (by start date, undated last):
 * partner, country, kind, status, years and distance. Partnerships that have ended or are
 * suspended come back faded and in italics, with their status in words.
 */
class PartnerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PartnerColumn,
        CountryColumn,
        KindColumn,
        StatusColumn,
        YearsColumn,
        DistanceColumn,
        ColumnCount
    };
    enum Role {
        PartnershipIdRole = Qt::UserRole + 1, ///< qint64
        PartnerIdRole,                        ///< qint64, the other place
        InactiveRole,                         ///< bool: ended or suspended, shown faded
        StatusRole,                           ///< QString, as stored ("active", "ended", ...)
    };

    explicit PartnerListModel(QObject *parent = nullptr);

    /** The place whose partners these are, and the partners; placeId 0 empties the list. */
    void setPartners(qint64 placeId, QVector<PartnerEntry> entries);
    qint64 placeId() const { return m_placeId; }

    const PartnerEntry &entryAt(const QModelIndex &index) const;
    QModelIndex indexOfPartnership(qint64 partnershipId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const PartnerEntry &entry, int column) const;

    qint64 m_placeId = 0;
    QVector<PartnerEntry> m_entries;
    QVector<QString> m_countryNames;
};

} // namespace twinatlas
