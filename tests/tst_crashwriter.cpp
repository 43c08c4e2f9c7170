// SPDX-License-Identifier: GPL-3.0-or-later
// A writer killed with SIGKILL at random moments never loses a change it reported committed and
// never leaves one half applied: each change set's place, partnership, event, source and two
// citations are all there or none, and the file passes SQLite's integrity check.
#include "db/atlasdatabase.h"
#include "edittesting.h"
#include "testatlas.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;
using namespace twinatlas::testing;

class tst_CrashWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWriterLosesNothing_data();
    void killedWriterLosesNothing();

private:
    static int rowsOfChange(QSqlDatabase db, qint64 n);

    QTemporaryDir m_dir;
    QString m_atlas;
};

void tst_CrashWriter::initTestCase()
{
    // One atlas for all runs: each run starts from what the killed one left.
    m_atlas = buildSmallAtlas(m_dir.path(), QStringLiteral("crash.sqlite"));
    QVERIFY(!m_atlas.isEmpty());
}

// How many of the six rows of change set n are in the atlas.
int tst_CrashWriter::rowsOfChange(QSqlDatabase db, qint64 n)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "SELECT (SELECT count(*) FROM places WHERE uid = :p)"
            " + (SELECT count(*) FROM partnerships WHERE uid = :t)"
            " + (SELECT count(*) FROM events WHERE uid = :e)"
            " + (SELECT count(*) FROM sources WHERE uid = :s)"
            " + (SELECT count(*) FROM partnership_sources l JOIN partnerships t ON t.id = "
            "l.partnership_id"
            "    JOIN sources s ON s.id = l.source_id WHERE t.uid = :t AND s.uid = :s)"
            " + (SELECT count(*) FROM event_sources l JOIN events e ON e.id = l.event_id"
            "    JOIN sources s ON s.id = l.source_id WHERE e.uid = :e AND s.uid = :s)"));
    const QString prefix = QStringLiteral("crash:%1:").arg(n);
    q.bindValue(QStringLiteral(":p"), prefix + QStringLiteral("place"));
    q.bindValue(QStringLiteral(":t"), prefix + QStringLiteral("twin"));
    q.bindValue(QStringLiteral(":e"), prefix + QStringLiteral("event"));
    q.bindValue(QStringLiteral(":s"), prefix + QStringLiteral("source"));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void tst_CrashWriter::killedWriterLosesNothing_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {11u, 23u, 42u, 57u, 88u, 101u})
        QTest::addRow("seed %u", seed) << seed;
}

void tst_CrashWriter::killedWriterLosesNothing()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    const qint64 first = qint64(seed) * 100000;
    QProcess writer;
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(
            QStringLiteral(TWINATLAS_CRASH_HELPER),
            {QStringLiteral("write"), m_atlas, QString::number(first), QStringLiteral("100000")});
    QVERIFY(writer.waitForStarted());
    // Let it commit at least once, then kill it at a moment of the seed's choosing.
    QElapsedTimer started;
    started.start();
    while (!writer.canReadLine() && started.elapsed() < 20000)
        writer.waitForReadyRead(100);
    QVERIFY2(writer.canReadLine(), qPrintable(writer.readAllStandardError()));
    QTest::qWait(int(random.bounded(20, 400)));
    writer.kill(); // SIGKILL: no chance to finish a transaction or close the file
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    QList<qint64> committed;
    const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("committed "))
            committed << line.mid(10).toLongLong();
        else
            QVERIFY2(line.isEmpty(), line.constData());
    }
    QVERIFY(!committed.isEmpty());

    AtlasDatabase db;
    QVERIFY2(db.open(m_atlas), qPrintable(db.errorString())); // recovers from the WAL
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
    QStringList integrity;
    while (q.next())
        integrity << q.value(0).toString();
    QCOMPARE(integrity, QStringList{QStringLiteral("ok")});
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!q.next());
    for (qint64 n : std::as_const(committed))
        QVERIFY2(rowsOfChange(db.connection(), n) == 6,
                 qPrintable(QStringLiteral("change %1 was reported committed").arg(n)));
    // The one in flight when the process died: whole or absent.
    const int next = rowsOfChange(db.connection(), committed.last() + 1);
    QVERIFY2(next == 0 || next == 6,
             qPrintable(QStringLiteral("change %1 half applied: %2 rows")
                                .arg(committed.last() + 1)
                                .arg(next)));
    QCOMPARE(rowsOfChange(db.connection(), committed.last() + 2), 0);
    // Every place of the runs so far is in the search index.
    QCOMPARE(
            scalar(db.connection(),
                   QStringLiteral(
                           "SELECT count(*) FROM places p WHERE p.uid LIKE 'crash:%' AND NOT EXISTS"
                           " (SELECT 1 FROM search_keys k WHERE k.place_id = p.id)"))
                    .toInt(),
            0);
    qInfo("seed %u: %lld change sets committed before the kill", seed, qint64(committed.size()));
}

QTEST_GUILESS_MAIN(tst_CrashWriter)
#include "tst_crashwriter.moc"
