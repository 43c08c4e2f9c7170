// SPDX-License-Identifier: GPL-3.0-or-later
// NMEA logs replayed through Qt Positioning's parser: the last valid fix wins; lines without a
// fix, garbled lines and sentences with wrong checksums never move the user.
#include "location/nmealog.h"

#include <QBuffer>
#include <QtTest>

using namespace twinatlas;

class tst_NmeaLog : public QObject
{
    Q_OBJECT

private slots:
    void lastValidFix_data();
    void lastValidFix();
    void logsWithoutAFix_data();
    void logsWithoutAFix();
    void missingFileIsNotReadable();
    void lineEndingsDoNotMatter();
    void rejectedSentencesAreCounted_data();
    void rejectedSentencesAreCounted();
    void twoDigitYears_data();
    void twoDigitYears();
};

namespace {

QString logPath(const char *name)
{
    return QStringLiteral(TWINATLAS_TEST_DATA "/nmea/") + QLatin1String(name);
}

/** One sentence, with its checksum computed here: the test does not trust its own data files. */
QByteArray sentence(const QByteArray &body)
{
    int sum = 0;
    for (const char c : body)
        sum ^= c;
    return '$' + body + '*' + QByteArray::number(sum, 16).rightJustified(2, '0').toUpper();
}

} // namespace

void tst_NmeaLog::lastValidFix_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<int>("line");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<int>("fixes");

    // After landing the receiver loses its fix: the sentences after line 14 have no position
    // (GGA quality 0, RMC status V) and must not replace the airport.
    QTest::newRow("flight, fix lost at the end") << logPath("valid.nmea") << 6.7668 << 51.2895
                                                 << 14 << QDate(2024, 5, 14) << QTime(10, 5, 12) << 6;
    QTest::newRow("noise around one good fix") << logPath("corrupt.nmea") << 12.92 << 50.84 << 4
                                               << QDate(2024, 5, 14) << QTime(10, 15) << 2;
    QTest::newRow("later fixes with wrong checksums") << logPath("badchecksum.nmea") << -0.9781
                                                      << 51.4543 << 2 << QDate(2024, 5, 14)
                                                      << QTime(8, 0) << 2;
    QTest::newRow("GGA only: a time without a date") << logPath("ggaonly.nmea") << 6.7761 << 51.2218
                                                     << 2 << QDate() << QTime(12, 34, 57) << 2;
}

void tst_NmeaLog::lastValidFix()
{
    QFETCH(QString, file);
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(int, line);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(int, fixes);

    const NmeaLog log = NmeaLog::readFile(file);
    QVERIFY2(log.isReadable(), qPrintable(log.errorString()));
    QVERIFY2(log.lastFix(), qPrintable(log.summary()));
    const PositionFix fix = *log.lastFix();
    // NMEA gives minutes to four decimals: about 0.2 m, far below 1e-6 degrees.
    QVERIFY2(qAbs(fix.position.lon - lon) < 1e-6, qPrintable(QString::number(fix.position.lon, 'f', 7)));
    QVERIFY2(qAbs(fix.position.lat - lat) < 1e-6, qPrintable(QString::number(fix.position.lat, 'f', 7)));
    QCOMPARE(fix.line, line);
    QCOMPARE(fix.date, date);
    QCOMPARE(fix.time, time);
    QCOMPARE(log.fixCount(), fixes);
}

void tst_NmeaLog::logsWithoutAFix_data()
{
    QTest::addColumn<QByteArray>("content");

    QFile noFix(logPath("nofix.nmea"));
    QVERIFY(noFix.open(QIODevice::ReadOnly));
    QTest::newRow("cold start") << noFix.readAll();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not NMEA") << QByteArray("hello\nworld\n\x01\x02\x03");
    // A position with a fix, but every checksum wrong or missing.
    const QByteArray rmc = sentence("GPRMC,080000.00,A,5127.2580,N,00058.6860,W,0.0,,140524,,,A");
    QByteArray wrong = rmc;
    wrong[wrong.size() - 1] = wrong.back() == '0' ? '1' : '0';
    QTest::newRow("wrong checksum") << wrong + '\n';
    QTest::newRow("no checksum") << rmc.left(rmc.indexOf('*')) + '\n';
    QTest::newRow("status V") << sentence("GPRMC,080000.00,V,5127.2580,N,00058.6860,W,0.0,,140524,,,N") + '\n';
    QTest::newRow("GGA quality 0")
            << sentence("GPGGA,080000.00,5127.2580,N,00058.6860,W,0,03,9.9,35.0,M,47.0,M,,") + '\n';
    QTest::newRow("fix without coordinates") << sentence("GPGGA,080000.00,,,,,1,08,0.9,,,,,,") + '\n';
    QTest::newRow("latitude out of range")
            << sentence("GPRMC,080000.00,A,9127.2580,N,00058.6860,W,0.0,,140524,,,A") + '\n';
}

void tst_NmeaLog::logsWithoutAFix()
{
    QFETCH(QByteArray, content);
    QBuffer buffer(&content);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const NmeaLog log = NmeaLog::read(buffer);
    QVERIFY(log.isReadable());
    QVERIFY2(!log.lastFix(), qPrintable(log.summary()));
    QCOMPARE(log.fixCount(), 0);
}

void tst_NmeaLog::missingFileIsNotReadable()
{
    const NmeaLog log = NmeaLog::readFile(logPath("no-such-log.nmea"));
    QVERIFY(!log.isReadable());
    QVERIFY(log.errorString().contains(QLatin1String("no-such-log.nmea")));
    QVERIFY(!log.lastFix());
}

void tst_NmeaLog::lineEndingsDoNotMatter()
{
    QFile file(logPath("valid.nmea"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray crlf = file.readAll();
    QVERIFY(crlf.contains("\r\n")); // the file keeps a receiver's line ends
    for (QByteArray content : {QByteArray(crlf).replace("\r\n", "\n"), QByteArray(crlf).replace("\r\n", "\r\n\r\n")}) {
        QBuffer buffer(&content);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const NmeaLog log = NmeaLog::read(buffer);
        QVERIFY(log.lastFix());
        QCOMPARE(log.fixCount(), 6);
        QVERIFY(qAbs(log.lastFix()->position.lat - 51.2895) < 1e-6);
    }
}

void tst_NmeaLog::rejectedSentencesAreCounted_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("sentences");
    QTest::addColumn<int>("ignored");
    QTest::addColumn<int>("rejected");

    // GSV (satellites in view) is well formed but carries no position: ignored, not rejected.
    QTest::newRow("valid") << logPath("valid.nmea") << 24 << 12 << 12 << 0;
    QTest::newRow("nofix") << logPath("nofix.nmea") << 28 << 22 << 6 << 0;
    // The sentence with letters in its latitude has a correct checksum: Qt reads it, finds no
    // position, and it counts as a sentence without a fix.
    QTest::newRow("corrupt") << logPath("corrupt.nmea") << 10 << 3 << 0 << 7;
    QTest::newRow("badchecksum") << logPath("badchecksum.nmea") << 6 << 3 << 0 << 3;
}

void tst_NmeaLog::rejectedSentencesAreCounted()
{
    QFETCH(QString, file);
    QFETCH(int, lines);
    QFETCH(int, sentences);
    QFETCH(int, ignored);
    QFETCH(int, rejected);

    const NmeaLog log = NmeaLog::readFile(file);
    QCOMPARE(log.lineCount(), lines);
    QCOMPARE(log.sentenceCount(), sentences);
    QCOMPARE(log.ignoredCount(), ignored);
    QCOMPARE(log.rejectedCount(), rejected);
}

void tst_NmeaLog::twoDigitYears_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QDate>("expected");
    // NMEA 0183 gives RMC's year in two digits; receivers and gpsd read 80–99 as 19xx.
    QTest::newRow("1994") << QByteArray("230394") << QDate(1994, 3, 23);
    QTest::newRow("1980") << QByteArray("010180") << QDate(1980, 1, 1);
    QTest::newRow("1999") << QByteArray("311299") << QDate(1999, 12, 31);
    QTest::newRow("2000") << QByteArray("010100") << QDate(2000, 1, 1);
    QTest::newRow("2024") << QByteArray("140524") << QDate(2024, 5, 14);
    QTest::newRow("2079") << QByteArray("311279") << QDate(2079, 12, 31);
}

void tst_NmeaLog::twoDigitYears()
{
    QFETCH(QByteArray, date);
    QFETCH(QDate, expected);
    QByteArray log = sentence("GPRMC,123519.00,A,5113.3020,N,00646.5720,E,0.0,0.0," + date + ",,,A") + "\r\n";
    QBuffer buffer(&log);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const NmeaLog read = NmeaLog::read(buffer);
    QVERIFY2(read.lastFix(), qPrintable(read.summary()));
    QCOMPARE(read.lastFix()->date, expected);
    QCOMPARE(read.lastFix()->time, QTime(12, 35, 19));
}

QTEST_GUILESS_MAIN(tst_NmeaLog)
#include "tst_nmealog.moc"
