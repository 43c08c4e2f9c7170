// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamrecord.h"
#include "teamsnapshot.h"

#include "edit/changeset.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace twinatlas {

/**
 * Turns the records a sync writes into one Exact ChangeSet for AtlasWriter, so that the team's
 * rows enter the atlas through the one write path: uids become local ids (placeholders for
 * rows new here), removals go children first, and each row goes in the order its references
 * need. A record whose place or parent this atlas lacks is left out and reported, as is a
 * removal of a row that rows staying here still use.
 */
class TeamChangeBuilder
{
public:
    TeamChangeBuilder(QSqlDatabase db, const TeamSnapshot &snapshot);

    /** The records of kind to write: upserted as they are, or removed when deleted. */
    void setWrites(TeamKind kind, const QVector<TeamRecord> &writes);
    /** Builds the change set; false with error if the atlas could not be read. */
    bool build(QString *error);

    const ChangeSet &changes() const { return m_changes; }
    /** Records not written because a row they refer to is not in this atlas. */
    const QHash<TeamKind, QSet<QString>> &notApplied() const { return m_notApplied; }
    /** Removals not made because rows staying here still refer to the row. */
    const QVector<std::pair<TeamKind, QString>> &keptRemovals() const { return m_kept; }

private:
    bool removeLinks(TeamKind kind);
    bool removeEntities(TeamKind kind);
    bool upsertSources();
    bool upsertPlaces();
    bool upsertPartnerships();
    bool upsertEvents();
    bool upsertLinks(TeamKind kind);
    bool upsertChecklist();
    /** Updates the row of key if the atlas has it, else inserts it under a placeholder. */
    template<class Row>
    bool upsert(TeamKind kind, const QString &key, Row row);

    /** The local id a uid of kind has after the change so far; 0 if it has none. */
    qint64 resolve(TeamKind kind, const QString &uid);
    qint64 lookupPlace(const QString &uid);
    bool removalAllowed(TeamKind kind, const QString &key) const;
    void skip(TeamKind kind, const QString &key) { m_notApplied[kind].insert(key); }
    bool unbury(TeamKind kind, const QString &uid);
    bool bury(TeamKind kind, const QString &uid);
    bool readFailed(const QSqlQuery &q);

    QSqlDatabase m_db;
    const TeamSnapshot &m_snapshot;
    QHash<TeamKind, QVector<TeamRecord>> m_writes;
    QHash<TeamKind, QSet<QString>> m_removed; ///< removed in this change
    QHash<TeamKind, QHash<QString, qint64>> m_new; ///< placeholders of rows added
    QHash<QString, qint64> m_places; ///< uid lookups of places outside the snapshot
    QSet<std::pair<int, QString>> m_needed; ///< rows that rows staying here refer to
    ChangeSet m_changes{ChangeSet::Provenance::Exact};
    QHash<TeamKind, QSet<QString>> m_notApplied;
    QVector<std::pair<TeamKind, QString>> m_kept;
    qint64 m_nextPlaceholder = -1;
    QString m_error;
    QSqlQuery m_placeQuery;
    QSqlQuery m_geonameQuery;
    QSqlQuery m_tombstoneQuery;
};

} // namespace twinatlas
