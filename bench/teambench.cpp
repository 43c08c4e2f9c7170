// SPDX-License-Identifier: GPL-3.0-or-later
#include "teambench.h"

#include "benchreport.h"

#include "db/atlasdatabase.h"
#include "edit/atlaswriter.h"
#include "edit/rowstore.h"
#include "team/teamserver.h"
#include "team/teamserverschema.h"
#include "team/teamsync.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace twinatlas::bench {

namespace {

/** The server of the bench: started in a temporary folder, stopped when this goes. */
class Server
{
public:
    ~Server()
    {
        if (m_started)
            script({QStringLiteral("stop"), m_dir});
    }

    bool start(const QString &dir)
    {
        m_dir = dir;
        if (!script({QStringLiteral("start"), m_dir}))
            return false;
        m_started = true;
        QFile port(m_dir + QStringLiteral("/port"));
        if (!port.open(QIODevice::ReadOnly))
            return false;
        m_port = port.readAll().trimmed().toInt();
        return m_port > 0;
    }

    TeamServerAddress address(const QString &user) const
    {
        TeamServerAddress a;
        a.host = m_dir;
        a.port = m_port;
        a.database = QStringLiteral("twinatlas");
        a.user = user;
        a.sslMode = QStringLiteral("disable");
        return a;
    }

    QString error;

private:
    bool script(const QStringList &arguments)
    {
        QProcess p;
        p.start(QStringLiteral(TWINATLAS_TEAM_SERVER_SCRIPT), arguments);
        if (p.waitForFinished(300000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return true;
        error = QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }

    QString m_dir;
    int m_port = 0;
    bool m_started = false;
};

bool copyAtlas(const QString &from, const QString &to, AtlasDatabase &atlas, QTextStream &err)
{
    if (!QFile::copy(from, to)) {
        err << "team bench: cannot copy " << from << '\n';
        return false;
    }
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    if (!atlas.open(to)) {
        err << "team bench: " << atlas.errorString() << '\n';
        return false;
    }
    return true;
}

// Partnerships between random gazetteer places, as a team that imported lists has them.
bool addPartnerships(AtlasDatabase &atlas, int count, QTextStream &err)
{
    QSqlQuery q(atlas.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM places ORDER BY population DESC LIMIT %1").arg(count)))
        return false;
    QVector<qint64> places;
    while (q.next())
        places << q.value(0).toLongLong();
    QSet<QString> pairs;
    if (!q.exec(QStringLiteral("SELECT min(place_a, place_b), max(place_a, place_b), kind FROM partnerships")))
        return false;
    while (q.next())
        pairs << QStringLiteral("%1-%2-%3").arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong()).arg(q.value(2).toString());
    QRandomGenerator rng(20261207);
    ChangeSet set;
    int added = 0;
    while (added < count) {
        const qint64 a = places.at(rng.bounded(int(places.size())));
        const qint64 b = places.at(rng.bounded(int(places.size())));
        const QString key = QStringLiteral("%1-%2-twin_town").arg(std::min(a, b)).arg(std::max(a, b));
        if (a == b || pairs.contains(key))
            continue;
        pairs << key;
        PartnershipRow p;
        p.placeA = a;
        p.placeB = b;
        p.kind = QStringLiteral("twin_town");
        p.startDate = QString::number(1950 + rng.bounded(70));
        p.note = QStringLiteral("Imported list %1").arg(added / 1000);
        set.insert(p);
        ++added;
    }
    const ApplyResult result = AtlasWriter(atlas).apply(set);
    if (!result.ok)
        err << "team bench: " << result.errorString() << '\n';
    return result.ok;
}

bool editNotes(AtlasDatabase &atlas, int count)
{
    QSqlQuery q(atlas.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM partnerships ORDER BY id DESC LIMIT %1").arg(count)))
        return false;
    QVector<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    RowStore rows(atlas.connection());
    AtlasWriter writer(atlas);
    // One change at a time, as a person makes them.
    for (qint64 id : std::as_const(ids)) {
        auto p = rows.partnership(id);
        if (!p)
            return false;
        p->note = QStringLiteral("Checked against the council's list");
        ChangeSet set;
        set.update(*p);
        if (!writer.apply(set).ok)
            return false;
    }
    return ids.size() == count;
}

} // namespace

void runTeamBench(const QString &atlasPath, bool quick, BenchReport &report)
{
    QTextStream err(stderr);
    const int partnerships = quick ? 2000 : 25000;
    const int edits = quick ? 100 : 1000;
    QTemporaryDir dir;
    // The server runs as another user when the bench runs as root: it must reach its folder.
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                              | QFile::ExeGroup | QFile::ExeOther);
    Server server;
    if (!server.start(dir.filePath(QStringLiteral("server")))) {
        err << "team bench: the PostgreSQL server did not start: " << server.error << '\n';
        return;
    }
    {
        TeamServer admin;
        if (!admin.open(server.address(QStringLiteral("postgres")))) {
            err << "team bench: " << admin.error().text() << '\n';
            return;
        }
        QSqlDatabase db = admin.database();
        QString error;
        QSqlQuery q(db);
        if (!TeamServerSchema::create(db, &error)
            || !q.exec(QStringLiteral("CREATE ROLE bench_a LOGIN PASSWORD 'bench' IN ROLE twinatlas_editor"))
            || !q.exec(QStringLiteral("CREATE ROLE bench_b LOGIN PASSWORD 'bench' IN ROLE twinatlas_editor"))) {
            err << "team bench: " << error << q.lastError().text() << '\n';
            return;
        }
    }
    AtlasDatabase a, b;
    if (!copyAtlas(atlasPath, dir.filePath(QStringLiteral("a.sqlite")), a, err)
        || !copyAtlas(atlasPath, dir.filePath(QStringLiteral("b.sqlite")), b, err))
        return;
    for (AtlasDatabase *atlas : {&a, &b})
        QSqlQuery(atlas->connection()).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));

    const auto sync = [&](AtlasDatabase &atlas, const QString &user, double *seconds) {
        QElapsedTimer timer;
        timer.start();
        TeamServer s;
        TeamSyncReport r;
        if (!s.open(server.address(user), QStringLiteral("bench")))
            r.error = s.error();
        else
            r = TeamSync(atlas, s).run();
        *seconds = timer.nsecsElapsed() / 1e9;
        if (!r.ok())
            err << "team bench: " << r.error.text() << '\n';
        return r;
    };

    const int existing = [&a] {
        QSqlQuery q(a.connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM partnerships")) && q.next() ? q.value(0).toInt() : 0;
    }();
    if (!addPartnerships(a, partnerships - existing, err))
        return;
    double seconds = 0;
    TeamSyncReport first = sync(a, QStringLiteral("bench_a"), &seconds);
    if (!first.ok())
        return;
    report.figure(QStringLiteral("team_push_%1").arg(partnerships), seconds, QStringLiteral("s"));
    report.figure(QStringLiteral("team_push_rows"), first.sent, QStringLiteral("count"));

    // A desktop's first sync with a full team atlas: everything comes in.
    const TeamSyncReport pulled = sync(b, QStringLiteral("bench_b"), &seconds);
    if (!pulled.ok())
        return;
    report.figure(QStringLiteral("team_pull_25000"), seconds, QStringLiteral("s"), 15);
    report.figure(QStringLiteral("team_pull_received"), pulled.received(), QStringLiteral("count"));

    if (!editNotes(a, edits)) {
        err << "team bench: the edits could not be made\n";
        return;
    }
    const TeamSyncReport pushed = sync(a, QStringLiteral("bench_a"), &seconds);
    if (!pushed.ok())
        return;
    report.figure(QStringLiteral("team_sync_push_1000"), seconds, QStringLiteral("s"), 2);
    report.figure(QStringLiteral("team_sync_push_sent"), pushed.sent, QStringLiteral("count"));
    // And the other desktop takes them in.
    const TeamSyncReport taken = sync(b, QStringLiteral("bench_b"), &seconds);
    if (taken.ok())
        report.figure(QStringLiteral("team_pull_1000"), seconds, QStringLiteral("s"));
}

} // namespace twinatlas::bench
