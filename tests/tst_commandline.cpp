// SPDX-License-Identifier: GPL-3.0-or-later
// The words after `twinatlas`: a mistyped command or a stray word is an error (exit 2) that
// lists the commands, answered without a display, and never starts the window.
#include "testatlas.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wrongWordsAreRefused_data();
    void wrongWordsAreRefused();
    void windowOptionsStillAnswer_data();
    void windowOptionsStillAnswer();

private:
    int run(const QStringList &arguments, QString *out, QString *err);

    QTemporaryDir m_dir;
    QString m_atlas;
};

void tst_CommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_atlas = twinatlas::testing::buildSmallAtlas(m_dir.path());
    QVERIFY(!m_atlas.isEmpty());
}

int tst_CommandLine::run(const QStringList &arguments, QString *out, QString *err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // As in a script: no display. A window that started anyway fails or hangs here.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TWINATLAS_EXECUTABLE), arguments);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    *out = QString::fromUtf8(p.readAllStandardOutput());
    *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void tst_CommandLine::wrongWordsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("mistyped command") << QStringList{"chek"} << "unknown command “chek”";
    QTest::newRow("mistyped command with an option") << QStringList{"chekc", "--database", "@"}
                                                     << "unknown command “chekc”";
    QTest::newRow("command in capitals") << QStringList{"QUERY", "Berlin"} << "unknown command “QUERY”";
    QTest::newRow("a word after the options") << QStringList{"--database", "@", "Berlin"}
                                              << "unexpected argument “Berlin”";
    QTest::newRow("unknown option") << QStringList{"--databse", "@"} << "unknown option";
}

void tst_CommandLine::wrongWordsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("@"), m_atlas);
    QString out, err;
    QCOMPARE(run(arguments, &out, &err), 2);
    QVERIFY2(err.contains(message), qPrintable(err));
    // The commands there are, so that the user can see what they meant.
    for (const char *command : {"query", "export", "export-data", "import", "where"})
        QVERIFY2(err.contains(QStringLiteral("  %1").arg(QLatin1String(command))), qPrintable(err));
    QVERIFY(out.isEmpty());
}

void tst_CommandLine::windowOptionsStillAnswer_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output");
    QTest::newRow("--help") << QStringList{"--help"} << "--database";
    QTest::newRow("--version") << QStringList{"--version"} << "twinatlas ";
    QTest::newRow("a command's --help") << QStringList{"query", "--help"} << "query";
    // Qt's own options, with their values, are not stray words.
    QTest::newRow("Qt's options") << QStringList{"-style", "fusion", "-reverse", "--version"} << "twinatlas ";
}

void tst_CommandLine::windowOptionsStillAnswer()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    QString out, err;
    QCOMPARE(run(arguments, &out, &err), 0);
    QVERIFY2(out.contains(output), qPrintable(out));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
