// SPDX-License-Identifier: GPL-3.0-or-later
// The subcommands, run from a script with a fresh environment (no XDG_RUNTIME_DIR, no display,
// an empty home), print nothing on stderr but their own messages: no Qt warnings about the
// environment ("QStandardPaths: XDG_RUNTIME_DIR not set") that a script would take for the
// command's complaints. A command that succeeds says nothing there; one that fails says what,
// and only that.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class tst_QuietCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stderrHoldsOnlyTheCommandsOwnText_data();
    void stderrHoldsOnlyTheCommandsOwnText();

private:
    QTemporaryDir m_home;
};

void tst_QuietCommandLine::initTestCase()
{
    QVERIFY(m_home.isValid());
}

void tst_QuietCommandLine::stderrHoldsOnlyTheCommandsOwnText_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    // The prefix of every line the command itself writes on stderr; empty: nothing at all.
    QTest::addColumn<QString>("own");
    const QString out = m_home.filePath(QStringLiteral("out"));
    QTest::newRow("query")
            << QStringList { "query", "Istanbul" } << 0 << QString();
    QTest::newRow("query --stats")
            << QStringList { "query", "--stats" } << 0 << QString();
    QTest::newRow("where")
            << QStringList { "where", "--lon", "6.78", "--lat", "51.22" } << 0 << QString();
    QTest::newRow("export a map")
            << QStringList { "export", "--out", out + "/map.png", "--place", "Düsseldorf" } << 0 << QString();
    QTest::newRow("export a PDF")
            << QStringList { "export", "--out", out + "/map.pdf", "--paper", "a4" } << 0 << QString();
    QTest::newRow("export-data")
            << QStringList { "export-data", "--out", out + "/atlas.csv" } << 0 << QString();
    QTest::newRow("query, unknown place")
            << QStringList { "query", "Nowhereville" } << 1 << QStringLiteral("twinatlas query: ");
    QTest::newRow("export into a missing folder")
            << QStringList { "export", "--out", out + "/no such folder/map.png" } << 1
            << QStringLiteral("twinatlas export: ");
}

void tst_QuietCommandLine::stderrHoldsOnlyTheCommandsOwnText()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, own);
    QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("out"))));

    // A script's environment: a path, a language, a home; nothing of a desktop session.
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TWINATLAS_EXECUTABLE), arguments);
    QVERIFY(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == exitCode,
             qPrintable(QStringLiteral("exit %1: %2").arg(process.exitCode()).arg(err)));
    if (own.isEmpty()) {
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(!process.readAllStandardOutput().isEmpty());
        return;
    }
    const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), "the command said nothing about what failed");
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(own), qPrintable(err));
}

QTEST_GUILESS_MAIN(tst_QuietCommandLine)
#include "tst_quietcommandline.moc"
