// SPDX-License-Identifier: GPL-3.0-or-later
// `twinatlas query` runs without a display and prints what the atlas holds.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class tst_QueryCommand : public QObject
{
    Q_OBJECT

private slots:
    void istanbulListsItsPartnerships();
    void stats();
    void unknownNameNamesClosestMatches();
    void badAtlasIsRefused();
    void namesFollowTheLanguage_data();
    void namesFollowTheLanguage();
    void qualifiedNames_data();
    void qualifiedNames();
    void ambiguousNameSaysSo();

private:
    int run(const QStringList &arguments, QString *out, QString *err,
            const QString &locale = QString());
};

int tst_QueryCommand::run(const QStringList &arguments, QString *out, QString *err,
                          const QString &locale)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!locale.isEmpty()) {
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.remove(QStringLiteral("LANGUAGE"));
    }
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // it must not need one
    QTemporaryDir home;
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TWINATLAS_EXECUTABLE), arguments);
    if (!p.waitForFinished(60000))
        return -1;
    *out = QString::fromUtf8(p.readAllStandardOutput());
    *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void tst_QueryCommand::istanbulListsItsPartnerships()
{
    QString out, err;
    QCOMPARE(run({QStringLiteral("query"), QStringLiteral("Istanbul")}, &out, &err), 0);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.first().contains(QRegularExpression(QStringLiteral("^# (İ|I)stanbul, T(ü|u)rk"))),
             qPrintable(lines.first()));
    QCOMPARE(lines.at(1), QStringLiteral("partner\tcountry\tkind\tstatus\tstart\tend\tdistance_km"));
    QVERIFY(lines.size() - 2 >= 42);
    QStringList berlin = lines.filter(QRegularExpression(QStringLiteral("^Berlin\t")));
    QCOMPARE(berlin.size(), 1);
    const QStringList cells = berlin.first().split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), 7);
    QCOMPARE(cells.at(1), QStringLiteral("Germany"));
    QCOMPARE(cells.at(4), QStringLiteral("1989-11-17"));
    QVERIFY(qAbs(cells.at(6).toDouble() - 1737) < 10);
    for (const QString &line : lines.mid(2))
        QCOMPARE(line.count(QLatin1Char('\t')), 6);
}

void tst_QueryCommand::stats()
{
    QString out, err;
    QCOMPARE(run({QStringLiteral("query"), QStringLiteral("--stats")}, &out, &err), 0);
    QRegularExpression places(QStringLiteral("^places\\t(\\d+)$"), QRegularExpression::MultilineOption);
    QRegularExpression partnerships(QStringLiteral("^partnerships\\t(\\d+)$"), QRegularExpression::MultilineOption);
    QVERIFY(places.match(out).captured(1).toInt() > 130000);
    QVERIFY(partnerships.match(out).captured(1).toInt() > 300);
    QVERIFY(out.contains(QLatin1String("\nevents\t")));
    QVERIFY(out.contains(QLatin1String("\nsources\t")));
}

void tst_QueryCommand::unknownNameNamesClosestMatches()
{
    QString out, err;
    QCOMPARE(run({QStringLiteral("query"), QStringLiteral("Dusseldrof")}, &out, &err), 1);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains(QStringLiteral("Dusseldrof")) && err.contains(QStringLiteral("Düsseldorf")), qPrintable(err));
}

void tst_QueryCommand::qualifiedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("header"); // the first line starts so
    QTest::newRow("comma") << "Springfield, Illinois" << "# Springfield, United States (Illinois)\tgn:4250542";
    QTest::newRow("code") << "Springfield IL" << "# Springfield, United States (Illinois)\tgn:4250542";
    QTest::newRow("brackets") << "Springfield (Illinois)" << "# Springfield, United States (Illinois)\tgn:4250542";
    QTest::newRow("country") << "Springfield, USA" << "# Springfield, United States (Illinois)\tgn:4250542";
    QTest::newRow("Paris, Texas") << "Paris, Texas" << "# Paris, United States (Texas)\tgn:4717560";
}

void tst_QueryCommand::qualifiedNames()
{
    QFETCH(QString, name);
    QFETCH(QString, header);
    QString out, err;
    QCOMPARE(run({QStringLiteral("query"), name}, &out, &err), 0);
    QVERIFY2(out.startsWith(header), qPrintable(out.left(200) + err));
    // A qualifier no namesake fits is no match.
    QCOMPARE(run({QStringLiteral("query"), QStringLiteral("Springfield, Narnia")}, &out, &err), 1);
    QVERIFY2(err.contains(QStringLiteral("Illinois")), qPrintable(err));
}

void tst_QueryCommand::ambiguousNameSaysSo()
{
    QString out, err;
    QCOMPARE(run({QStringLiteral("query"), QStringLiteral("Springfield")}, &out, &err), 0);
    // The one with partnerships first, on stdout; the others on stderr with region, size and
    // partner count.
    QVERIFY2(out.startsWith(QStringLiteral("# Springfield, United States (Illinois)")), qPrintable(out.left(200)));
    QVERIFY2(err.contains(QStringLiteral("places are called “Springfield”")), qPrintable(err));
    const QStringList others = err.split(u'\n').filter(QRegularExpression(QStringLiteral("^  Springfield, ")));
    QVERIFY2(others.size() >= 10, qPrintable(err));
    QVERIFY2(others.first().startsWith(QStringLiteral("  Springfield, Missouri, United States\tpopulation 166")),
             qPrintable(others.first()));
    QVERIFY(others.first().endsWith(QStringLiteral("\t0 partnerships")));
    // An unambiguous name says nothing of the kind.
    QCOMPARE(run({QStringLiteral("query"), QStringLiteral("Düsseldorf")}, &out, &err), 0);
    QVERIFY2(!err.contains(QStringLiteral("places are called")), qPrintable(err));
}

void tst_QueryCommand::badAtlasIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not an atlas\n");
    f.close();
    QString out, err;
    QCOMPARE(run({QStringLiteral("query"), QStringLiteral("--database"), path, QStringLiteral("Berlin")}, &out, &err), 2);
    QVERIFY2(err.contains(path) && err.contains(QLatin1String("not an atlas")), qPrintable(err));
}

void tst_QueryCommand::namesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("partner");
    QTest::newRow("Galway in English") << "en_GB.UTF-8" << "Gaillimh" << "# Galway, Ireland"
                                       << "Milwaukee\tUnited States";
    QTest::newRow("Killarney in English") << "en_GB.UTF-8" << "Killarney" << "# Killarney, Ireland"
                                          << "Scottsdale\tUnited States";
    // Country names stay English on the command line, whatever the language.
    QTest::newRow("Warschau in German") << "de_DE.UTF-8" << "Warszawa" << "# Warschau, Poland"
                                        << "Berlin\tGermany";
    QTest::newRow("Venedig among Istanbul's partners") << "de_DE.UTF-8" << "Istanbul"
                                                       << "# Istanbul, T" << "Venedig\tItaly";
}

void tst_QueryCommand::namesFollowTheLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, query);
    QFETCH(QString, heading);
    QFETCH(QString, partner);
    QString out, err;
    QCOMPARE(run({QStringLiteral("query"), query}, &out, &err, locale), 0);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.first().startsWith(heading), qPrintable(lines.first()));
    QVERIFY2(!lines.filter(QRegularExpression(QLatin1Char('^') + partner)).isEmpty(), qPrintable(out));
}

QTEST_GUILESS_MAIN(tst_QueryCommand)
#include "tst_querycommand.moc"
