// SPDX-License-Identifier: GPL-3.0-or-later
// A newer bundled atlas is merged into the user's edited copy: the new and corrected bundled
// rows arrive, every edit of the user stays as the user left it (the user wins when both sides
// changed a row), deleted rows stay deleted, and a copy of the atlas from before is kept.
#include "db/atlasbackup.h"
#include "db/atlasdatabase.h"
#include "db/atlasschema.h"
#include "db/atlasreader.h"
#include "db/atlasschema.h"
#include "db/atlasupgrader.h"
#include "edit/atlaswriter.h"
#include "edit/rowstore.h"
#include "search/placesearch.h"
#include "edittesting.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;
using namespace twinatlas::testing;

class tst_AtlasUpgrader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void dataVersionsAreOrdered_data();
    void dataVersionsAreOrdered();
    void userEditsSurviveTheUpgrade();
    void untouchedRowsEqualTheNewData();
    void secondStartHasNothingToDo();
    void failedMergeChangesNothing();
    void atlasInUseIsLeftAlone();
    void olderSchemaIsCopiedFirst();
    void namesByLanguageFollowTheData();

private:
    void makeUserEdits();
    QString userPath() const { return m_dir.filePath(QStringLiteral("user/atlas.sqlite")); }
    QString backups() const { return m_dir.filePath(QStringLiteral("user/backups")); }

    QTemporaryDir m_dir;
    QString m_v1;
    QString m_v2;
    int m_userEdits = 0;
};

void tst_AtlasUpgrader::initTestCase()
{
    m_v1 = buildAtlas(QStringLiteral(TWINATLAS_TEST_DATA "/merge-v1"),
                      m_dir.filePath(QStringLiteral("v1.sqlite")));
    m_v2 = buildAtlas(QStringLiteral(TWINATLAS_TEST_DATA "/merge-v2"),
                      m_dir.filePath(QStringLiteral("v2.sqlite")));
    QVERIFY(!m_v1.isEmpty() && !m_v2.isEmpty());
}

void tst_AtlasUpgrader::init()
{
    QDir(m_dir.filePath(QStringLiteral("user"))).removeRecursively();
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("user"))));
    QVERIFY(QFile::copy(m_v1, userPath()));
    QFile::setPermissions(userPath(), QFile::ReadOwner | QFile::WriteOwner);
    makeUserEdits();
}

// What a user did with version 1: one of each kind of edit (see tests/data/merge-v1/README.md).
void tst_AtlasUpgrader::makeUserEdits()
{
    AtlasDatabase db;
    QVERIFY(db.openForEditing(userPath()));
    QSqlDatabase c = db.connection();
    RowStore rows(c);
    AtlasWriter writer(db);
    const qint64 ddorf = idOf(c, QStringLiteral("places"), QStringLiteral("gn:2934246"));

    ChangeSet add; // a new place and partnership of the user
    PlaceRow neuheim;
    neuheim.id = -1;
    neuheim.uid = QStringLiteral("u:neuheim");
    neuheim.name = neuheim.asciiName = QStringLiteral("Neuheim");
    neuheim.country = QStringLiteral("DE");
    neuheim.lon = 7.2;
    neuheim.lat = 51.3;
    neuheim.population = 4000;
    neuheim.kind = QStringLiteral("town");
    add.insert(neuheim);
    PartnershipRow twin;
    twin.uid = QStringLiteral("u:neuheim-ddorf");
    twin.placeA = -1;
    twin.placeB = ddorf;
    add.insert(twin);
    PartnershipRow warsaw; // with a place version 2 drops
    warsaw.uid = QStringLiteral("u:wellington-warsaw");
    warsaw.placeA = idOf(c, QStringLiteral("places"), QStringLiteral("gn:2179537"));
    warsaw.placeB = idOf(c, QStringLiteral("places"), QStringLiteral("gn:756135"));
    warsaw.kind = QStringLiteral("friendship_city");
    add.insert(warsaw);
    QVERIFY2(writer.apply(add).ok, "the user adds");

    ChangeSet change; // a row version 2 corrects too: the user's version must win
    PartnershipRow haifa = *rows.partnership(
            idOf(c, QStringLiteral("partnerships"), QStringLiteral("ddorf-haifa")));
    haifa.note = QStringLiteral("Confirmed by the city");
    change.update(haifa);
    change.addAlternateName(idOf(c, QStringLiteral("places"), QStringLiteral("gn:2639577")),
                            QStringLiteral("Rdg"));
    QVERIFY2(writer.apply(change).ok, "the user changes");

    ChangeSet remove; // rows version 2 corrects or keeps: they must stay deleted
    remove.removePartnership(
            idOf(c, QStringLiteral("partnerships"), QStringLiteral("ddorf-chemnitz")));
    remove.removeEvent(
            idOf(c, QStringLiteral("events"), QStringLiteral("auckland-la@2016-05/ended")));
    QVERIFY2(writer.apply(remove).ok, "the user deletes");

    ChangeSet card;
    ChecklistRow received;
    received.placeUid = QStringLiteral("gn:2934246");
    received.partnerUid = QStringLiteral("gn:2639577");
    received.state = QStringLiteral("received");
    received.receivedDate = QStringLiteral("2024-05-01");
    received.note = QStringLiteral("From Anna: the Abbey ruins");
    card.insert(received);
    QVERIFY2(writer.apply(card).ok, "the user ticks a card");
    // 3 added rows, 2 changed, 2 tombstones, 1 card
    m_userEdits = 8;
}

void tst_AtlasUpgrader::dataVersionsAreOrdered_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::newRow("same") << "2026.11.1"
                          << "2026.11.1" << 0;
    QTest::newRow("later month") << "2026.11.1"
                                 << "2026.12.0" << -1;
    QTest::newRow("numbers, not text") << "2026.9.0"
                                       << "2026.10.0" << -1;
    QTest::newRow("test versions") << "merge-2"
                                   << "merge-10" << -1;
    QTest::newRow("longer is later") << "2026.11"
                                     << "2026.11.1" << -1;
    QTest::newRow("leading zeros") << "2026.011"
                                   << "2026.11" << 0;
    QTest::newRow("older") << "2027.1.0"
                           << "2026.12.9" << 1;
}

void tst_AtlasUpgrader::dataVersionsAreOrdered()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    QCOMPARE(AtlasUpgrader::compareDataVersions(a, b), order);
    QCOMPARE(AtlasUpgrader::compareDataVersions(b, a), -order);
}

void tst_AtlasUpgrader::userEditsSurviveTheUpgrade()
{
    const UpgradeReport report = AtlasUpgrader::upgradeIfNeeded(userPath(), m_v2, backups());
    QCOMPARE(report.status, UpgradeReport::Status::Upgraded);
    QVERIFY2(report.errorString.isEmpty(), qPrintable(report.errorString));
    QCOMPARE(report.fromVersion, QStringLiteral("merge-1"));
    QCOMPARE(report.toVersion, QStringLiteral("merge-2"));
    QCOMPARE(report.userEdits, m_userEdits);
    // What came in, what was corrected, what went, what stayed for the user.
    QCOMPARE(report.places.added, 2); // Sendai, Riverside
    QCOMPARE(report.places.corrected,
             3); // Houston, Istanbul, Neustadt Test (not Reading: the user's)
    QCOMPARE(report.places.removed, 1); // Moscow
    QCOMPARE(report.places.keptInUse, 1); // Warsaw, in the user's partnership
    QCOMPARE(report.partnerships.added, 1); // Sendai–Riverside
    QCOMPARE(report.partnerships.corrected, 1); // Düsseldorf–Reading (not Haifa: the user's)
    QCOMPARE(report.partnerships.removed, 1); // Düsseldorf–Moscow
    QCOMPARE(report.events.added, 2);
    QCOMPARE(report.events.corrected, 1);
    QCOMPARE(report.events.removed, 1);
    QCOMPARE(report.sources.added, 1);
    QCOMPARE(report.sources.corrected, 1);
    QCOMPARE(report.sources.removed, 1);
    QCOMPARE(report.keptInUse.size(), 1);
    QVERIFY2(report.keptInUse.first().contains(QLatin1String("Warsaw")),
             qPrintable(report.keptInUse.first()));
    const QString message = report.message();
    QVERIFY2(message.contains(QLatin1String("1 new partnership(s)"))
                     && message.contains(QLatin1String("6 corrected"))
                     && message.contains(QLatin1String("your 8 edit(s) kept")),
             qPrintable(message));

    AtlasDatabase db;
    QVERIFY(db.open(userPath(), AtlasDatabase::Mode::ReadOnly, AtlasDatabase::Check::Full));
    QSqlDatabase c = db.connection();
    RowStore rows(c);
    AtlasReader reader(c);
    QCOMPARE(db.meta(QStringLiteral("data_version")), QStringLiteral("merge-2"));
    QCOMPARE(db.meta(QStringLiteral("previous_data_version")), QStringLiteral("merge-1"));

    // The user's own rows.
    const auto neuheim = rows.placeByUid(QStringLiteral("u:neuheim"));
    QVERIFY(neuheim);
    QCOMPARE(neuheim->origin, QStringLiteral("user"));
    QVERIFY(idOf(c, QStringLiteral("partnerships"), QStringLiteral("u:neuheim-ddorf")));
    QVERIFY(idOf(c, QStringLiteral("partnerships"), QStringLiteral("u:wellington-warsaw")));
    QVERIFY2(rows.placeByUid(QStringLiteral("gn:756135")),
             "Warsaw stays for the user's partnership");
    // Changed by both: the user's version, whole.
    const auto haifa = rows.partnership(
            idOf(c, QStringLiteral("partnerships"), QStringLiteral("ddorf-haifa")));
    QCOMPARE(haifa->note, QStringLiteral("Confirmed by the city"));
    QCOMPARE(haifa->startDate, QStringLiteral("1988"));
    QCOMPARE(haifa->dataVersion, QStringLiteral("merge-1"));
    const auto reading = rows.placeByUid(QStringLiteral("gn:2639577"));
    QCOMPARE(reading->population, 318014);
    QVERIFY(reader.alternateNames(reading->id).contains(QStringLiteral("Rdg")));
    // Deleted by the user: still deleted, though version 2 has (or corrected) them.
    QCOMPARE(idOf(c, QStringLiteral("partnerships"), QStringLiteral("ddorf-chemnitz")), 0);
    QCOMPARE(idOf(c, QStringLiteral("events"), QStringLiteral("auckland-la@2016-05/ended")), 0);
    QVERIFY(rows.tombstone(QStringLiteral("partnership"), QStringLiteral("ddorf-chemnitz")));
    // The checklist.
    const auto card =
            rows.checklistEntry(QStringLiteral("gn:2934246"), QStringLiteral("gn:2639577"));
    QVERIFY(card);
    QCOMPARE(card->note, QStringLiteral("From Anna: the Abbey ruins"));

    // The bundled changes.
    const auto ddorfReading = rows.partnership(
            idOf(c, QStringLiteral("partnerships"), QStringLiteral("ddorf-reading")));
    QCOMPARE(ddorfReading->startDate, QStringLiteral("1988-10-17"));
    QCOMPARE(ddorfReading->dataVersion, QStringLiteral("merge-2"));
    QVERIFY(ddorfReading->modifiedAt.isNull());
    QCOMPARE(rows.placeByUid(QStringLiteral("gn:4699066"))->population, 2304580);
    const qint64 sendaiRiverside =
            idOf(c, QStringLiteral("partnerships"), QStringLiteral("sendai-riverside"));
    QVERIFY(sendaiRiverside);
    QCOMPARE(reader.eventsOf(sendaiRiverside).size(), 1);
    QCOMPARE(reader.eventsOf(sendaiRiverside).first().sources.first().uid,
             QStringLiteral("riverside-web"));
    QVERIFY(idOf(c, QStringLiteral("events"), QStringLiteral("auckland-la@1971/signed")));
    const QVector<HistoryEvent> readingEvents = reader.eventsOf(ddorfReading->id);
    QCOMPARE(readingEvents.first().description, QStringLiteral("Partnership signed in Düsseldorf"));
    QCOMPARE(readingEvents.last().sources.size(), 2);
    QCOMPARE(rows.placeByUid(QStringLiteral("gn:524901")), std::nullopt);
    QCOMPARE(idOf(c, QStringLiteral("partnerships"), QStringLiteral("ddorf-moscow")), 0);
    QCOMPARE(idOf(c, QStringLiteral("sources"), QStringLiteral("old-web")), 0);
    QCOMPARE(rows.source(idOf(c, QStringLiteral("sources"), QStringLiteral("test-web")))->title,
             QStringLiteral("A test page (2026)"));
    QVERIFY(reader.alternateNames(rows.placeByUid(QStringLiteral("gn:745044"))->id)
                    .contains(QStringLiteral("Stambul")));
    PlaceSearch search(c);
    QCOMPARE(search.search(QStringLiteral("sendai")).size(), 1);
    QCOMPARE(search.search(QStringLiteral("stambul")).size(), 1);
    QCOMPARE(search.search(QStringLiteral("neuheim")).size(), 1);
    QCOMPARE(search.search(QStringLiteral("moscow")).size(), 0);
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA foreign_key_check")), QVariant());

    // The copy from before exists, opens, and is the edited version 1.
    QVERIFY(QFileInfo::exists(report.backupPath));
    QCOMPARE(QFileInfo(report.backupPath).absolutePath(), QFileInfo(backups()).absoluteFilePath());
    AtlasDatabase backup;
    QVERIFY2(backup.open(report.backupPath, AtlasDatabase::Mode::ReadOnly,
                         AtlasDatabase::Check::Full),
             qPrintable(backup.errorString()));
    QCOMPARE(backup.meta(QStringLiteral("data_version")), QStringLiteral("merge-1"));
    QVERIFY(RowStore(backup.connection()).placeByUid(QStringLiteral("u:neuheim")));
    QVERIFY(RowStore(backup.connection()).placeByUid(QStringLiteral("gn:524901")));
}

void tst_AtlasUpgrader::untouchedRowsEqualTheNewData()
{
    QCOMPARE(AtlasUpgrader::upgradeIfNeeded(userPath(), m_v2, backups()).status,
             UpgradeReport::Status::Upgraded);
    AtlasDatabase db;
    QVERIFY(db.open(userPath(), AtlasDatabase::Mode::ReadOnly));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("ATTACH DATABASE '%1' AS v2").arg(m_v2)));
    const QString untouched = QStringLiteral("m.origin = 'bundled' AND m.modified_at IS NULL");
    const QStringList differing{
            QStringLiteral(
                    "SELECT m.uid FROM places m JOIN v2.places x ON x.uid = m.uid WHERE %1 AND"
                    " (m.name, m.ascii_name, m.country, m.admin1, m.lat, m.lon, m.population, "
                    "m.kind, m.note)"
                    " IS NOT (x.name, x.ascii_name, x.country, x.admin1, x.lat, x.lon, "
                    "x.population, x.kind, x.note)"),
            QStringLiteral(
                    "SELECT m.uid FROM places m JOIN v2.places x ON x.uid = m.uid WHERE %1 AND"
                    " (SELECT group_concat(name, '|') FROM (SELECT name FROM alternate_names WHERE "
                    "place_id = m.id ORDER BY name))"
                    " IS NOT (SELECT group_concat(name, '|') FROM (SELECT name FROM "
                    "v2.alternate_names WHERE place_id = x.id ORDER BY name))"),
            QStringLiteral(
                    "SELECT m.uid FROM partnerships m JOIN v2.partnerships x ON x.uid = m.uid"
                    " JOIN places pa ON pa.id = m.place_a JOIN places pb ON pb.id = m.place_b"
                    " JOIN v2.places xa ON xa.id = x.place_a JOIN v2.places xb ON xb.id = "
                    "x.place_b WHERE %1 AND"
                    " (pa.uid, pb.uid, m.kind, m.status, m.start_date, m.end_date, m.note)"
                    " IS NOT (xa.uid, xb.uid, x.kind, x.status, x.start_date, x.end_date, x.note)"),
            QStringLiteral(
                    "SELECT m.uid FROM events m JOIN v2.events x ON x.uid = m.uid WHERE %1 AND"
                    " (m.date, m.type, m.description) IS NOT (x.date, x.type, x.description)"),
            QStringLiteral(
                    "SELECT m.uid FROM sources m JOIN v2.sources x ON x.uid = m.uid WHERE %1 AND"
                    " (m.title, m.url, m.document) IS NOT (x.title, x.url, x.document)"),
            // The data's names by language are version 2's for every place version 2 has.
            QStringLiteral(
                    "SELECT m.uid FROM places m JOIN v2.places x ON x.uid = m.uid WHERE"
                    " (SELECT group_concat(lang || '=' || name || '/' || origin, '|') FROM"
                    "   (SELECT * FROM place_names WHERE place_id = m.id"
                    "    AND origin IN ('geonames', 'cldr', 'curated') ORDER BY lang))"
                    " IS NOT (SELECT group_concat(lang || '=' || name || '/' || origin, '|') FROM"
                    "   (SELECT * FROM v2.place_names WHERE place_id = x.id ORDER BY lang))"),
            // Every row of version 2 is there, unless the user deleted it.
            QStringLiteral("SELECT x.uid FROM v2.places x WHERE NOT EXISTS (SELECT 1 FROM places m "
                           "WHERE m.uid = x.uid)"
                           " AND NOT EXISTS (SELECT 1 FROM tombstones t WHERE t.uid = x.uid)"),
            QStringLiteral("SELECT x.uid FROM v2.partnerships x WHERE NOT EXISTS (SELECT 1 FROM "
                           "partnerships m WHERE m.uid = x.uid)"
                           " AND NOT EXISTS (SELECT 1 FROM tombstones t WHERE t.uid = x.uid)"),
            QStringLiteral("SELECT x.uid FROM v2.events x WHERE NOT EXISTS (SELECT 1 FROM events m "
                           "WHERE m.uid = x.uid)"
                           " AND NOT EXISTS (SELECT 1 FROM tombstones t WHERE t.uid = x.uid)"),
    };
    for (const QString &sql : differing) {
        QVERIFY2(q.exec(sql.contains(QLatin1String("%1")) ? sql.arg(untouched) : sql),
                 qPrintable(q.lastError().text()));
        QStringList uids;
        while (q.next())
            uids << q.value(0).toString();
        QVERIFY2(uids.isEmpty(),
                 qPrintable(uids.join(QStringLiteral(", ")) + QStringLiteral(" in: ")
                            + sql.left(60)));
    }
}

void tst_AtlasUpgrader::secondStartHasNothingToDo()
{
    QCOMPARE(AtlasUpgrader::upgradeIfNeeded(userPath(), m_v2, backups()).status,
             UpgradeReport::Status::Upgraded);
    const QStringList copies = QDir(backups()).entryList(QDir::Files);
    AtlasDump before;
    {
        AtlasDatabase db;
        QVERIFY(db.open(userPath(), AtlasDatabase::Mode::ReadOnly));
        before = dumpAtlas(db.connection());
    }
    const UpgradeReport again = AtlasUpgrader::upgradeIfNeeded(userPath(), m_v2, backups());
    QCOMPARE(again.status, UpgradeReport::Status::UpToDate);
    QVERIFY(again.message().isEmpty());
    QCOMPARE(QDir(backups()).entryList(QDir::Files), copies);
    // An older bundled atlas (a downgraded program) is not merged back either.
    QCOMPARE(AtlasUpgrader::upgradeIfNeeded(userPath(), m_v1, backups()).status,
             UpgradeReport::Status::UpToDate);
    AtlasDatabase db;
    QVERIFY(db.open(userPath(), AtlasDatabase::Mode::ReadOnly));
    QVERIFY(dumpAtlas(db.connection()) == before);
}

void tst_AtlasUpgrader::failedMergeChangesNothing()
{
    AtlasDump before;
    {
        AtlasDatabase db;
        QVERIFY(db.open(userPath()));
        // Make the merge fail late: the last new place is refused.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_riverside BEFORE INSERT ON places"
                                      " WHEN NEW.uid = 'gn:5387877' BEGIN SELECT RAISE(ABORT, "
                                      "'refused by the test'); END")));
        before = dumpAtlas(db.connection());
    }
    const UpgradeReport report = AtlasUpgrader::upgradeIfNeeded(userPath(), m_v2, backups());
    QCOMPARE(report.status, UpgradeReport::Status::Failed);
    QVERIFY2(report.errorString.contains(QLatin1String("refused by the test")),
             qPrintable(report.errorString));
    QVERIFY(report.message().contains(QLatin1String("it is as it was")));
    QCOMPARE(report.places.added, 0);
    AtlasDatabase db;
    QVERIFY(db.open(userPath(), AtlasDatabase::Mode::ReadOnly));
    const AtlasDump after = dumpAtlas(db.connection());
    QVERIFY2(after == before, qPrintable(dumpDifference(after, before)));
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM pragma_database_list"))
                     .toInt(),
             1); // nothing left attached
}

void tst_AtlasUpgrader::atlasInUseIsLeftAlone()
{
    AtlasDatabase window;
    QVERIFY(window.openForEditing(userPath()));
    const UpgradeReport report = AtlasUpgrader::upgradeIfNeeded(userPath(), m_v2, backups());
    QCOMPARE(report.status, UpgradeReport::Status::Skipped);
    QVERIFY2(report.message().contains(QLatin1String("Another Twinatlas")),
             qPrintable(report.message()));
    QCOMPARE(window.meta(QStringLiteral("data_version")), QStringLiteral("merge-1"));
    window.close();
    QCOMPARE(AtlasUpgrader::upgradeIfNeeded(userPath(), m_v2, backups()).status,
             UpgradeReport::Status::Upgraded);
}

void tst_AtlasUpgrader::olderSchemaIsCopiedFirst()
{
    // A user's atlas of schema 1 is copied as it is before opening upgrades its schema; then
    // the same data under a newer version merges with nothing to do: the migrated event uids
    // are the ones the new builder writes.
    const QString path = loadVersionOneAtlas(m_dir.filePath(QStringLiteral("user/old.sqlite")));
    QVERIFY(!path.isEmpty());
    const QString data = m_dir.filePath(QStringLiteral("small-test-2"));
    QVERIFY(copyTree(QStringLiteral(TWINATLAS_TEST_DATA "/atlas-small"), data));
    QFile version(data + QStringLiteral("/VERSION"));
    QVERIFY(version.open(QIODevice::WriteOnly | QIODevice::Truncate));
    version.write("test-2\n");
    version.close();
    const QString bundled = buildAtlas(data, m_dir.filePath(QStringLiteral("small-test-2.sqlite")));
    QVERIFY(!bundled.isEmpty());

    const UpgradeReport report = AtlasUpgrader::upgradeIfNeeded(path, bundled, backups());
    QCOMPARE(report.status, UpgradeReport::Status::Upgraded);
    QCOMPARE(report.fromVersion, QStringLiteral("test-1"));
    for (const UpgradeCounts &counts :
         {report.places, report.partnerships, report.events, report.sources}) {
        QCOMPARE(counts.added, 0);
        QCOMPARE(counts.corrected, 0);
        QCOMPARE(counts.removed, 0);
    }
    QVERIFY(!report.backupPath.isEmpty());
    int schema = 0;
    QCOMPARE(AtlasDatabase::inspectHeader(report.backupPath, &schema, nullptr),
             AtlasDatabase::Problem::None);
    QCOMPARE(schema, 1);
    AtlasDatabase db;
    QVERIFY(db.open(path, AtlasDatabase::Mode::ReadOnly));
    QCOMPARE(db.schemaVersion(), AtlasSchema::currentVersion());
    QCOMPARE(db.meta(QStringLiteral("data_version")), QStringLiteral("test-2"));
}

// The data's names by language follow the new data; a name the user fetched (Wikidata) or
// typed stays and wins over the data's; and every name is searchable after the merge.
void tst_AtlasUpgrader::namesByLanguageFollowTheData()
{
    {
        AtlasDatabase db;
        QVERIFY(db.openForEditing(userPath()));
        QSqlQuery q(db.connection());
        const qint64 auckland = idOf(db.connection(), QStringLiteral("places"), QStringLiteral("gn:2193733"));
        const qint64 haifa = idOf(db.connection(), QStringLiteral("places"), QStringLiteral("gn:294801"));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO place_names (place_id, lang, name, origin) VALUES"
                                       " (%1, 'mi', 'Tamaki', 'user'), (%2, 'he', 'חיפה', 'wikidata')")
                                .arg(auckland)
                                .arg(haifa)),
                 qPrintable(q.lastError().text()));
    }
    QCOMPARE(AtlasUpgrader::upgradeIfNeeded(userPath(), m_v2, backups()).status,
             UpgradeReport::Status::Upgraded);
    AtlasDatabase db;
    QVERIFY(db.open(userPath(), AtlasDatabase::Mode::ReadOnly));
    const QSqlDatabase c = db.connection();
    auto nameOf = [&c](const QString &uid, const QString &language) {
        const auto place = AtlasReader(c, language).placeByUid(uid);
        return place ? place->name : QString();
    };
    QCOMPARE(nameOf(QStringLiteral("gn:2934246"), QStringLiteral("pl")), QStringLiteral("Düsseldorf"));
    QCOMPARE(nameOf(QStringLiteral("gn:2111149"), QStringLiteral("ja")), QStringLiteral("仙台市"));
    QCOMPARE(nameOf(QStringLiteral("gn:745044"), QStringLiteral("en")), QStringLiteral("Istanbul"));
    QCOMPARE(nameOf(QStringLiteral("gn:2193733"), QStringLiteral("mi")), QStringLiteral("Tamaki"));
    QCOMPARE(nameOf(QStringLiteral("gn:294801"), QStringLiteral("he")), QStringLiteral("חיפה"));
    // Warsaw, which version 2 drops, stays for the user's partnership, with its names.
    QCOMPARE(nameOf(QStringLiteral("gn:756135"), QStringLiteral("de")), QStringLiteral("Warschau"));

    PlaceSearch search(c, QStringLiteral("en"));
    auto finds = [&search, &c](const QString &text, const QString &uid) {
        const auto place = AtlasReader(c).placeByUid(uid);
        for (const SearchHit &hit : search.search(text))
            if (place && hit.placeId == place->id)
                return true;
        return false;
    };
    QVERIFY(finds(QStringLiteral("仙台市"), QStringLiteral("gn:2111149")));
    QVERIFY(finds(QStringLiteral("Tamaki"), QStringLiteral("gn:2193733")));
    QVERIFY(!finds(QStringLiteral("Tāmaki Makaurau"), QStringLiteral("gn:2193733")));
    QVERIFY(finds(QStringLiteral("Warschau"), QStringLiteral("gn:756135")));
}

QTEST_GUILESS_MAIN(tst_AtlasUpgrader)
#include "tst_atlasupgrader.moc"
