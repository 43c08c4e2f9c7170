// SPDX-License-Identifier: GPL-3.0-or-later
// Each user action is one undoable step: undo puts every table back exactly as it was (ids,
// uids, stamps, tombstones and the search index included), redo puts the change back exactly,
// and a refused change leaves neither a trace in the atlas nor a step in the history.
#include "atlasedits.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "edit/atlaswriter.h"
#include "edit/rowstore.h"
#include "edittesting.h"
#include "testatlas.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace twinatlas;
using namespace twinatlas::testing;

class tst_EditCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void undoAndRedoRestoreExactly_data();
    void undoAndRedoRestoreExactly();
    void refusedChangeLeavesNoStep();
    void endingAddsTheEvent();
    void checklistWithoutChangeIsNoStep();

private:
    ApplyResult perform(const QString &action);
    qint64 place(const QString &uid) const
    {
        return idOf(m_db->connection(), QStringLiteral("places"), uid);
    }
    qint64 partnership(const QString &uid) const
    {
        return idOf(m_db->connection(), QStringLiteral("partnerships"), uid);
    }

    QTemporaryDir m_dir;
    QString m_pristine;
    std::unique_ptr<AtlasDatabase> m_db;
    std::unique_ptr<AtlasEdits> m_edits;
    int m_copies = 0;
};

void tst_EditCommands::initTestCase()
{
    m_pristine = buildSmallAtlas(m_dir.path());
    QVERIFY(!m_pristine.isEmpty());
}

void tst_EditCommands::init()
{
    // A fresh copy for each test, so that the rows do not depend on one another.
    const QString copy = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(++m_copies));
    QVERIFY(QFile::copy(m_pristine, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    m_db = std::make_unique<AtlasDatabase>();
    QVERIFY2(m_db->open(copy), qPrintable(m_db->errorString()));
    m_edits = std::make_unique<AtlasEdits>(*m_db);
    m_edits->setClock([] { return QDateTime(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC); });
}

void tst_EditCommands::cleanup()
{
    m_edits.reset();
    m_db.reset();
}

ApplyResult tst_EditCommands::perform(const QString &action)
{
    const RowStore rows(m_db->connection());
    const qint64 ddorf = place(QStringLiteral("gn:2934246"));
    const qint64 reading = partnership(QStringLiteral("ddorf-reading"));
    SourceRow newSource;
    newSource.title = QStringLiteral("Council minutes");
    newSource.url = QStringLiteral("https://example.org/minutes");
    SourceRow existing = *rows.source(
            idOf(m_db->connection(), QStringLiteral("sources"), QStringLiteral("test-doc")));
    if (action == QLatin1String("add partnership")) {
        PartnershipRow p;
        p.placeA = place(QStringLiteral("gn:2179537")); // Wellington, no partners yet
        p.placeB = place(QStringLiteral("gn:4699066"));
        p.kind = QStringLiteral("friendship_city");
        p.startDate = QStringLiteral("1996-05");
        p.note = QStringLiteral("A note");
        return m_edits->addPartnership(p, {newSource, existing});
    }
    if (action == QLatin1String("edit partnership")) {
        PartnershipRow p = *rows.partnership(reading);
        p.kind = QStringLiteral("twin_town");
        p.startDate = QStringLiteral("1988-11-17");
        // One source dropped, a new one added.
        return m_edits->editPartnership(p, {existing, newSource});
    }
    if (action == QLatin1String("end partnership")
        || action == QLatin1String("suspend partnership")) {
        EventRow e;
        e.partnershipId = reading;
        e.type = action.startsWith(QLatin1String("end")) ? QStringLiteral("ended")
                                                         : QStringLiteral("suspended");
        e.date = QStringLiteral("2024-02");
        e.description = QStringLiteral("By council vote");
        return m_edits->changePartnershipStatus(e, {newSource});
    }
    if (action == QLatin1String("renew ended partnership")) {
        EventRow e;
        e.partnershipId = partnership(QStringLiteral("auckland-la"));
        e.type = QStringLiteral("renewed");
        e.date = QStringLiteral("2025");
        return m_edits->changePartnershipStatus(e, {});
    }
    if (action == QLatin1String("remove partnership"))
        return m_edits->removePartnership(reading);
    if (action == QLatin1String("add event")) {
        EventRow e;
        e.partnershipId = reading;
        e.type = QStringLiteral("exchange");
        e.date = QStringLiteral("2019-09");
        e.description = QStringLiteral("School exchange");
        return m_edits->addEvent(e, {newSource, existing});
    }
    const qint64 signedEvent = AtlasReader(m_db->connection()).eventsOf(reading).value(0).id;
    if (action == QLatin1String("edit event")) {
        EventRow e = *rows.event(signedEvent);
        e.description = QStringLiteral("Signed in the town hall");
        e.date = QStringLiteral("1988-10-03");
        return m_edits->editEvent(e, {newSource});
    }
    if (action == QLatin1String("remove event"))
        return m_edits->removeEvent(signedEvent);
    if (action == QLatin1String("add place")) {
        PlaceRow p;
        p.name = QStringLiteral("Oberkassel");
        p.country = QStringLiteral("DE");
        p.kind = QStringLiteral("district");
        p.lon = 6.75;
        p.lat = 51.23;
        return m_edits->addPlace(p);
    }
    if (action == QLatin1String("edit place")) {
        PlaceRow p = *rows.place(place(QStringLiteral("gn:2639577")));
        p.name = QStringLiteral("Reading (Berkshire)");
        p.lat = 51.4562;
        return m_edits->editPlace(p);
    }
    if (action == QLatin1String("remove place with partnerships")) {
        QVector<qint64> ids;
        for (const PartnerEntry &e : AtlasReader(m_db->connection()).partnersOf(ddorf))
            ids << e.partnership.id;
        return m_edits->removePlace(ddorf, ids);
    }
    if (action == QLatin1String("card received") || action == QLatin1String("card not yet")) {
        ChecklistRow c;
        c.placeUid = QStringLiteral("gn:2934246");
        c.partnerUid = QStringLiteral("gn:2639577");
        c.state = QStringLiteral("received");
        c.receivedDate = QStringLiteral("2024-05");
        c.note = QStringLiteral("From Anna");
        if (action == QLatin1String("card not yet"))
            c.state = QString(); // received before the test (prepare), now taken back
        return m_edits->setChecklistEntry(c);
    }
    qFatal("unknown action %s", qPrintable(action));
}

void tst_EditCommands::undoAndRedoRestoreExactly_data()
{
    QTest::addColumn<QString>("action");
    for (const char *action :
         {"add partnership", "edit partnership", "end partnership", "suspend partnership",
          "renew ended partnership", "remove partnership", "add event", "edit event",
          "remove event", "add place", "edit place", "remove place with partnerships",
          "card received", "card not yet"})
        QTest::newRow(action) << QString::fromLatin1(action);
}

void tst_EditCommands::undoAndRedoRestoreExactly()
{
    QFETCH(QString, action);
    if (action == QLatin1String("card not yet")) {
        // A card received first, outside the history: the step under test takes it back.
        ChecklistRow c;
        c.placeUid = QStringLiteral("gn:2934246");
        c.partnerUid = QStringLiteral("gn:2639577");
        c.state = QStringLiteral("received");
        ChangeSet first;
        first.insert(c);
        QVERIFY(AtlasWriter(*m_db).apply(first).ok);
    }
    const QSqlDatabase db = m_db->connection();
    const AtlasDump before = dumpAtlas(db);
    QSignalSpy changed(m_edits.get(), &AtlasEdits::atlasChanged);

    const ApplyResult result = perform(action);
    QVERIFY2(result.ok, qPrintable(result.errorString()));
    const AtlasDump after = dumpAtlas(db);
    QVERIFY2(after != before, "the action changed nothing");
    QCOMPARE(m_edits->history()->count(), 1);
    QVERIFY(m_edits->canUndo());

    m_edits->undo();
    QVERIFY2(dumpAtlas(db) == before, qPrintable(dumpDifference(dumpAtlas(db), before)));
    m_edits->redo();
    QVERIFY2(dumpAtlas(db) == after, qPrintable(dumpDifference(dumpAtlas(db), after)));
    m_edits->undo();
    QVERIFY2(dumpAtlas(db) == before, qPrintable(dumpDifference(dumpAtlas(db), before)));
    QCOMPARE(m_edits->history()->count(), 1);
    // Every write told the window: the change, two undos and a redo.
    QCOMPARE(changed.count(), 4);
}

void tst_EditCommands::refusedChangeLeavesNoStep()
{
    const AtlasDump before = dumpAtlas(m_db->connection());
    QSignalSpy changed(m_edits.get(), &AtlasEdits::atlasChanged);
    PartnershipRow self;
    self.placeA = self.placeB = place(QStringLiteral("gn:2934246"));
    const ApplyResult result = m_edits->addPartnership(self, {});
    QVERIFY(!result.ok);
    QVERIFY(!result.problems.isEmpty());
    QCOMPARE(result.problems.first().field, QStringLiteral("place_b"));
    QVERIFY(result.errorString().contains(QLatin1String("itself")));
    QCOMPARE(m_edits->history()->count(), 0);
    QVERIFY(!m_edits->canUndo());
    QCOMPARE(changed.count(), 0);
    QVERIFY(dumpAtlas(m_db->connection()) == before);
}

void tst_EditCommands::endingAddsTheEvent()
{
    const qint64 id = partnership(QStringLiteral("ddorf-reading"));
    EventRow e;
    e.partnershipId = id;
    e.type = QStringLiteral("ended");
    e.date = QStringLiteral("2024-02");
    const ApplyResult result = m_edits->changePartnershipStatus(e, {});
    QVERIFY2(result.ok, qPrintable(result.errorString()));
    const AtlasReader reader(m_db->connection());
    QCOMPARE(reader.partnership(id)->status, QStringLiteral("ended"));
    QCOMPARE(reader.partnership(id)->endDate, QStringLiteral("2024-02"));
    const QVector<HistoryEvent> events = reader.eventsOf(id);
    QCOMPARE(events.last().type, QStringLiteral("ended"));
    QCOMPARE(events.last().date, QStringLiteral("2024-02"));
    QCOMPARE(events.last().origin, QStringLiteral("user"));
    QCOMPARE(m_edits->history()->text(0), QStringLiteral("End partnership Düsseldorf – Reading"));
}

void tst_EditCommands::checklistWithoutChangeIsNoStep()
{
    ChecklistRow c;
    c.placeUid = QStringLiteral("gn:2934246");
    c.partnerUid = QStringLiteral("gn:2639577");
    c.state = QString();
    const ApplyResult result = m_edits->setChecklistEntry(c); // not yet, and it was not yet
    QVERIFY(result.ok);
    QCOMPARE(m_edits->history()->count(), 0);
}

QTEST_MAIN(tst_EditCommands)
#include "tst_editcommands.moc"
