// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchindexwriter.h"
#include "upgradereport.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace twinatlas {

/**
 * Merges a newer bundled atlas into the user's, row by stable uid: new bundled rows come in,
 * bundled rows the user has not touched take the new values, rows the user added or changed
 * stay as they are (the user wins when both changed), rows the user deleted stay deleted
 * (tombstones), and rows the new data drops go unless the user's rows still use them.
 * A row counts as touched when it is the user's (origin 'user') or has a modified_at; names and
 * cited sources count as part of their place, partnership or event. Names by language
 * (place_names) from the bundled data follow the new data for every place that has one; those
 * the user fetched (Wikidata) or typed stay, and win over the data's.
 *
 * Works on a connection where the new atlas is attached as "bundled" and a transaction is
 * open; AtlasUpgrader sets that up and commits or rolls back.
 */
class AtlasMerge
{
public:
    AtlasMerge(QSqlDatabase db, const QString &dataVersion);

    bool run(UpgradeReport &report);
    QString errorString() const { return m_error; }

private:
    qint64 exec(const QString &sql, const QVariantMap &values = {});
    qint64 scalar(const QString &sql, const QVariantMap &values = {});
    QList<qint64> ids(const QString &sql, const QVariantMap &values = {});
    bool markForSearch(const QString &sql, const QVariantMap &values = {});
    /** Ends the merge on a failed statement; what it says is SQLite's, with the statement. */
    void fail(const QSqlQuery &q, const QString &sql);

    bool mergeSources(UpgradeCounts &counts);
    bool mergePlaces(UpgradeCounts &counts);
    bool mergePlaceNames();
    bool mergePartnerships(UpgradeCounts &counts);
    bool mergeEvents(UpgradeCounts &counts);
    bool dropEvents(UpgradeReport &report);
    bool dropPartnerships(UpgradeReport &report);
    bool dropPlaces(UpgradeReport &report);
    bool dropSources(UpgradeReport &report);
    void dropTemporaryTables();

    QSqlDatabase m_db;
    QString m_version;
    SearchIndexWriter m_search;
    QString m_error;
    bool m_failed = false;
};

} // namespace twinatlas
