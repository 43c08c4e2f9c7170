// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzzer's seed corpus and every input it ever crashed on (tests/fuzz/regressions), replayed
// through the same target as a regular test, so that a fault found once stays fixed; and the
// hostile inputs the issue names, built here at full size.
#include "fuzztarget.h"

#include "io/countryresolver.h"
#include "io/listreader.h"

#include <QDir>
#include <QTest>

using namespace twinatlas;

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void replays_data();
    void replays();
    void refusesHostileInput_data();
    void refusesHostileInput();
};

void TestFuzzCorpus::replays_data()
{
    QTest::addColumn<QString>("path");
    int count = 0;
    for (const char *dir : {TWINATLAS_FUZZ_CORPUS, TWINATLAS_FUZZ_REGRESSIONS}) {
        const QDir d(QString::fromUtf8(dir));
        for (const QString &name : d.entryList(QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(name)) << d.filePath(name);
            ++count;
        }
    }
    QVERIFY(count >= 10);
}

void TestFuzzCorpus::replays()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    // The target aborts on a broken invariant; reaching the next line is the test.
    QCOMPARE(fuzz::runOne(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())), 0);
}

void TestFuzzCorpus::refusesHostileInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QByteArray longLine("city,twin\n");
    longLine += QByteArray(100 * 1024 * 1024, 'x');
    QTest::newRow("a line of 100 MB") << longLine << int(ImportFormat::Csv) << qint64(2)
                                      << qint64(TextDecoder::defaultMaxLineChars + 1);
    QByteArray columns("city,twin\n");
    columns += QByteArray(1000000, ',');
    QTest::newRow("a million columns") << columns << int(ImportFormat::Csv) << qint64(2)
                                       << qint64(DelimitedTable::maxColumns + 1);
    QTest::newRow("NUL byte") << QByteArray("city,twin\nA,\0B\n", 15) << int(ImportFormat::Csv) << qint64(2) << qint64(3);
    QTest::newRow("truncated JSON") << QByteArray("[{\"cityLabel\":\"Berlin\",\"twinLabel\":\"Par")
                                    << int(ImportFormat::WikidataJson) << qint64(1) << qint64(40);
    QTest::newRow("unbalanced quote") << QByteArray("city,twin\nA,\"B\nC,D\n") << int(ImportFormat::Csv) << qint64(2)
                                      << qint64(3);
    QTest::newRow("longitude out of range") << QByteArray("city,lat,lon,twin\nA,10,181,B\n") << int(ImportFormat::Csv)
                                            << qint64(2) << qint64(6);
    QTest::newRow("Wikidata point out of range") << QByteArray("[{\"cityLabel\":\"A\",\"cityCoord\":\"Point(10 -91)\","
                                                               "\"twinLabel\":\"B\"}]")
                                                 << int(ImportFormat::WikidataJson) << qint64(1) << qint64(2);
}

void TestFuzzCorpus::refusesHostileInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    const CountryResolver countries(QStringLiteral("/nonexistent"), QStringLiteral("/nonexistent"), {});
    ListReader reader(countries);
    ListReader::Options options;
    options.format = ImportFormat(format);
    QVERIFY(!reader.read(bytes, QStringLiteral("hostile.csv"), options));
    QCOMPARE(reader.fault().line, line);
    QCOMPARE(reader.fault().column, column);
    QVERIFY(reader.fault().toString().startsWith(QStringLiteral("hostile.csv:%1:%2: ").arg(line).arg(column)));
    QVERIFY(reader.records().isEmpty());
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
