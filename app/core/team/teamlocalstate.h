// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamchange.h"
#include "teammerge.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVector>

namespace twinatlas {

/**
 * What an atlas file remembers of its team atlas, in tables of its own beside the atlas's
 * (made on the first sync, with their own version in team_meta, so that an atlas never
 * connected to a team carries none of them): the team's id and where the last pull ended
 * (team_meta), the base of every shared row (team_base), the conflicts the user has yet to
 * settle (team_conflicts), and the server's audit of the rows (team_history), for the history
 * of a partnership without a connection. Every read checks its errors.
 */
class TeamLocalState
{
public:
    static constexpr int stateVersion = 1;

    // Keys of team_meta.
    static constexpr const char *teamIdKey = "team_id";
    static constexpr const char *serverKey = "server";
    static constexpr const char *userKey = "user";
    static constexpr const char *pulledVersionKey = "pulled_version";
    static constexpr const char *historyIdKey = "history_id";
    static constexpr const char *syncedAtKey = "synced_at";

    explicit TeamLocalState(QSqlDatabase db) : m_db(std::move(db)) { }

    /** Whether this atlas has been synced with a team atlas (its tables exist). */
    bool exists(QString *error = nullptr) const;
    /** Makes the tables where missing; false if they are of a newer program. */
    bool create(QString *error);

    bool readMeta(QHash<QString, QString> *meta, QString *error) const;
    bool setMeta(const QString &key, const QString &value, QString *error);

    bool readBases(QHash<TeamKind, TeamBases> *bases, QString *error) const;
    bool writeBases(TeamKind kind, const QVector<TeamRecord> &records, bool applied,
                    QString *error);

    bool readConflicts(QHash<TeamKind, TeamConflicts> *conflicts, QString *error) const;
    /** All conflicts, in the order they were found. */
    bool readConflicts(QVector<TeamConflict> *conflicts, QString *error) const;
    /** Replaces the conflicts of keys (of kind) with conflicts. */
    bool replaceConflicts(TeamKind kind, const QSet<QString> &keys,
                          const QVector<TeamConflict> &conflicts, QString *error);
    bool removeConflict(TeamKind kind, const QString &key, int field, QString *error);
    int conflictCount(QString *error = nullptr) const;

    bool addHistory(const QVector<TeamChange> &changes, QString *error);
    /** The server's audit of one row, oldest first. */
    bool history(TeamKind kind, const QString &key, QVector<TeamChange> *changes,
                 QString *error) const;

    /** Forgets the team: every table of this class is emptied (to connect another team). */
    bool clear(QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace twinatlas
