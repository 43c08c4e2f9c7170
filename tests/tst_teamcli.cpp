// SPDX-License-Identifier: GPL-3.0-or-later
// The team atlas without a window, as an administrator and a member use it: `twinatlas server
// init` sets up an empty database (and says so when it is set up already), `server add-user`
// adds members (an administrator may add others), and `twinatlas sync` syncs an atlas file,
// lists the conflicts it leaves and exits 0, 1 or 2.
#include "teamtesting.h"
#include "testatlas.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;
using namespace twinatlas::testing;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_TeamCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initSetsUpOnce();
    void administratorAddsMembers();
    void syncWithoutWindow();

private:
    Run run(const QStringList &arguments, const QString &password = {}, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/data")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.remove(QStringLiteral("PGPASSWORD"));
        if (!password.isEmpty())
            env.insert(QStringLiteral("PGPASSWORD"), password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TWINATLAS_EXECUTABLE), arguments);
        p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QString url(const QString &database, const QString &user) const
    {
        return m_server.socketAddress(database, user).toUrl();
    }

    QTemporaryDir m_dir;
    QString m_template;
    TeamTestServer m_server;
};

void tst_TeamCli::initTestCase()
{
    m_template = buildSmallAtlas(m_dir.path(), QStringLiteral("template.sqlite"));
    QVERIFY(!m_template.isEmpty());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void tst_TeamCli::initSetsUpOnce()
{
    QVERIFY(m_server.superuser(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE cli_init")}));
    const Run first = run({QStringLiteral("server"), QStringLiteral("init"), url(QStringLiteral("cli_init"), QStringLiteral("postgres"))});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.startsWith(QStringLiteral("Set up a team atlas on postgres@%1/cli_init (schema version 1).").arg(m_server.dir())),
             qPrintable(first.out));
    QCOMPARE(serverColumn(m_server, QStringLiteral("cli_init"), QStringLiteral("SELECT value FROM twinatlas.meta WHERE key = 'schema_version'")),
             QStringList{QStringLiteral("1")});
    const Run again = run({QStringLiteral("server"), QStringLiteral("init"), url(QStringLiteral("cli_init"), QStringLiteral("postgres"))});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("is set up already (schema version 1); nothing to do.")), qPrintable(again.out));

    // A newer team atlas is left alone.
    QVERIFY(m_server.superuser(QStringLiteral("cli_init"), {QStringLiteral("UPDATE twinatlas.meta SET value = '7' WHERE key = 'schema_version'")}));
    const Run newer = run({QStringLiteral("server"), QStringLiteral("init"), url(QStringLiteral("cli_init"), QStringLiteral("postgres"))});
    QCOMPARE(newer.exitCode, 2);
    QVERIFY2(newer.err.contains(QStringLiteral("was set up by a newer Twinatlas (schema version 7; this one knows up to 1). Nothing was changed.")),
             qPrintable(newer.err));
    const Run badUrl = run({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("mysql://x/y")});
    QCOMPARE(badUrl.exitCode, 2);
    QVERIFY2(badUrl.err.contains(QStringLiteral("is not a PostgreSQL address")), qPrintable(badUrl.err));
}

void tst_TeamCli::administratorAddsMembers()
{
    const QString database = m_server.newTeamDatabase();
    QVERIFY(!database.isEmpty());
    const Run admin = run({QStringLiteral("server"), QStringLiteral("add-user"), url(database, QStringLiteral("postgres")),
                           QStringLiteral("cli_admin"), QStringLiteral("--role"), QStringLiteral("administrator")},
                          {}, "admin's 'secret'\n");
    QCOMPARE(admin.exitCode, 0);
    QVERIFY2(admin.out.contains(QStringLiteral("Added cli_admin to the team atlas")), qPrintable(admin.out + admin.err));
    // The administrator adds an editor of their own.
    const Run editor = run({QStringLiteral("server"), QStringLiteral("add-user"), url(database, QStringLiteral("cli_admin")),
                            QStringLiteral("cli_editor")},
                           QStringLiteral("admin's 'secret'"), "editor-pw\n");
    QCOMPARE(editor.exitCode, 0);
    QCOMPARE(serverColumn(m_server, database, QStringLiteral("SELECT pg_has_role('cli_editor', 'twinatlas_editor', 'USAGE')")),
             QStringList{QStringLiteral("true")});
    // An editor may not.
    const Run refused = run({QStringLiteral("server"), QStringLiteral("add-user"), url(database, QStringLiteral("cli_editor")),
                             QStringLiteral("cli_other")},
                            QStringLiteral("editor-pw"), "other-pw\n");
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("cli_other could not be added; nothing was changed: permission denied")),
             qPrintable(refused.err));
    const Run role = run({QStringLiteral("server"), QStringLiteral("add-user"), url(database, QStringLiteral("cli_admin")),
                          QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("owner")},
                         QStringLiteral("admin's 'secret'"), "pw\n");
    QCOMPARE(role.exitCode, 2);
    QVERIFY2(role.err.contains(QStringLiteral("--role is viewer, editor or administrator, not “owner”.")), qPrintable(role.err));
}

void tst_TeamCli::syncWithoutWindow()
{
    const QString database = m_server.newTeamDatabase();
    QVERIFY(!database.isEmpty());
    const QString a = m_dir.filePath(QStringLiteral("cli-a.sqlite"));
    const QString b = m_dir.filePath(QStringLiteral("cli-b.sqlite"));
    for (const QString &path : {a, b}) {
        QFile::remove(path);
        QVERIFY(QFile::copy(m_template, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    const QString alice = TeamTestServer::password(QStringLiteral("alice"));
    const QString bob = TeamTestServer::password(QStringLiteral("bob"));
    const Run first = run({QStringLiteral("sync"), QStringLiteral("--database"), a, url(database, QStringLiteral("alice"))}, alice);
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.startsWith(QStringLiteral("Nothing new came in; ")), qPrintable(first.out + first.err));
    QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--database"), b, url(database, QStringLiteral("bob"))}, bob).exitCode, 0);

    // Both change the note of the same partnership; bob syncs second.
    for (const auto &[path, note] : {std::pair{a, QStringLiteral("From A")}, std::pair{b, QStringLiteral("From B")}}) {
        TeamDesktop desk(path, path + QStringLiteral(".tmp"));
        QVERIFY(desk.isOk());
        QSqlQuery q(desk.db());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("UPDATE partnerships SET note = '%1', modified_at = '2026-01-01T00:00:00.000Z'"
                                      " WHERE uid = 'ddorf-reading'").arg(note)));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        desk.atlas().close();
        QFile::remove(path);
        QVERIFY(QFile::copy(path + QStringLiteral(".tmp"), path));
    }
    QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--database"), a, url(database, QStringLiteral("alice"))}, alice).exitCode, 0);
    const Run clash = run({QStringLiteral("sync"), QStringLiteral("--database"), b, url(database, QStringLiteral("bob"))}, bob);
    QCOMPARE(clash.exitCode, 1);
    const QStringList lines = clash.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    // The program speaks English with its plural forms (LANGUAGE=en).
    QCOMPARE(lines.at(0), QStringLiteral("Nothing new came in; 1 conflict to settle."));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("partnership\tddorf-reading\tNote\tFrom B\tFrom A\talice\t")), qPrintable(lines.at(1)));

    const Run wrong = run({QStringLiteral("sync"), QStringLiteral("--database"), b, url(database, QStringLiteral("bob"))},
                          QStringLiteral("not it"));
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.startsWith(QStringLiteral("twinatlas sync: The team server refused the user name or password for bob.")),
             qPrintable(wrong.err));
    const Run noUrl = run({QStringLiteral("sync"), QStringLiteral("--database"), b});
    QCOMPARE(noUrl.exitCode, 2);
    QVERIFY2(noUrl.err.contains(QStringLiteral("give the URL of the team atlas.")), qPrintable(noUrl.err));
}

QTEST_GUILESS_MAIN(tst_TeamCli)
#include "tst_teamcli.moc"
