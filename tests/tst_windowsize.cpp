// SPDX-License-Identifier: GPL-3.0-or-later
// The window never outgrows its screen (1600 × 900 here): a long search text in the Places pane
// wraps or is elided instead of widening the pane, and a saved size larger than the screen is
// fitted to it at the next start.
#include "citylistpane.h"
#include "db/atlasdatabase.h"
#include "mainwindow.h"

#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace twinatlas;

class tst_WindowSize : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void longSearchTextKeepsTheWidth_data();
    void longSearchTextKeepsTheWidth();
    void savedSizeIsFittedToTheScreen();

private:
    std::unique_ptr<MainWindow> openWindow();

    QTemporaryDir m_dir;
    AtlasDatabase m_atlas;
};

void tst_WindowSize::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString copy = m_dir.filePath(QStringLiteral("atlas.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TWINATLAS_BUNDLED_DB), copy));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY2(m_atlas.open(copy), qPrintable(m_atlas.errorString()));
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1600, 900));
}

void tst_WindowSize::init()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> tst_WindowSize::openWindow()
{
    auto window = std::make_unique<MainWindow>(m_atlas);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    return window;
}

void tst_WindowSize::longSearchTextKeepsTheWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("one word of 130 letters") << QString(130, u'x');
    QTest::newRow("30 words") << QStringLiteral("nowhere ").repeated(30).trimmed();
    QTest::newRow("a pasted URL") << QStringLiteral("https://example.org/") + QString(200, u'q');
}

void tst_WindowSize::longSearchTextKeepsTheWidth()
{
    QFETCH(QString, text);
    const auto window = openWindow();
    QVERIFY(window);
    window->resize(1400, 800);
    QTRY_COMPARE(window->width(), 1400);
    const QRect available = window->screen()->availableGeometry();
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("cityListDock"));
    QVERIFY(dock);
    QTRY_VERIFY(dock->width() > 0);
    const int dockWidth = dock->width();
    auto *label = window->cityList()->findChild<QLabel *>(QStringLiteral("cityCount"));
    QVERIFY(label);

    window->cityList()->searchField()->setText(text);
    QTRY_VERIFY2(label->text().startsWith(QStringLiteral("No place is called")), qPrintable(label->text()));
    // Let every layout request run before measuring.
    QTest::qWait(50);
    QCoreApplication::sendPostedEvents();

    QCOMPARE(window->width(), 1400);
    QVERIFY2(window->frameGeometry().width() <= available.width(),
             qPrintable(QString::number(window->frameGeometry().width())));
    QCOMPARE(dock->width(), dockWidth);
    QVERIFY2(label->width() <= dockWidth, qPrintable(QString::number(label->width())));
    QVERIFY2(label->minimumSizeHint().width() <= dockWidth,
             qPrintable(QString::number(label->minimumSizeHint().width())));
}

void tst_WindowSize::savedSizeIsFittedToTheScreen()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        // What a window widened past the screen saved: 2393 px on a 1600 px screen.
        const auto window = openWindow();
        QVERIFY(window);
        window->setGeometry(QRect(available.topLeft() + QPoint(-200, 20), QSize(2393, 1200)));
        QTRY_COMPARE(window->width(), 2393);
        window->close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));

    const auto window = openWindow();
    QVERIFY(window);
    QVERIFY2(available.contains(window->frameGeometry()),
             qPrintable(QStringLiteral("%1,%2 %3×%4")
                                .arg(window->frameGeometry().x())
                                .arg(window->frameGeometry().y())
                                .arg(window->frameGeometry().width())
                                .arg(window->frameGeometry().height())));
    // Still a usable size, not collapsed to nothing.
    QVERIFY(window->width() > available.width() / 2);
}

QTEST_MAIN(tst_WindowSize)
#include "tst_windowsize.moc"
