// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged atlas is never read as if it were fine: with three data pages of the partnerships
// overwritten, every command that reads them says that the file is damaged and exits 2, and
// writes nothing, instead of printing, counting or exporting fewer rows.
#include "damagedatlas.h"
#include "runcli.h"
#include "testatlas.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;

class tst_DamagedAtlas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandSaysTheAtlasIsDamaged_data();
    void commandSaysTheAtlasIsDamaged();
    void checkNamesTheDamage();
    void intactCopyPassesTheCheck();
    void noCommandChangedTheFile();

private:
    int run(const QStringList &arguments, QString *out, QString *err);

    QTemporaryDir m_dir;
    QString m_damaged;
    QString m_list;
    QVector<int> m_pages;
    QByteArray m_hash;
};

void tst_DamagedAtlas::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    m_pages = testing::makeDamagedAtlas(m_damaged);
    QCOMPARE(m_pages.size(), 3);
    m_hash = testing::fileHash(m_damaged);
    m_list = m_dir.filePath(QStringLiteral("twins.csv"));
    QFile list(m_list);
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("place,place_country,partner,partner_country\nToruń,PL,Göttingen,DE\n");
}

int tst_DamagedAtlas::run(const QStringList &arguments, QString *out, QString *err)
{
    const testing::CliResult result = testing::runTwinatlas(arguments, m_dir.path());
    *out = result.out;
    *err = result.err;
    return result.code;
}

void tst_DamagedAtlas::commandSaysTheAtlasIsDamaged_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output"); ///< a file the command must not leave behind
    const QString out = m_dir.filePath(QStringLiteral("out"));
    QTest::newRow("query Toruń") << QStringList{"query", "Toruń"} << QString();
    QTest::newRow("query --stats") << QStringList{"query", "--stats"} << QString();
    QTest::newRow("export-data csv") << QStringList{"export-data", "--format", "csv", "--out", out + ".csv"}
                                     << out + ".csv";
    QTest::newRow("export-data geojson")
            << QStringList{"export-data", "--format", "geojson", "--out", out + ".geojson"} << out + ".geojson";
    QTest::newRow("export-data kml") << QStringList{"export-data", "--format", "kml", "--out", out + ".kml"}
                                     << out + ".kml";
    QTest::newRow("export-data --place") << QStringList{"export-data", "--place", "Toruń", "--out", out + "-torun.csv"}
                                         << out + "-torun.csv";
    QTest::newRow("export map") << QStringList{"export", "--place", "Toruń", "--out", out + ".png"} << out + ".png";
    QTest::newRow("where") << QStringList{"where", "--lat", "53.01", "--lon", "18.60"} << QString();
    // Göttingen is one of Toruń's twins already: unread, the pair would be imported again.
    QTest::newRow("import --dry-run") << QStringList{"import", "--dry-run", m_list} << QString();
    QTest::newRow("import") << QStringList{"import", m_list} << QString();
    QTest::newRow("check") << QStringList{"check"} << QString();
}

void tst_DamagedAtlas::commandSaysTheAtlasIsDamaged()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    arguments << QStringLiteral("--database") << m_damaged;
    QString out, err;
    const int code = run(arguments, &out, &err);
    QVERIFY2(code == 2, qPrintable(QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(code).arg(out.left(400), err)));
    QVERIFY2(err.contains(m_damaged) && err.contains(QLatin1String("is damaged")), qPrintable(err));
    // Qt's own words are not a message for a user.
    QVERIFY2(!err.contains(QLatin1String("Unable to")), qPrintable(err));
    // Nothing read before the failure is passed off as the answer.
    QVERIFY2(!out.contains(QLatin1String(" partnerships\n")) && !out.contains(QLatin1String("partnerships\t")),
             qPrintable(out));
    if (!output.isEmpty())
        QVERIFY2(!QFileInfo::exists(output), qPrintable(output));
}

void tst_DamagedAtlas::checkNamesTheDamage()
{
    QString out, err;
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--database"), m_damaged}, &out, &err), 2);
    const QString all = out + err;
    // The table, and each overwritten page.
    QVERIFY2(all.contains(QLatin1String("partnerships")), qPrintable(all));
    for (int page : std::as_const(m_pages))
        QVERIFY2(all.contains(QStringLiteral("page %1").arg(page), Qt::CaseInsensitive), qPrintable(all));
}

void tst_DamagedAtlas::intactCopyPassesTheCheck()
{
    QString out, err;
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--database"), QStringLiteral(TWINATLAS_BUNDLED_DB)},
                 &out, &err),
             0);
    QVERIFY2(out.contains(QLatin1String("no problems")), qPrintable(out + err));
}

void tst_DamagedAtlas::noCommandChangedTheFile()
{
    // Not even its journal mode: a damaged file is evidence, and a backup may yet be made of it.
    QCOMPARE(testing::fileHash(m_damaged), m_hash);
    QVERIFY(!QFileInfo::exists(m_damaged + QStringLiteral("-wal")));
}

QTEST_GUILESS_MAIN(tst_DamagedAtlas)
#include "tst_damagedatlas.moc"
