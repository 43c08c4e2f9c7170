// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers of the team atlas tests: the throwaway PostgreSQL server of the CTest fixture (or
// one of the test's own when run by hand), a database with a team atlas and users on it, and
// simulated desktops: an atlas file each, with its own connections.

#include "db/atlasdatabase.h"
#include "edit/atlaswriter.h"
#include "team/teamserver.h"
#include "team/teamserverschema.h"
#include "team/teamsnapshot.h"
#include "team/teamsync.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <memory>

namespace twinatlas::testing {

/** The server the tests share: the fixture's, or one started (and stopped) here. */
class TeamTestServer
{
public:
    ~TeamTestServer() { stop(); }

    bool start()
    {
        const QString state = qEnvironmentVariable("TWINATLAS_TEAM_SERVER_STATE");
        if (!state.isEmpty()) {
            QFile f(state);
            if (!f.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("the fixture's state file %1 is missing").arg(state));
            m_dir = QString::fromUtf8(f.readAll()).trimmed();
        } else {
            m_dir = QDir::temp().filePath(QStringLiteral("twinatlas-test-pg.")
                                          + QUuid::createUuid().toString(QUuid::Id128).left(8));
            m_own = true;
            if (!script({QStringLiteral("start"), m_dir}))
                return false;
        }
        QFile env(m_dir + QStringLiteral("/server.env"));
        if (!env.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("no server.env in %1").arg(m_dir));
        for (const QByteArray &line : env.readAll().split('\n')) {
            const int eq = line.indexOf('=');
            if (eq > 0)
                m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        m_port = m_env.value(QStringLiteral("PGPORT")).toInt();
        return m_port > 0 || fail(QStringLiteral("server.env names no port"));
    }

    void stop()
    {
        if (m_own && !m_dir.isEmpty())
            script({QStringLiteral("stop"), m_dir});
        m_own = false;
    }

    /** Stops the server at once, as a crash would; restart() brings it back. */
    bool kill() { return script({QStringLiteral("kill"), m_dir}); }
    bool restart() { return script({QStringLiteral("restart"), m_dir}); }

    QString dir() const { return m_dir; }
    int port() const { return m_port; }
    QString certificate() const { return m_env.value(QStringLiteral("TWINATLAS_TEAM_CERT")); }
    QString otherCertificate() const
    {
        return m_env.value(QStringLiteral("TWINATLAS_TEAM_OTHER_CERT"));
    }
    QString error() const { return m_error; }

    /** The address of database for user over the Unix socket. */
    TeamServerAddress socketAddress(const QString &database, const QString &user) const
    {
        TeamServerAddress a;
        a.host = m_dir;
        a.port = m_port;
        a.database = database;
        a.user = user;
        a.sslMode = QStringLiteral("disable");
        return a;
    }

    /** The address over TCP with TLS, verified against certificate. */
    TeamServerAddress tlsAddress(const QString &database, const QString &user,
                                 const QString &certificate) const
    {
        TeamServerAddress a = socketAddress(database, user);
        a.host = QStringLiteral("127.0.0.1");
        a.sslMode = QStringLiteral("verify-full");
        a.certificate = certificate;
        return a;
    }

    /** Runs SQL as the superuser in database (postgres: the server's own). */
    bool superuser(const QString &database, const QStringList &statements)
    {
        TeamServer s;
        if (!s.open(socketAddress(database, QStringLiteral("postgres"))))
            return fail(s.error().text());
        QSqlDatabase db = s.database();
        QSqlQuery q(db);
        for (const QString &sql : statements)
            if (!q.exec(sql))
                return fail(sql + QStringLiteral(": ") + q.lastError().text());
        return true;
    }

    /** A new database with a team atlas, and the users (created once) as their roles. */
    QString newTeamDatabase()
    {
        const QString name = QStringLiteral("team_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (!superuser(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE ") + name}))
            return {};
        TeamServer s;
        if (!s.open(socketAddress(name, QStringLiteral("postgres")))) {
            fail(s.error().text());
            return {};
        }
        {
            QSqlDatabase db = s.database();
            QString error;
            if (!TeamServerSchema::create(db, &error)) {
                fail(error);
                return {};
            }
        }
        s.close();
        for (const auto &[user, role] : users())
            if (!ensureUser(user, role))
                return {};
        return name;
    }

    static QString password(const QString &user) { return user + QStringLiteral("-secret"); }

    /** The login roles of the tests and their team roles. */
    static QVector<std::pair<QString, QString>> users()
    {
        QVector<std::pair<QString, QString>> u{{QStringLiteral("vera"), QStringLiteral("viewer")},
                                               {QStringLiteral("ada"), QStringLiteral("admin")}};
        for (int i = 0; i < 8; ++i)
            u.append({QStringLiteral("desk%1").arg(i), QStringLiteral("editor")});
        u.append({QStringLiteral("alice"), QStringLiteral("editor")});
        u.append({QStringLiteral("bob"), QStringLiteral("editor")});
        return u;
    }

private:
    bool ensureUser(const QString &user, const QString &role)
    {
        // Roles belong to the whole server, which several test programs share.
        return superuser(QStringLiteral("postgres"),
                         {QStringLiteral("DO $$ BEGIN"
                                         " CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE twinatlas_%3;"
                                         " EXCEPTION WHEN duplicate_object THEN NULL; END $$")
                                  .arg(user, password(user), role)});
    }

    bool script(const QStringList &arguments)
    {
        QProcess p;
        p.start(QStringLiteral(TWINATLAS_TEAM_SERVER_SCRIPT), arguments);
        if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return fail(QStringLiteral("team-server.sh %1 failed: %2")
                                .arg(arguments.join(QLatin1Char(' ')),
                                     QString::fromLocal8Bit(p.readAllStandardError())));
        return true;
    }

    bool fail(const QString &message)
    {
        m_error = message;
        qWarning().noquote() << message;
        return false;
    }

    QString m_dir;
    int m_port = 0;
    bool m_own = false;
    QHash<QString, QString> m_env;
    QString m_error;
};

/** One simulated desktop: its own atlas file and its own connection to the team server. */
class TeamDesktop
{
public:
    TeamDesktop(const QString &templatePath, const QString &path) : m_path(path)
    {
        QFile::remove(path);
        m_ok = QFile::copy(templatePath, path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        m_ok = m_ok && m_atlas.open(path);
        if (m_ok) {
            // Tests may trade durability for speed: nothing here survives a power cut anyway.
            QSqlQuery q(m_atlas.connection());
            q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
        }
    }

    bool isOk() const { return m_ok; }
    AtlasDatabase &atlas() { return m_atlas; }
    QSqlDatabase db() { return m_atlas.connection(); }
    const QString &path() const { return m_path; }

    /** Syncs with the team atlas at address; the hook may break the connection on the way. */
    TeamSyncReport sync(const TeamServerAddress &address, const QString &password,
                        std::function<void(TeamServer::Step)> hook = {})
    {
        TeamServer server;
        TeamSyncReport report;
        if (!server.open(address, password)) {
            report.error = server.error();
            return report;
        }
        server.setStepHook(std::move(hook));
        return TeamSync(m_atlas, server).run();
    }

    ApplyResult edit(const ChangeSet &changes) { return AtlasWriter(m_atlas).apply(changes); }

    /** The shared rows, by kind and uid, for comparing desktops. */
    QHash<TeamKind, TeamRecords> shared()
    {
        TeamSnapshot s;
        QString error;
        QSqlQuery q(db());
        q.exec(QStringLiteral("BEGIN"));
        if (!s.read(db(), &error))
            qWarning().noquote() << error;
        q.exec(QStringLiteral("COMMIT"));
        return s.all();
    }

    qint64 idOf(const QString &table, const QString &uid)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE uid = ?").arg(table));
        q.addBindValue(uid);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    QString valueOf(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
    }

private:
    QString m_path;
    AtlasDatabase m_atlas;
    bool m_ok = false;
};

/** Where two desktops' shared rows first differ; empty when they are the same. */
inline QString sharedDifference(const QHash<TeamKind, TeamRecords> &a,
                                const QHash<TeamKind, TeamRecords> &b)
{
    for (TeamKind kind : TeamKinds::all()) {
        const TeamRecords ra = a.value(kind), rb = b.value(kind);
        for (auto it = ra.constBegin(); it != ra.constEnd(); ++it) {
            if (!rb.contains(it.key()))
                return QStringLiteral("%1 %2 only in the first").arg(TeamKinds::name(kind), it.key());
            if (rb.value(it.key()) != it.value())
                return QStringLiteral("%1 %2: %3 against %4")
                        .arg(TeamKinds::name(kind), it.key(), it.value().values.join(QLatin1Char('|')),
                             rb.value(it.key()).values.join(QLatin1Char('|')));
        }
        for (auto it = rb.constBegin(); it != rb.constEnd(); ++it)
            if (!ra.contains(it.key()))
                return QStringLiteral("%1 %2 only in the second").arg(TeamKinds::name(kind), it.key());
    }
    return {};
}

/** A query's first column over every row, on the team database, as the superuser sees it. */
inline QStringList serverColumn(TeamTestServer &server, const QString &database, const QString &sql)
{
    TeamServer s;
    QStringList values;
    if (!s.open(server.socketAddress(database, QStringLiteral("postgres"))))
        return {s.error().text()};
    QSqlQuery q(s.database());
    if (!q.exec(sql))
        return {q.lastError().text()};
    while (q.next())
        values << q.value(0).toString();
    return values;
}

} // namespace twinatlas::testing
