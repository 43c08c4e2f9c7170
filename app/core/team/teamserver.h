// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamchange.h"
#include "teamerror.h"
#include "teamrecord.h"
#include "teamserveraddress.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <functional>

namespace twinatlas {

/** What the server holds that changed since a version: rows by kind, and the audit. */
struct TeamPull
{
    QHash<TeamKind, QVector<TeamRecord>> records;
    QVector<TeamChange> history;
    qint64 version = 0; ///< the highest version seen: where the next pull starts
    qint64 historyId = 0;
};

/** What a push wrote: the rows the server took, as it now holds them, by kind. */
struct TeamPush
{
    QHash<TeamKind, QVector<TeamRecord>> accepted;
    /** Rows changed on the server since this desktop's last pull: left for the next sync. */
    int stale = 0;
    /**
     * The highest version on the server when the push began (no one else writes during a
     * push): if it is where the desktop's pull ended, every version up to the push's own is
     * known to the desktop, and its next pull need not fetch its own rows back.
     */
    qint64 versionBefore = 0;
};

/**
 * A connection to a team atlas on PostgreSQL (Qt's QPSQL driver), in the thread that made it.
 * pull() reads in one repeatable-read transaction, push() writes in one transaction: whole or
 * not at all, and a row is only written where the server still has the version this desktop
 * last saw, so that nothing another desktop sent meanwhile is overwritten unseen. Every
 * failure is a TeamError in the user's words.
 */
class TeamServer
{
public:
    /** Where a test may break the connection. */
    enum class Step { PullRead, PushWritten, PushCommitted };

    TeamServer();
    ~TeamServer();
    TeamServer(const TeamServer &) = delete;
    TeamServer &operator=(const TeamServer &) = delete;

    /** Connects; an empty password leaves it to libpq (PGPASSWORD, ~/.pgpass). */
    bool open(const TeamServerAddress &address, const QString &password = QString());
    void close();
    bool isOpen() const;
    QSqlDatabase database() const;
    const TeamServerAddress &address() const { return m_address; }
    const TeamError &error() const { return m_error; }

    /**
     * Checks that the database holds a team atlas this program understands, and upgrades an
     * older one where the user may. Reads the team's id and what the user may do.
     */
    bool checkSchema();
    QString teamId() const { return m_teamId; }
    /** The login the server records changes under. */
    QString userName() const { return m_userName; }
    bool canWrite() const { return m_canWrite; }

    bool pull(qint64 sinceVersion, qint64 sinceHistory, TeamPull *out);
    bool push(const QHash<TeamKind, QVector<TeamRecord>> &changes, TeamPush *out);

    void setStepHook(std::function<void(Step)> hook) { m_hook = std::move(hook); }

private:
    bool fail(const QSqlError &error, const QString &consequence);
    bool failRollback(const QSqlError &error, const QString &consequence);

    QString m_connectionName;
    TeamServerAddress m_address;
    TeamError m_error;
    QString m_teamId;
    QString m_userName;
    bool m_canWrite = false;
    std::function<void(Step)> m_hook;
};

} // namespace twinatlas
