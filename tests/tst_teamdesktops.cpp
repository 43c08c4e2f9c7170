// SPDX-License-Identifier: GPL-3.0-or-later
// Two, then eight desktops (an atlas file and a connection each) edit at once, 500 edits each,
// and sync in random order, one after another and all at the same time: every edit is on the
// server exactly once, the one field all of them changed is a conflict on every desktop but
// the first (each keeping its own value until it chooses), and after the conflicts are
// settled and another round of syncs every desktop holds the same atlas.
#include "edit/rowstore.h"
#include "teamtesting.h"
#include "testatlas.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <numeric>
#include <random>

using namespace twinatlas;
using namespace twinatlas::testing;

namespace {

constexpr int placesEach = 25;
constexpr int partnershipsEach = 125;
constexpr int eventsEach = 250;
constexpr int notesEach = 75;
constexpr int cardsEach = 25;
static_assert(placesEach + partnershipsEach + eventsEach + notesEach + cardsEach == 500);

const QString clashUid = QStringLiteral("ddorf-reading");

} // namespace

class tst_TeamDesktops : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editAtOnceAndSync_data();
    void editAtOnceAndSync();

private:
    void makeEdits(TeamDesktop &desk, int n, QRandomGenerator &rng);
    QStringList server(const QString &sql) { return serverColumn(m_server, m_database, sql); }

    QTemporaryDir m_dir;
    QString m_template;
    TeamTestServer m_server;
    QString m_database;
};

void tst_TeamDesktops::initTestCase()
{
    m_template = buildSmallAtlas(m_dir.path(), QStringLiteral("template.sqlite"));
    QVERIFY(!m_template.isEmpty());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void tst_TeamDesktops::makeEdits(TeamDesktop &desk, int n, QRandomGenerator &rng)
{
    const auto apply = [&desk](const ChangeSet &set) {
        const ApplyResult r = desk.edit(set);
        if (!r.ok)
            qFatal("an edit was refused: %s", qPrintable(r.errorString()));
        return r;
    };
    QVector<qint64> basePlaces;
    QSqlQuery q(desk.db());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM places WHERE origin = 'bundled' ORDER BY id")));
    while (q.next())
        basePlaces << q.value(0).toLongLong();
    QVERIFY(basePlaces.size() >= 10);
    QVector<qint64> partnerships;
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM partnerships ORDER BY id")));
    while (q.next())
        partnerships << q.value(0).toLongLong();

    QVector<qint64> own;
    QVector<QString> ownUids;
    for (int j = 0; j < placesEach; ++j) {
        PlaceRow p;
        p.id = -1;
        p.name = QStringLiteral("D%1 place %2").arg(n).arg(j);
        p.asciiName = p.name;
        p.country = QStringLiteral("DE");
        p.lon = 5.0 + rng.bounded(10.0);
        p.lat = 47.0 + rng.bounded(8.0);
        p.kind = QStringLiteral("town");
        ChangeSet set;
        set.insert(p);
        const ApplyResult r = apply(set);
        own << r.assignedIds.value(-1);
        ownUids << desk.valueOf(QStringLiteral("SELECT uid FROM places WHERE id = ?"), {own.last()});
    }
    QVector<qint64> ownPartnerships;
    for (int j = 0; j < partnershipsEach; ++j) {
        PartnershipRow p;
        p.id = -1;
        p.placeA = own.at(j % placesEach);
        p.placeB = basePlaces.at(j / placesEach);
        p.kind = QStringLiteral("friendship_city");
        p.startDate = QString::number(1950 + rng.bounded(70));
        p.note = QStringLiteral("D%1 P%2").arg(n).arg(j);
        ChangeSet set;
        set.insert(p);
        ownPartnerships << apply(set).assignedIds.value(-1);
    }
    partnerships += ownPartnerships;
    for (int j = 0; j < eventsEach; ++j) {
        EventRow e;
        e.partnershipId = partnerships.at(rng.bounded(int(partnerships.size())));
        e.date = QStringLiteral("20%1").arg(10 + rng.bounded(15));
        e.type = QStringLiteral("delegation");
        e.description = QStringLiteral("D%1 E%2").arg(n).arg(j);
        ChangeSet set;
        set.insert(e);
        apply(set);
    }
    RowStore rows(desk.db());
    for (int j = 0; j < notesEach; ++j) {
        auto p = rows.partnership(ownPartnerships.at(j));
        p->note = QStringLiteral("D%1 N%2").arg(n).arg(j);
        ChangeSet set;
        set.update(*p);
        apply(set);
    }
    for (int j = 0; j < cardsEach; ++j) {
        ChecklistRow c;
        c.placeUid = ownUids.at(j);
        c.partnerUid = QStringLiteral("gn:2934246");
        c.state = QStringLiteral("wanted");
        c.note = QStringLiteral("D%1 C%2").arg(n).arg(j);
        ChangeSet set;
        set.insert(c);
        apply(set);
    }
    // And the one field every desktop changes.
    auto clash = rows.partnership(desk.idOf(QStringLiteral("partnerships"), clashUid));
    clash->note = QStringLiteral("D%1 says").arg(n);
    ChangeSet set;
    set.update(*clash);
    apply(set);
}

void tst_TeamDesktops::editAtOnceAndSync_data()
{
    QTest::addColumn<int>("desktops");
    QTest::addColumn<bool>("atOnce");
    QTest::newRow("2 desktops, one after another") << 2 << false;
    QTest::newRow("8 desktops, one after another") << 8 << false;
    QTest::newRow("8 desktops, all at once") << 8 << true;
}

void tst_TeamDesktops::editAtOnceAndSync()
{
    QFETCH(int, desktops);
    QFETCH(bool, atOnce);
    m_database = m_server.newTeamDatabase();
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_server.error()));
    QRandomGenerator rng(20261207 + desktops + (atOnce ? 1 : 0));
    const auto user = [](int i) { return QStringLiteral("desk%1").arg(i); };
    const auto address = [&](int i) { return m_server.socketAddress(m_database, user(i)); };

    std::vector<std::unique_ptr<TeamDesktop>> desks;
    for (int i = 0; i < desktops; ++i) {
        desks.push_back(std::make_unique<TeamDesktop>(
                m_template, m_dir.filePath(QStringLiteral("desk%1.sqlite").arg(i))));
        QVERIFY(desks.back()->isOk());
        QVERIFY(desks.back()->sync(address(i), TeamTestServer::password(user(i))).ok());
    }
    for (int i = 0; i < desktops; ++i)
        makeEdits(*desks[i], i, rng);

    QVector<int> order(desktops);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), std::mt19937(rng.generate()));
    QVector<TeamSyncReport> reports(desktops);
    if (atOnce) {
        // Each desktop in a thread of its own, with connections made there.
        const QStringList paths = [&] {
            QStringList p;
            for (auto &d : desks)
                p << d->path();
            return p;
        }();
        desks.clear();
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < desktops; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                AtlasDatabase atlas;
                if (!atlas.open(paths.at(i)))
                    return;
                TeamServer s;
                if (!s.open(address(i), TeamTestServer::password(user(i)))) {
                    reports[i].error = s.error();
                    return;
                }
                reports[i] = TeamSync(atlas, s).run();
            }));
        }
        for (int i : order)
            threads[i]->start();
        for (auto &t : threads)
            QVERIFY(t->wait(600000));
        for (int i = 0; i < desktops; ++i)
            desks.push_back(std::make_unique<TeamDesktop>(paths.at(i), paths.at(i) + QStringLiteral(".again")));
    } else {
        for (int i : order)
            reports[i] = desks[i]->sync(address(i), TeamTestServer::password(user(i)));
    }
    int clashes = 0;
    for (int i = 0; i < desktops; ++i) {
        QVERIFY2(reports[i].ok(), qPrintable(reports[i].error.text()));
        QCOMPARE(reports[i].stale, 0);
        clashes += reports[i].conflicts;
    }

    // Every edit is on the server exactly once.
    const QString n = QString::number(desktops);
    const auto count = [&](const QString &sql) {
        const QString value = server(sql).value(0);
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok)
            qWarning().noquote() << sql << value;
        return n;
    };
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM twinatlas.places WHERE name LIKE 'D%'")), desktops * placesEach);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM twinatlas.partnerships WHERE kind = 'friendship_city'")),
             desktops * partnershipsEach);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM twinatlas.partnerships WHERE note ~ '^D[0-9]+ N'")),
             desktops * notesEach);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM twinatlas.events WHERE description LIKE 'D%'")),
             desktops * eventsEach);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT description) FROM twinatlas.events WHERE description LIKE 'D%'")),
             desktops * eventsEach);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM twinatlas.checklist WHERE note LIKE 'D%'")), desktops * cardsEach);
    // Each added row was written once: one audit entry, by the desktop that made it.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM (SELECT key FROM twinatlas.audit WHERE kind IN"
                                  " ('place', 'partnership', 'event', 'checklist') AND key NOT IN ('%1')"
                                  " GROUP BY kind, key HAVING count(*) > 1) AS twice").arg(clashUid)),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM twinatlas.audit a JOIN twinatlas.events e ON e.uid = a.key"
                                  " WHERE a.kind = 'event' AND a.action = 'added' AND e.description LIKE 'D%'"
                                  " AND a.by = 'desk' || substr(split_part(e.description, ' ', 1), 2)")),
             desktops * eventsEach);

    // The clash: the first to sync set the value; every other desktop has a conflict and
    // still its own value, with the first's in the conflict.
    const int first = [&] {
        const QString note = server(QStringLiteral("SELECT note FROM twinatlas.partnerships WHERE uid = '%1'")
                                            .arg(clashUid))
                                     .value(0);
        return note.mid(1, note.indexOf(QLatin1Char(' ')) - 1).toInt();
    }();
    QCOMPARE(clashes, desktops - 1);
    QCOMPARE(reports[first].conflicts, 0);
    for (int i = 0; i < desktops; ++i) {
        QVector<TeamConflict> conflicts;
        QString error;
        QVERIFY(TeamSync::conflicts(desks[i]->atlas(), &conflicts, &error));
        QCOMPARE(desks[i]->valueOf(QStringLiteral("SELECT note FROM partnerships WHERE uid = ?"), {clashUid}),
                 QStringLiteral("D%1 says").arg(i));
        if (i == first) {
            QVERIFY(conflicts.isEmpty());
            continue;
        }
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().key, clashUid);
        QCOMPARE(conflicts.first().localValue, QStringLiteral("D%1 says").arg(i));
        QCOMPARE(conflicts.first().remoteValue, QStringLiteral("D%1 says").arg(first));
        QCOMPARE(conflicts.first().remoteBy, user(first));
        QVERIFY2(TeamSync::settle(desks[i]->atlas(), conflicts.first(), false, &error), qPrintable(error));
    }

    // Another round in random order, until nobody sends anything: every desktop is the same.
    for (int round = 0; round < 3; ++round) {
        std::shuffle(order.begin(), order.end(), std::mt19937(rng.generate()));
        int sent = 0;
        for (int i : order) {
            const TeamSyncReport r = desks[i]->sync(address(i), TeamTestServer::password(user(i)));
            QVERIFY2(r.ok(), qPrintable(r.error.text()));
            QCOMPARE(r.conflicts, 0);
            QCOMPARE(r.notApplied, 0);
            sent += r.sent;
        }
        if (sent == 0)
            break;
    }
    const auto reference = desks[0]->shared();
    QCOMPARE(reference.value(TeamKind::Event).size(), 3 + desktops * eventsEach);
    QCOMPARE(reference.value(TeamKind::Partnership).size(), 5 + desktops * partnershipsEach);
    for (int i = 1; i < desktops; ++i)
        QCOMPARE(sharedDifference(desks[i]->shared(), reference), QString());
    Q_UNUSED(n);
}

QTEST_GUILESS_MAIN(tst_TeamDesktops)
#include "tst_teamdesktops.moc"
