// SPDX-License-Identifier: GPL-3.0-or-later
// Help ▸ About names the version, what the bundled data holds, and every licence and
// attribution the data and the libraries ask for, each with its link.
#include "aboutbox.h"
#include "testatlas.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;

class tst_AboutBox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionsAndCounts();
    void licencesAndAttributions_data();
    void licencesAndAttributions();
    void missingBundledDataIsSaid();

private:
    QTemporaryDir m_dir;
    QString m_atlas;
};

void tst_AboutBox::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    QVERIFY(m_dir.isValid());
    m_atlas = twinatlas::testing::buildSmallAtlas(m_dir.path());
    QVERIFY(!m_atlas.isEmpty());
}

void tst_AboutBox::versionsAndCounts()
{
    const QString text = AboutBox::text(QStringLiteral("2001.1.1"), m_atlas);
    QVERIFY2(text.contains(QLatin1String("Twinatlas 9.8.7")), qPrintable(text));
    QFile version(QStringLiteral(TWINATLAS_TEST_DATA "/atlas-small/VERSION"));
    QVERIFY(version.open(QIODevice::ReadOnly));
    const QString bundledVersion = QString::fromUtf8(version.readAll()).trimmed();
    QVERIFY2(text.contains(QStringLiteral("Bundled data version %1:").arg(bundledVersion)), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("5 partnerships")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Your atlas: data version 2001.1.1.")), qPrintable(text));
}

void tst_AboutBox::licencesAndAttributions_data()
{
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("link");

    QTest::newRow("Twinatlas") << "GNU General Public License, version 3 or later"
                               << "https://www.gnu.org/licenses/gpl-3.0.html";
    QTest::newRow("GeoNames") << "GeoNames" << "https://www.geonames.org/";
    QTest::newRow("CC BY 4.0") << "CC BY 4.0" << "https://creativecommons.org/licenses/by/4.0/";
    QTest::newRow("Natural Earth") << "Natural Earth" << "https://www.naturalearthdata.com/";
    QTest::newRow("Qt") << "Qt" << "https://www.qt.io/";
    QTest::newRow("Qt's LGPL") << "GNU Lesser General Public License, version 3"
                               << "https://www.gnu.org/licenses/lgpl-3.0.html";
    QTest::newRow("GeographicLib") << "GeographicLib" << "https://geographiclib.sourceforge.io/";
}

void tst_AboutBox::licencesAndAttributions()
{
    QFETCH(QString, says);
    QFETCH(QString, link);
    const QString text = AboutBox::text(QString(), m_atlas);
    QVERIFY2(text.contains(QStringLiteral("<a href=\"%1\">").arg(link)), qPrintable(link));
    QVERIFY2(text.contains(says), qPrintable(says));
}

void tst_AboutBox::missingBundledDataIsSaid()
{
    const QString text = AboutBox::text(QString(), m_dir.filePath(QStringLiteral("none.sqlite")));
    QVERIFY2(text.contains(QLatin1String("bundled data cannot be read")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("GeoNames")));
}

QTEST_MAIN(tst_AboutBox)
#include "tst_aboutbox.moc"
