// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/placesearch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <memory>

namespace twinatlas {

/**
 * The places whose names (or alternate names) start with what the user typed, from the whole
 * gazetteer through PlaceSearch: exact names first, then places with partners, then by
 * population. Each row shows the region (state, province) and the country, the population,
 * how many partners the place has in the atlas, and the other name it was found by ("also
 * called Springfield"), so that namesakes are told apart.
 */
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RegionColumn, CountryColumn, PopulationColumn, PartnersColumn, ColumnCount };
    enum Role {
        PlaceIdRole = Qt::UserRole + 1, ///< qint64
    };

    /** Searches db, an open atlas connection of this thread. */
    explicit SearchResultModel(QSqlDatabase db, QObject *parent = nullptr);
    ~SearchResultModel() override;

    /** Partner counts by place id; places not in it have none. */
    void setPartnerCounts(QHash<qint64, int> counts);

    /** Replaces the rows with the hits for text (none for blank text). */
    void search(const QString &text);
    QString text() const { return m_text; }
    /** How many rows a search shows at most. */
    static constexpr int maximumHits = 100;

    const SearchHit &hitAt(const QModelIndex &index) const;
    int partnerCount(qint64 placeId) const { return m_partnerCounts.value(placeId); }
    QModelIndex indexOfPlace(qint64 placeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::unique_ptr<PlaceSearch> m_search;
    QHash<qint64, int> m_partnerCounts;
    QString m_text;
    QVector<SearchHit> m_hits;
    QVector<QString> m_countryNames;
    /** The other name each shown row matched by, found when the row is first shown. */
    QString alsoCalled(int row) const;
    mutable QHash<qint64, QString> m_alsoCalled;
};

} // namespace twinatlas
