// SPDX-License-Identifier: GPL-3.0-or-later
// Two desktops keep one team atlas on a real PostgreSQL server (the CTest fixture's): what one
// changes reaches the other after a sync, different fields of one row merge, the same field
// changed on both is a conflict on the second that keeps both values until a person chooses,
// a removal against a change is a conflict too, and the server's audit says who did what.
#include "edit/rowstore.h"
#include "edittesting.h"
#include "team/teamlocalstate.h"
#include "teamtesting.h"
#include "testatlas.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;
using namespace twinatlas::testing;

class tst_TeamSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstSyncsShareTheAtlas();
    void changeReachesTheOtherDesktop();
    void differentFieldsMerge();
    void sameFieldIsAConflictOnTheSecond_data();
    void sameFieldIsAConflictOnTheSecond();
    void removalAgainstChangeIsAConflict();
    void takingTheTeamsRowBackBringsItsHistory();
    void newRowsTravelWithTheirReferences();
    void samePartnershipAddedTwiceBecomesOne();
    void checklistTravels();
    void viewerMayReadButNotWrite();
    void auditSaysWhoAndWhen();

private:
    TeamSyncReport sync(TeamDesktop &desk, const QString &user)
    {
        return desk.sync(m_server.socketAddress(m_database, user), TeamTestServer::password(user));
    }
    std::optional<PartnershipRow> partnership(TeamDesktop &desk, const QString &uid)
    {
        return RowStore(desk.db()).partnership(desk.idOf(QStringLiteral("partnerships"), uid));
    }
    ApplyResult setPartnership(TeamDesktop &desk, const QString &uid,
                               const std::function<void(PartnershipRow &)> &change)
    {
        auto row = partnership(desk, uid);
        if (!row)
            return {};
        change(*row);
        ChangeSet set;
        set.update(*row);
        return desk.edit(set);
    }
    void syncBoth()
    {
        QVERIFY2(sync(*m_a, QStringLiteral("alice")).ok(), "alice");
        QVERIFY2(sync(*m_b, QStringLiteral("bob")).ok(), "bob");
    }

    QTemporaryDir m_dir;
    QString m_template;
    TeamTestServer m_server;
    QString m_database;
    std::unique_ptr<TeamDesktop> m_a;
    std::unique_ptr<TeamDesktop> m_b;
    const QString m_reading = QStringLiteral("ddorf-reading");
};

void tst_TeamSync::initTestCase()
{
    m_template = buildSmallAtlas(m_dir.path(), QStringLiteral("template.sqlite"));
    QVERIFY(!m_template.isEmpty());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void tst_TeamSync::init()
{
    m_database = m_server.newTeamDatabase();
    QVERIFY2(!m_database.isEmpty(), qPrintable(m_server.error()));
    m_a = std::make_unique<TeamDesktop>(m_template, m_dir.filePath(QStringLiteral("a.sqlite")));
    m_b = std::make_unique<TeamDesktop>(m_template, m_dir.filePath(QStringLiteral("b.sqlite")));
    QVERIFY(m_a->isOk() && m_b->isOk());
}

void tst_TeamSync::cleanup()
{
    m_a.reset();
    m_b.reset();
}

void tst_TeamSync::firstSyncsShareTheAtlas()
{
    const TeamSyncReport first = sync(*m_a, QStringLiteral("alice"));
    QVERIFY2(first.ok(), qPrintable(first.error.text()));
    QCOMPARE(first.received(), 0);
    // Every shared row of the small atlas: 5 partnerships, 3 events, 2 sources, their links.
    const auto shared = m_a->shared();
    int rows = 0;
    for (const TeamRecords &r : shared)
        rows += int(r.size());
    QCOMPARE(first.sent, rows);
    QCOMPARE(serverColumn(m_server, m_database, QStringLiteral("SELECT count(*) FROM twinatlas.partnerships")),
             QStringList{QStringLiteral("5")});

    // The second desktop has the same bundled rows: nothing to take, nothing to send.
    const AtlasDump before = dumpAtlas(m_b->db());
    const TeamSyncReport second = sync(*m_b, QStringLiteral("bob"));
    QVERIFY2(second.ok(), qPrintable(second.error.text()));
    QCOMPARE(second.received(), 0);
    QCOMPARE(second.sent, 0);
    QCOMPARE(second.conflicts, 0);
    const QStringList tables{QStringLiteral("partnerships"), QStringLiteral("events"),
                             QStringLiteral("sources"), QStringLiteral("places")};
    const AtlasDump after = dumpAtlas(m_b->db());
    for (const QString &t : tables)
        QCOMPARE(after.value(t), before.value(t));
    QCOMPARE(sharedDifference(m_b->shared(), shared), QString());
}

void tst_TeamSync::changeReachesTheOtherDesktop()
{
    syncBoth();
    QVERIFY(setPartnership(*m_a, m_reading, [](PartnershipRow &r) { r.note = QStringLiteral("Choirs visit every May"); }).ok);
    const TeamSyncReport sent = sync(*m_a, QStringLiteral("alice"));
    QVERIFY2(sent.ok(), qPrintable(sent.error.text()));
    QCOMPARE(sent.sent, 1);
    const TeamSyncReport received = sync(*m_b, QStringLiteral("bob"));
    QVERIFY2(received.ok(), qPrintable(received.error.text()));
    QCOMPARE(received.changed.value(TeamKind::Partnership), 1);
    QCOMPARE(received.received(), 1);
    QCOMPARE(received.summary(), QStringLiteral("1 partnership(s) came in."));
    QCOMPARE(partnership(*m_b, m_reading)->note, QStringLiteral("Choirs visit every May"));
    // The stamp of the change travels with it.
    QCOMPARE(partnership(*m_b, m_reading)->modifiedAt, partnership(*m_a, m_reading)->modifiedAt);
    QCOMPARE(sharedDifference(m_b->shared(), m_a->shared()), QString());
}

void tst_TeamSync::differentFieldsMerge()
{
    syncBoth();
    QVERIFY(setPartnership(*m_a, m_reading, [](PartnershipRow &r) { r.status = QStringLiteral("suspended"); }).ok);
    QVERIFY(setPartnership(*m_b, m_reading, [](PartnershipRow &r) { r.note = QStringLiteral("Schools exchange"); }).ok);
    syncBoth();
    QCOMPARE(sync(*m_a, QStringLiteral("alice")).conflicts, 0);
    for (TeamDesktop *desk : {m_a.get(), m_b.get()}) {
        QCOMPARE(partnership(*desk, m_reading)->status, QStringLiteral("suspended"));
        QCOMPARE(partnership(*desk, m_reading)->note, QStringLiteral("Schools exchange"));
    }
    QCOMPARE(sharedDifference(m_b->shared(), m_a->shared()), QString());
}

void tst_TeamSync::sameFieldIsAConflictOnTheSecond_data()
{
    QTest::addColumn<bool>("keepLocal");
    QTest::newRow("keep mine") << true;
    QTest::newRow("take theirs") << false;
}

void tst_TeamSync::sameFieldIsAConflictOnTheSecond()
{
    QFETCH(bool, keepLocal);
    syncBoth();
    QVERIFY(setPartnership(*m_a, m_reading, [](PartnershipRow &r) { r.note = QStringLiteral("Alice's note"); }).ok);
    QVERIFY(setPartnership(*m_b, m_reading, [](PartnershipRow &r) { r.note = QStringLiteral("Bob's note"); }).ok);
    QVERIFY(sync(*m_a, QStringLiteral("alice")).ok());
    const TeamSyncReport clash = sync(*m_b, QStringLiteral("bob"));
    QVERIFY2(clash.ok(), qPrintable(clash.error.text()));
    QCOMPARE(clash.conflicts, 1);
    QCOMPARE(clash.newConflicts, 1);
    QVERIFY(clash.summary().endsWith(QStringLiteral("1 conflict(s) to settle.")));

    // Nothing lost: the local value stays, the other is in the conflict with who and when.
    QCOMPARE(partnership(*m_b, m_reading)->note, QStringLiteral("Bob's note"));
    QVector<TeamConflict> conflicts;
    QString error;
    QVERIFY(TeamSync::conflicts(m_b->atlas(), &conflicts, &error));
    QCOMPARE(conflicts.size(), 1);
    const TeamConflict c = conflicts.first();
    QCOMPARE(c.kind, TeamKind::Partnership);
    QCOMPARE(c.key, m_reading);
    QCOMPARE(TeamKinds::fields(c.kind).at(c.field).name, QStringLiteral("note"));
    QCOMPARE(c.localValue, QStringLiteral("Bob's note"));
    QCOMPARE(c.remoteValue, QStringLiteral("Alice's note"));
    QCOMPARE(c.remoteBy, QStringLiteral("alice"));
    QVERIFY(c.remoteAt.isValid());
    QVERIFY(qAbs(c.remoteAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    // The server keeps the first desktop's value while the second has not chosen.
    QCOMPARE(serverColumn(m_server, m_database,
                          QStringLiteral("SELECT note FROM twinatlas.partnerships WHERE uid = 'ddorf-reading'")),
             QStringList{QStringLiteral("Alice's note")});
    // Syncing again does not settle it either.
    QCOMPARE(sync(*m_b, QStringLiteral("bob")).conflicts, 1);
    QCOMPARE(partnership(*m_b, m_reading)->note, QStringLiteral("Bob's note"));

    QVERIFY2(TeamSync::settle(m_b->atlas(), c, keepLocal, &error), qPrintable(error));
    QVERIFY(TeamSync::conflicts(m_b->atlas(), &conflicts, &error));
    QVERIFY(conflicts.isEmpty());
    const QString chosen = keepLocal ? QStringLiteral("Bob's note") : QStringLiteral("Alice's note");
    QCOMPARE(partnership(*m_b, m_reading)->note, chosen);
    const TeamSyncReport after = sync(*m_b, QStringLiteral("bob"));
    QCOMPARE(after.sent, keepLocal ? 1 : 0);
    QCOMPARE(after.conflicts, 0);
    QVERIFY(sync(*m_a, QStringLiteral("alice")).ok());
    QCOMPARE(partnership(*m_a, m_reading)->note, chosen);
    QCOMPARE(sharedDifference(m_b->shared(), m_a->shared()), QString());
}

void tst_TeamSync::removalAgainstChangeIsAConflict()
{
    syncBoth();
    const qint64 idA = m_a->idOf(QStringLiteral("partnerships"), m_reading);
    ChangeSet removal;
    removal.removePartnership(idA);
    QVERIFY(m_a->edit(removal).ok);
    QVERIFY(setPartnership(*m_b, m_reading, [](PartnershipRow &r) { r.note = QStringLiteral("Still going"); }).ok);
    QVERIFY(sync(*m_a, QStringLiteral("alice")).ok());
    const TeamSyncReport clash = sync(*m_b, QStringLiteral("bob"));
    QVERIFY2(clash.ok(), qPrintable(clash.error.text()));
    QCOMPARE(clash.conflicts, 1);
    QVERIFY(partnership(*m_b, m_reading));
    QVector<TeamConflict> conflicts;
    QString error;
    QVERIFY(TeamSync::conflicts(m_b->atlas(), &conflicts, &error));
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().field, -1);
    QVERIFY(conflicts.first().remoteDeleted);
    QVERIFY(!conflicts.first().localDeleted);
    // Its events are held too: the desktop that removed it does not see them come back.
    QVERIFY2(TeamSync::settle(m_b->atlas(), conflicts.first(), false, &error), qPrintable(error));
    QVERIFY(!partnership(*m_b, m_reading));
    QVERIFY(sync(*m_b, QStringLiteral("bob")).ok());
    QVERIFY(sync(*m_a, QStringLiteral("alice")).ok());
    QCOMPARE(sharedDifference(m_b->shared(), m_a->shared()), QString());
    QCOMPARE(m_b->valueOf(QStringLiteral("SELECT count(*) FROM tombstones WHERE uid = ?"), {m_reading}),
             QStringLiteral("1"));
}

void tst_TeamSync::takingTheTeamsRowBackBringsItsHistory()
{
    // This time the second desktop removes the partnership the first one changed.
    syncBoth();
    QVERIFY(setPartnership(*m_a, m_reading, [](PartnershipRow &r) { r.note = QStringLiteral("Renewed in 2025"); }).ok);
    ChangeSet removal;
    removal.removePartnership(m_b->idOf(QStringLiteral("partnerships"), m_reading));
    QVERIFY(m_b->edit(removal).ok);
    QCOMPARE(m_b->valueOf(QStringLiteral("SELECT count(*) FROM events")), QStringLiteral("1"));
    QVERIFY(sync(*m_a, QStringLiteral("alice")).ok());
    const TeamSyncReport clash = sync(*m_b, QStringLiteral("bob"));
    QCOMPARE(clash.conflicts, 1);
    // Its events, removed with it here, are not removed on the server while the user decides.
    QCOMPARE(serverColumn(m_server, m_database, QStringLiteral("SELECT count(*) FROM twinatlas.events WHERE NOT deleted")),
             QStringList{QStringLiteral("3")});
    QVector<TeamConflict> conflicts;
    QString error;
    QVERIFY(TeamSync::conflicts(m_b->atlas(), &conflicts, &error));
    QCOMPARE(conflicts.size(), 1);
    QVERIFY(conflicts.first().localDeleted);
    QVERIFY2(TeamSync::settle(m_b->atlas(), conflicts.first(), false, &error), qPrintable(error));
    QCOMPARE(partnership(*m_b, m_reading)->note, QStringLiteral("Renewed in 2025"));
    QCOMPARE(m_b->valueOf(QStringLiteral("SELECT count(*) FROM events")), QStringLiteral("3"));
    QCOMPARE(m_b->valueOf(QStringLiteral("SELECT count(*) FROM partnership_sources l JOIN partnerships p"
                                         " ON p.id = l.partnership_id WHERE p.uid = ?"), {m_reading}),
             QStringLiteral("2"));
    QCOMPARE(sync(*m_b, QStringLiteral("bob")).sent, 0);
    QVERIFY(sync(*m_a, QStringLiteral("alice")).ok());
    QCOMPARE(sharedDifference(m_b->shared(), m_a->shared()), QString());
}

void tst_TeamSync::newRowsTravelWithTheirReferences()
{
    syncBoth();
    ChangeSet add;
    PlaceRow place;
    place.id = -1;
    place.name = QStringLiteral("Nowhere-on-Sea");
    place.asciiName = place.name;
    place.country = QStringLiteral("GB");
    place.lon = -1.5;
    place.lat = 52.25;
    place.kind = QStringLiteral("town");
    add.insert(place);
    add.addAlternateName(-1, QStringLiteral("Nowhere"));
    SourceRow source;
    source.id = -2;
    source.title = QStringLiteral("Town council minutes");
    source.url = QStringLiteral("https://example.org/minutes");
    add.insert(source);
    PartnershipRow p;
    p.id = -3;
    p.placeA = -1;
    p.placeB = m_a->idOf(QStringLiteral("places"), QStringLiteral("gn:2934246")); // Düsseldorf
    p.kind = QStringLiteral("friendship_city");
    p.startDate = QStringLiteral("2024-05");
    add.insert(p);
    add.linkPartnershipSource(-3, -2);
    EventRow e;
    e.id = -4;
    e.partnershipId = -3;
    e.date = QStringLiteral("2024-05-17");
    e.type = QStringLiteral("signed");
    e.description = QStringLiteral("Signed in the town hall");
    add.insert(e);
    add.linkEventSource(-4, -2);
    const ApplyResult added = m_a->edit(add);
    QVERIFY2(added.ok, qPrintable(added.errorString()));
    QCOMPARE(sync(*m_a, QStringLiteral("alice")).sent, 6);
    const TeamSyncReport in = sync(*m_b, QStringLiteral("bob"));
    QVERIFY2(in.ok(), qPrintable(in.error.text()));
    QCOMPARE(in.added.value(TeamKind::Place), 1);
    QCOMPARE(in.added.value(TeamKind::Partnership), 1);
    QCOMPARE(in.added.value(TeamKind::Event), 1);
    QCOMPARE(in.notApplied, 0);
    QCOMPARE(m_b->valueOf(QStringLiteral("SELECT a.name || '|' || b.name FROM partnerships p"
                                         " JOIN places a ON a.id = p.place_a JOIN places b ON b.id = p.place_b"
                                         " WHERE p.kind = 'friendship_city'")),
             QStringLiteral("Nowhere-on-Sea|Düsseldorf"));
    QCOMPARE(m_b->valueOf(QStringLiteral("SELECT count(*) FROM event_sources l JOIN events e ON e.id = l.event_id"
                                         " WHERE e.description = 'Signed in the town hall'")),
             QStringLiteral("1"));
    QCOMPARE(m_b->valueOf(QStringLiteral("SELECT a.name FROM alternate_names a JOIN places p ON p.id = a.place_id"
                                         " WHERE p.name = 'Nowhere-on-Sea'")),
             QStringLiteral("Nowhere"));
    // The new place can be found by name on the other desktop too.
    QCOMPARE(m_b->valueOf(QStringLiteral("SELECT count(*) FROM search_keys k JOIN places p ON p.id = k.place_id"
                                         " WHERE p.name = 'Nowhere-on-Sea'")) != QStringLiteral("0"),
             true);
    QCOMPARE(sharedDifference(m_b->shared(), m_a->shared()), QString());
}

void tst_TeamSync::samePartnershipAddedTwiceBecomesOne()
{
    syncBoth();
    const auto addHouston = [](TeamDesktop &desk, const QString &note) {
        ChangeSet add;
        PartnershipRow p;
        p.id = -1;
        p.placeA = desk.idOf(QStringLiteral("places"), QStringLiteral("gn:2934246"));
        p.placeB = desk.idOf(QStringLiteral("places"), QStringLiteral("gn:4699066"));
        p.kind = QStringLiteral("cooperation");
        p.note = note;
        add.insert(p);
        return desk.edit(add).ok;
    };
    QVERIFY(addHouston(*m_a, QStringLiteral("Trade")));
    QVERIFY(addHouston(*m_b, QStringLiteral("Trade and culture")));
    QVERIFY(sync(*m_a, QStringLiteral("alice")).ok());
    const TeamSyncReport second = sync(*m_b, QStringLiteral("bob"));
    QVERIFY2(second.ok(), qPrintable(second.error.text()));
    QCOMPARE(second.conflicts, 1);
    QCOMPARE(serverColumn(m_server, m_database,
                          QStringLiteral("SELECT count(*) FROM twinatlas.partnerships WHERE kind = 'cooperation'")),
             QStringList{QStringLiteral("1")});
    QCOMPARE(m_b->valueOf(QStringLiteral("SELECT count(*) FROM partnerships WHERE kind = 'cooperation'")),
             QStringLiteral("1"));
    QCOMPARE(m_b->valueOf(QStringLiteral("SELECT uid FROM partnerships WHERE kind = 'cooperation'")),
             m_a->valueOf(QStringLiteral("SELECT uid FROM partnerships WHERE kind = 'cooperation'")));
    QCOMPARE(m_b->valueOf(QStringLiteral("SELECT note FROM partnerships WHERE kind = 'cooperation'")),
             QStringLiteral("Trade and culture"));
}

void tst_TeamSync::checklistTravels()
{
    syncBoth();
    ChangeSet card;
    ChecklistRow row;
    row.placeUid = QStringLiteral("gn:2934246");
    row.partnerUid = QStringLiteral("gn:2639577");
    row.state = QStringLiteral("received");
    row.receivedDate = QStringLiteral("2025-03-02");
    row.note = QStringLiteral("From the mayor");
    card.insert(row);
    QVERIFY(m_a->edit(card).ok);
    QCOMPARE(sync(*m_a, QStringLiteral("alice")).sent, 1);
    const TeamSyncReport in = sync(*m_b, QStringLiteral("bob"));
    QCOMPARE(in.added.value(TeamKind::Checklist), 1);
    QCOMPARE(m_b->valueOf(QStringLiteral("SELECT state || '|' || received_date || '|' || note FROM checklist")),
             QStringLiteral("received|2025-03-02|From the mayor"));
}

void tst_TeamSync::viewerMayReadButNotWrite()
{
    QVERIFY(setPartnership(*m_a, m_reading, [](PartnershipRow &r) { r.note = QStringLiteral("From Alice"); }).ok);
    QVERIFY(sync(*m_a, QStringLiteral("alice")).ok());
    TeamDesktop viewer(m_template, m_dir.filePath(QStringLiteral("v.sqlite")));
    const TeamSyncReport read = sync(viewer, QStringLiteral("vera"));
    QVERIFY2(read.ok(), qPrintable(read.error.text()));
    QCOMPARE(partnership(viewer, m_reading)->note, QStringLiteral("From Alice"));

    QVERIFY(setPartnership(viewer, m_reading, [](PartnershipRow &r) { r.note = QStringLiteral("From Vera"); }).ok);
    const AtlasDump before = dumpAtlas(viewer.db());
    const QStringList auditBefore = serverColumn(m_server, m_database, QStringLiteral("SELECT count(*) FROM twinatlas.audit"));
    const TeamSyncReport refused = sync(viewer, QStringLiteral("vera"));
    QCOMPARE(refused.error.kind, TeamError::Kind::ReadOnly);
    QCOMPARE(refused.error.message,
             QStringLiteral("The team server lets vera read the team atlas but not change it. Nothing "
                            "was sent; your changes stay in this atlas and go with the next sync. Ask "
                            "the team's administrator for the editor role to send your changes."));
    QVERIFY2(refused.error.detail.contains(QStringLiteral("permission denied")), qPrintable(refused.error.detail));
    // The server refused it, not the program: nothing reached it, and the local change stays.
    QCOMPARE(serverColumn(m_server, m_database, QStringLiteral("SELECT count(*) FROM twinatlas.audit")), auditBefore);
    QCOMPARE(serverColumn(m_server, m_database,
                          QStringLiteral("SELECT note FROM twinatlas.partnerships WHERE uid = 'ddorf-reading'")),
             QStringList{QStringLiteral("From Alice")});
    QCOMPARE(dumpAtlas(viewer.db()), before);
    QCOMPARE(partnership(viewer, m_reading)->note, QStringLiteral("From Vera"));

    // Nor can a viewer write with SQL of its own.
    TeamServer direct;
    QVERIFY(direct.open(m_server.socketAddress(m_database, QStringLiteral("vera")),
                        TeamTestServer::password(QStringLiteral("vera"))));
    QSqlQuery q(direct.database());
    QVERIFY(!q.exec(QStringLiteral("UPDATE twinatlas.partnerships SET note = 'x'")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM twinatlas.audit")));
}

void tst_TeamSync::auditSaysWhoAndWhen()
{
    syncBoth();
    QVERIFY(setPartnership(*m_a, m_reading, [](PartnershipRow &r) { r.status = QStringLiteral("ended"); r.endDate = QStringLiteral("2025"); }).ok);
    QVERIFY(sync(*m_a, QStringLiteral("alice")).ok());
    QVERIFY(setPartnership(*m_b, m_reading, [](PartnershipRow &r) { r.note = QStringLiteral("Ended by council vote"); }).ok);
    syncBoth();
    const QStringList audit = serverColumn(
            m_server, m_database,
            QStringLiteral("SELECT by || ' ' || action || ' ' || (SELECT string_agg(k, ',' ORDER BY k)"
                           " FROM jsonb_object_keys(changes) k WHERE k <> 'modified_at')"
                           " FROM twinatlas.audit WHERE kind = 'partnership' AND key = 'ddorf-reading' ORDER BY id"));
    QCOMPARE(audit, (QStringList{QStringLiteral("alice added data_version,kind,note,origin,place_a_uid,place_b_uid,start_date,status"),
                                 QStringLiteral("alice changed end_date,status"),
                                 QStringLiteral("bob changed note")}));
    // A member cannot pass for another: the server writes the name, not the desktop.
    QCOMPARE(serverColumn(m_server, m_database,
                          QStringLiteral("SELECT changed_by FROM twinatlas.partnerships WHERE uid = 'ddorf-reading'")),
             QStringList{QStringLiteral("bob")});
    // Each desktop keeps the audit of its rows, for the history of a partnership offline; a
    // change it sent itself is in it from its next sync on.
    syncBoth();
    for (TeamDesktop *desk : {m_a.get(), m_b.get()}) {
        QVector<TeamChange> history;
        QString error;
        QVERIFY(TeamLocalState(desk->db()).history(TeamKind::Partnership, m_reading, &history, &error));
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.last().by, QStringLiteral("bob"));
        QCOMPARE(history.last().action, QStringLiteral("changed"));
        QVERIFY(history.last().changes.contains(QStringLiteral("Ended by council vote")));
    }
}

QTEST_GUILESS_MAIN(tst_TeamSync)
#include "tst_teamsync.moc"
