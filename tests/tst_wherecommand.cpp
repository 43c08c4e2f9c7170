// SPDX-License-Identifier: GPL-3.0-or-later
// `twinatlas where` as a script runs it, without a display, on the small test atlas: NMEA logs
// replayed to their last valid fix, a given position, and every way it can refuse.
#include "testatlas.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class tst_WhereCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nearestToTheLastFix_data();
    void nearestToTheLastFix();
    void skippedLinesAreMentioned();
    void logWithoutAFixExitsNonZero();
    void givenPosition();
    void badArguments_data();
    void badArguments();

private:
    int run(const QStringList &arguments, QString *out, QString *err);

    QTemporaryDir m_dir;
    QString m_atlas;
};

namespace {

QString logPath(const char *name)
{
    return QStringLiteral(TWINATLAS_TEST_DATA "/nmea/") + QLatin1String(name);
}

} // namespace

void tst_WhereCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_atlas = twinatlas::testing::buildSmallAtlas(m_dir.path());
    QVERIFY(!m_atlas.isEmpty());
}

int tst_WhereCommand::run(const QStringList &arguments, QString *out, QString *err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // it must not need one
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TWINATLAS_EXECUTABLE),
            QStringList{QStringLiteral("where"), QStringLiteral("--database"), m_atlas} + arguments);
    if (!p.waitForFinished(60000))
        return -1;
    *out = QString::fromUtf8(p.readAllStandardOutput());
    *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void tst_WhereCommand::nearestToTheLastFix_data()
{
    QTest::addColumn<QString>("log");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("nearest");
    QTest::addColumn<double>("km");
    QTest::addColumn<int>("partners");

    // Distances: GeodSolve -i from the fix to the place.
    QTest::newRow("landed at Düsseldorf") << logPath("valid.nmea")
                                          << "# position\t6.76680 51.28950\t2024-05-14T10:05:12Z"
                                          << "Düsseldorf, Germany" << 7.6 << 3;
    QTest::newRow("Chemnitz amid noise") << logPath("corrupt.nmea")
                                         << "# position\t12.92000 50.84000\t2024-05-14T10:15:00Z"
                                         << "Chemnitz, Germany" << 0.8 << 1;
    QTest::newRow("Reading, not Haifa") << logPath("badchecksum.nmea")
                                        << "# position\t-0.97810 51.45430\t2024-05-14T08:00:00Z"
                                        << "Reading, United Kingdom" << 0.5 << 1;
    QTest::newRow("GGA only") << logPath("ggaonly.nmea") << "# position\t6.77610 51.22180\tT12:34:57Z"
                              << "Düsseldorf, Germany" << 0.0 << 3;
    // RMC writes years with two digits; 94 is 1994 (NMEA's pivot), not 2094.
    QTest::newRow("RMC of 1994") << logPath("rmc1994.nmea") << "# position\t6.77620 51.22170\t1994-03-23T12:35:19Z"
                                 << "Düsseldorf, Germany" << 0.0 << 3;
}

void tst_WhereCommand::nearestToTheLastFix()
{
    QFETCH(QString, log);
    QFETCH(QString, position);
    QFETCH(QString, nearest);
    QFETCH(double, km);
    QFETCH(int, partners);

    QString out, err;
    QCOMPARE(run({QStringLiteral("--nmea"), log}, &out, &err), 0);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3 + partners);
    QCOMPARE(lines.at(0), position);
    const QStringList cells = lines.at(1).split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), 6);
    QCOMPARE(cells.at(0), QStringLiteral("# nearest"));
    QVERIFY2(cells.at(1).startsWith(nearest), qPrintable(cells.at(1)));
    QCOMPARE(cells.at(4), QStringLiteral("%1 km").arg(km, 0, 'f', 1));
    QCOMPARE(cells.at(5), QStringLiteral("%1 partnerships").arg(partners));
    QCOMPARE(lines.at(2), QStringLiteral("partner\tcountry\tkind\tstatus\tstart\tend\tdistance_km"));
    for (const QString &line : lines.mid(3))
        QCOMPARE(line.count(QLatin1Char('\t')), 6);
}

void tst_WhereCommand::skippedLinesAreMentioned()
{
    QString out, err;
    QCOMPARE(run({QStringLiteral("--nmea"), logPath("badchecksum.nmea")}, &out, &err), 0);
    QVERIFY2(err.contains(QLatin1String("line 2")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("3 lines skipped")), qPrintable(err));
    // A clean log says nothing on stderr.
    QCOMPARE(run({QStringLiteral("--nmea"), logPath("valid.nmea")}, &out, &err), 0);
    QCOMPARE(err, QString());
}

void tst_WhereCommand::logWithoutAFixExitsNonZero()
{
    QString out, err;
    QCOMPARE(run({QStringLiteral("--nmea"), logPath("nofix.nmea")}, &out, &err), 1);
    QCOMPARE(out, QString());
    QVERIFY2(err.contains(QLatin1String("no valid position fix")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("nofix.nmea")), qPrintable(err));
}

void tst_WhereCommand::givenPosition()
{
    QString out, err;
    // A negative value after its option is the value, not another option.
    QCOMPARE(run({QStringLiteral("--lon"), QStringLiteral("-0.9"), QStringLiteral("--lat"),
                  QStringLiteral("51.4")},
                 &out, &err),
             0);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.at(0), QStringLiteral("# position\t-0.90000 51.40000"));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("# nearest\tReading, United Kingdom")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.filter(QRegularExpression(QStringLiteral("^Düsseldorf\t"))).size() == 1, qPrintable(out));
}

void tst_WhereCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");

    QTest::newRow("nothing") << QStringList() << 2 << "either --nmea";
    QTest::newRow("both") << QStringList{"--nmea", logPath("valid.nmea"), "--lon", "1", "--lat", "2"}
                          << 2 << "either --nmea";
    QTest::newRow("lat missing") << QStringList{"--lon", "1"} << 2 << "both --lon and --lat";
    QTest::newRow("lat out of range") << QStringList{"--lon", "1", "--lat", "91"} << 2 << "--lat";
    QTest::newRow("lon not a number") << QStringList{"--lon", "east", "--lat", "1"} << 2 << "--lon";
    QTest::newRow("missing log") << QStringList{"--nmea", logPath("missing.nmea")} << 2 << "missing.nmea";
    QTest::newRow("stray argument") << QStringList{"Paris"} << 2 << "Paris";
}

void tst_WhereCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QString out, err;
    QCOMPARE(run(arguments, &out, &err), exitCode);
    QCOMPARE(out, QString());
    QVERIFY2(err.startsWith(QLatin1String("twinatlas where: ")), qPrintable(err));
    QVERIFY2(err.contains(says), qPrintable(err));
}

QTEST_GUILESS_MAIN(tst_WhereCommand)
#include "tst_wherecommand.moc"
