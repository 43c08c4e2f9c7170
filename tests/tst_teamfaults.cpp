// SPDX-License-Identifier: GPL-3.0-or-later
// What goes wrong between a desktop and its team server, for real: a wrong password, no server,
// a server whose certificate is not the one trusted, a server set up by a newer program, the
// server killed in the middle of a push, the connection dropped in the middle of a pull, and a
// push that reached the server but not the desktop's books. Each is a clear message; the local
// atlas is intact; nothing on the server is half-written or written twice.
#include "edit/rowstore.h"
#include "edittesting.h"
#include "teamtesting.h"
#include "testatlas.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;
using namespace twinatlas::testing;

class tst_TeamFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusedConnection_data();
    void refusedConnection();
    void verifiedTlsConnects();
    void newerServerIsNotTouched();
    void databaseWithoutTeamAtlas();
    void serverKilledDuringPush();
    void connectionDroppedDuringPull();
    void pushReachedTheServerButNotTheBooks();

private:
    TeamServerAddress address(const QString &user) const
    {
        return m_server.socketAddress(m_database, user);
    }
    TeamSyncReport sync(TeamDesktop &desk, const QString &user,
                        std::function<void(TeamServer::Step)> hook = {})
    {
        return desk.sync(address(user), TeamTestServer::password(user), std::move(hook));
    }
    /** Changes the note of every bundled partnership (5) and adds `events` events. */
    void edit(TeamDesktop &desk, const QString &text, int events = 0)
    {
        RowStore rows(desk.db());
        QSqlQuery q(desk.db());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM partnerships ORDER BY id")));
        QVector<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        for (qint64 id : ids) {
            auto p = rows.partnership(id);
            p->note = text;
            ChangeSet set;
            set.update(*p);
            QVERIFY(desk.edit(set).ok);
        }
        for (int i = 0; i < events; ++i) {
            EventRow e;
            e.partnershipId = ids.at(i % ids.size());
            e.date = QStringLiteral("2025");
            e.type = QStringLiteral("exchange");
            e.description = QStringLiteral("%1 %2").arg(text).arg(i);
            ChangeSet set;
            set.insert(e);
            QVERIFY(desk.edit(set).ok);
        }
    }
    QStringList server(const QString &sql) { return serverColumn(m_server, m_database, sql); }

    QTemporaryDir m_dir;
    QString m_template;
    TeamTestServer m_server;
    QString m_database;
    std::unique_ptr<TeamDesktop> m_a;
    std::unique_ptr<TeamDesktop> m_b;
};

void tst_TeamFaults::initTestCase()
{
    m_template = buildSmallAtlas(m_dir.path(), QStringLiteral("template.sqlite"));
    QVERIFY(!m_template.isEmpty());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void tst_TeamFaults::init()
{
    m_database = m_server.newTeamDatabase();
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_server.error()));
    m_a = std::make_unique<TeamDesktop>(m_template, m_dir.filePath(QStringLiteral("a.sqlite")));
    m_b = std::make_unique<TeamDesktop>(m_template, m_dir.filePath(QStringLiteral("b.sqlite")));
    QVERIFY(m_a->isOk() && m_b->isOk());
}

void tst_TeamFaults::cleanup()
{
    m_a.reset();
    m_b.reset();
}

void tst_TeamFaults::refusedConnection_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("detail");

    QTest::newRow("wrong password")
            << "password" << int(TeamError::Kind::Authentication)
            << "The team server refused the user name or password for alice. Check both and connect "
               "again; the local atlas is unchanged."
            << "password authentication failed for user \"alice\"";
    QTest::newRow("unknown user")
            << "user" << int(TeamError::Kind::Authentication)
            << "The team server refused the user name or password for mallory. Check both and "
               "connect again; the local atlas is unchanged."
            << "password authentication failed for user \"mallory\"";
    QTest::newRow("no server there")
            << "port" << int(TeamError::Kind::Unreachable)
            << "The team server alice@127.0.0.1:%PORT%/%DB% cannot be reached. Check the address and "
               "the network; the local atlas is unchanged and keeps working."
            << "Connection refused";
    QTest::newRow("certificate of another server")
            << "certificate" << int(TeamError::Kind::Certificate)
            << "The team server alice@127.0.0.1:%PORT%/%DB% could not prove who it is: its "
               "certificate does not match the certificate %CERT%. No connection was made and "
               "nothing was sent; check that this is the team's server and its certificate."
            << "certificate verify failed";
    QTest::newRow("no certificate to trust")
            << "nocertificate" << int(TeamError::Kind::Certificate)
            << "The certificate %CERT% to check the team server alice@127.0.0.1:%PORT%/%DB% with "
               "does not exist. No connection was made and nothing was sent; choose the server's "
               "certificate (or its authority's) in the connection settings."
            << "root certificate file";
}

void tst_TeamFaults::refusedConnection()
{
    QFETCH(QString, fault);
    QFETCH(int, kind);
    QFETCH(QString, message);
    QFETCH(QString, detail);

    edit(*m_a, QStringLiteral("Local work"), 3);
    const AtlasDump before = dumpAtlas(m_a->db());
    TeamServerAddress a = m_server.tlsAddress(m_database, QStringLiteral("alice"), m_server.certificate());
    QString password = TeamTestServer::password(QStringLiteral("alice"));
    int port = m_server.port();
    if (fault == QLatin1String("password")) {
        password = QStringLiteral("not-the-password");
    } else if (fault == QLatin1String("user")) {
        a.user = QStringLiteral("mallory");
    } else if (fault == QLatin1String("port")) {
        // A port nobody listens on: the server's own, less one, is free or refuses.
        port = m_server.port() == 65535 ? 1 : m_server.port() + 1;
        a.port = port;
        a.sslMode = QStringLiteral("disable");
    } else if (fault == QLatin1String("certificate")) {
        a.certificate = m_server.otherCertificate();
    } else if (fault == QLatin1String("nocertificate")) {
        a.certificate = m_dir.filePath(QStringLiteral("nowhere.crt"));
    }
    message.replace(QStringLiteral("%PORT%"), QString::number(port))
            .replace(QStringLiteral("%DB%"), m_database)
            .replace(QStringLiteral("%CERT%"), a.certificate);

    const TeamSyncReport report = m_a->sync(a, password);
    QCOMPARE(int(report.error.kind), kind);
    QCOMPARE(report.error.message, message);
    QVERIFY2(report.error.detail.contains(detail), qPrintable(report.error.detail));
    QCOMPARE(dumpDifference(dumpAtlas(m_a->db()), before), QStringLiteral("no difference"));
}

void tst_TeamFaults::verifiedTlsConnects()
{
    const TeamServerAddress a = m_server.tlsAddress(m_database, QStringLiteral("alice"), m_server.certificate());
    const TeamSyncReport report = m_a->sync(a, TeamTestServer::password(QStringLiteral("alice")));
    QVERIFY2(report.ok(), qPrintable(report.error.text()));
    QVERIFY(report.sent > 0);
    // It was encrypted: the server says so about connections of alice.
    TeamServer probe;
    QVERIFY(probe.open(a, TeamTestServer::password(QStringLiteral("alice"))));
    QSqlQuery q(probe.database());
    QVERIFY(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && q.next());
    QVERIFY(q.value(0).toBool());
}

void tst_TeamFaults::newerServerIsNotTouched()
{
    QVERIFY(m_server.superuser(m_database, {QStringLiteral("UPDATE twinatlas.meta SET value = '99' WHERE key = 'schema_version'")}));
    const AtlasDump before = dumpAtlas(m_a->db());
    const TeamSyncReport report = sync(*m_a, QStringLiteral("alice"));
    QCOMPARE(report.error.kind, TeamError::Kind::ServerTooNew);
    QCOMPARE(report.error.message,
             QStringLiteral("The team atlas on alice@%1/%2 was set up by a newer Twinatlas (its schema "
                            "is version 99; this Twinatlas knows up to version 1). Update Twinatlas to "
                            "sync with it; nothing was sent or received.")
                     .arg(m_server.dir(), m_database));
    QCOMPARE(dumpDifference(dumpAtlas(m_a->db()), before), QStringLiteral("no difference"));
    QCOMPARE(server(QStringLiteral("SELECT count(*) FROM twinatlas.partnerships")), QStringList{QStringLiteral("0")});
}

void tst_TeamFaults::databaseWithoutTeamAtlas()
{
    QVERIFY(m_server.superuser(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE %1_empty").arg(m_database)}));
    const TeamServerAddress a = m_server.socketAddress(m_database + QStringLiteral("_empty"), QStringLiteral("alice"));
    const TeamSyncReport report = m_a->sync(a, TeamTestServer::password(QStringLiteral("alice")));
    QCOMPARE(report.error.kind, TeamError::Kind::NoTeamAtlas);
    QVERIFY2(report.error.message.contains(QStringLiteral("holds no team atlas. Its administrator sets one up "
                                                          "with: twinatlas server init 'postgresql://alice@")),
             qPrintable(report.error.message));
}

void tst_TeamFaults::serverKilledDuringPush()
{
    // Twice: the second brings the audit of the first, so that the next pull brings nothing.
    QVERIFY(sync(*m_a, QStringLiteral("alice")).ok());
    QVERIFY(sync(*m_a, QStringLiteral("alice")).ok());
    edit(*m_a, QStringLiteral("Before the crash"), 20);
    const AtlasDump before = dumpAtlas(m_a->db());
    const QStringList auditBefore = server(QStringLiteral("SELECT count(*) FROM twinatlas.audit"));

    bool killed = false;
    const TeamSyncReport report = sync(*m_a, QStringLiteral("alice"), [&](TeamServer::Step step) {
        if (step == TeamServer::Step::PushWritten)
            killed = m_server.kill();
    });
    QVERIFY(killed);
    QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
    QCOMPARE(report.error.kind, TeamError::Kind::Lost);
    QCOMPARE(report.error.message,
             QStringLiteral("The connection to the team server alice@%1/%2 was lost. Nothing was sent; "
                            "your changes stay in this atlas and go with the next sync.")
                     .arg(m_server.dir(), m_database));
    // All or nothing: none of the 25 changes is on the server, all are still here.
    QCOMPARE(server(QStringLiteral("SELECT count(*) FROM twinatlas.audit")), auditBefore);
    QCOMPARE(server(QStringLiteral("SELECT count(*) FROM twinatlas.events WHERE description LIKE 'Before the crash%'")),
             QStringList{QStringLiteral("0")});
    QCOMPARE(dumpDifference(dumpAtlas(m_a->db()), before), QStringLiteral("no difference"));

    // Retried later: each change arrives once.
    const TeamSyncReport retry = sync(*m_a, QStringLiteral("alice"));
    QVERIFY2(retry.ok(), qPrintable(retry.error.text()));
    QCOMPARE(retry.sent, 25);
    QCOMPARE(server(QStringLiteral("SELECT count(*) FROM twinatlas.events WHERE description LIKE 'Before the crash%'")),
             QStringList{QStringLiteral("20")});
    QCOMPARE(server(QStringLiteral("SELECT count(*) FROM twinatlas.audit a JOIN twinatlas.events e ON e.uid = a.key"
                                   " WHERE a.kind = 'event' AND e.description LIKE 'Before the crash%'")),
             QStringList{QStringLiteral("20")});
    QCOMPARE(sync(*m_a, QStringLiteral("alice")).sent, 0);
}

void tst_TeamFaults::connectionDroppedDuringPull()
{
    QVERIFY(sync(*m_a, QStringLiteral("alice")).ok());
    QVERIFY(sync(*m_b, QStringLiteral("bob")).ok());
    edit(*m_a, QStringLiteral("For Bob"), 10);
    QVERIFY(sync(*m_a, QStringLiteral("alice")).ok());
    const AtlasDump before = dumpAtlas(m_b->db());

    const TeamSyncReport report = sync(*m_b, QStringLiteral("bob"), [&](TeamServer::Step step) {
        if (step == TeamServer::Step::PullRead)
            QVERIFY(m_server.superuser(QStringLiteral("postgres"),
                                       {QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                                       " WHERE usename = 'bob' AND datname = '%1'")
                                                .arg(m_database)}));
    });
    QCOMPARE(report.error.kind, TeamError::Kind::Lost);
    QCOMPARE(report.error.message,
             QStringLiteral("The connection to the team server bob@%1/%2 was lost. Nothing was "
                            "received; the local atlas is unchanged.")
                     .arg(m_server.dir(), m_database));
    QCOMPARE(dumpDifference(dumpAtlas(m_b->db()), before), QStringLiteral("no difference"));

    const TeamSyncReport retry = sync(*m_b, QStringLiteral("bob"));
    QVERIFY2(retry.ok(), qPrintable(retry.error.text()));
    QCOMPARE(retry.changed.value(TeamKind::Partnership), 5);
    QCOMPARE(retry.added.value(TeamKind::Event), 10);
    QCOMPARE(sharedDifference(m_b->shared(), m_a->shared()), QString());
}

void tst_TeamFaults::pushReachedTheServerButNotTheBooks()
{
    QVERIFY(sync(*m_a, QStringLiteral("alice")).ok());
    edit(*m_a, QStringLiteral("Sent once"), 5);
    // Another program holds the atlas's write lock when the server's answer comes: the desktop
    // cannot note what it sent (as if it had crashed right after the server's commit).
    AtlasDatabase other;
    QVERIFY(m_a->atlas().openAnother(other, AtlasDatabase::Mode::ReadWrite));
    QSqlQuery lock(other.connection());
    const TeamSyncReport report = sync(*m_a, QStringLiteral("alice"), [&](TeamServer::Step step) {
        if (step == TeamServer::Step::PushCommitted) {
            QSqlQuery busy(m_a->db());
            busy.exec(QStringLiteral("PRAGMA busy_timeout = 100"));
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        }
    });
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(report.error.kind, TeamError::Kind::Atlas);
    QCOMPARE(report.error.message,
             QStringLiteral("Your changes were sent, but this atlas could not note that they were. "
                            "Nothing is lost: the next sync sorts it out."));
    QCOMPARE(server(QStringLiteral("SELECT count(*) FROM twinatlas.events WHERE description LIKE 'Sent once%'")),
             QStringList{QStringLiteral("5")});

    // The next sync finds its own changes on the server and sends nothing twice.
    const TeamSyncReport next = sync(*m_a, QStringLiteral("alice"));
    QVERIFY2(next.ok(), qPrintable(next.error.text()));
    QCOMPARE(next.sent, 0);
    QCOMPARE(next.conflicts, 0);
    QCOMPARE(server(QStringLiteral("SELECT count(*) FROM twinatlas.audit WHERE key IN"
                                   " (SELECT uid FROM twinatlas.events WHERE description LIKE 'Sent once%')")),
             QStringList{QStringLiteral("5")});
    QCOMPARE(server(QStringLiteral("SELECT count(*) FROM twinatlas.audit WHERE kind = 'partnership' AND action = 'changed'")),
             QStringList{QStringLiteral("5")});
    QVERIFY(sync(*m_b, QStringLiteral("bob")).ok());
    QCOMPARE(sharedDifference(m_b->shared(), m_a->shared()), QString());
}

QTEST_GUILESS_MAIN(tst_TeamFaults)
#include "tst_teamfaults.moc"
