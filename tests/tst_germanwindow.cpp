// SPDX-License-Identifier: GPL-3.0-or-later
// The atlas window in German, as Translators::install() sets it up at start: German menus,
// Qt's own buttons in German, the dates of the detail pane in German, and no label or button in
// the main window or the biggest dialogs narrower than its text. With TWINATLAS_SCREENSHOTS set
// to a folder, the window and the dialogs are saved there as PNG (German is the longest of the
// languages, so it is where layouts break first).
#include "atlasselection.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "db/countrynames.h"
#include "eventdialog.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "partnershipdialog.h"
#include "placedialog.h"
#include "preferencesdialog.h"
#include "render/basemap.h"
#include "render/mapnetwork.h"
#include "translators.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace twinatlas;

class tst_GermanWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyLanguageIsCompiledIn();
    void menusAreGerman();
    void qtButtonsAreGerman();
    void datesAndCountriesAreGerman();
    void exportTitleIsGerman();
    void nothingIsClipped_data();
    void nothingIsClipped();

private:
    QWidget *open(const QString &which);
    void settle() const;
    void screenshot(QWidget *widget, const QString &name) const;

    QTemporaryDir m_dir;
    AtlasDatabase m_atlas;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_duesseldorf = 0;
};

void tst_GermanWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(Translators::install(QLocale(QLocale::German, QLocale::Germany)));

    QVERIFY(m_dir.isValid());
    const QString copy = m_dir.filePath(QStringLiteral("atlas.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TWINATLAS_BUNDLED_DB), copy));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY2(m_atlas.open(copy), qPrintable(m_atlas.errorString()));
    const auto place = AtlasReader(m_atlas.connection()).placeByUid(QStringLiteral("gn:2934246"));
    QVERIFY(place);
    m_duesseldorf = place->id;

    auto baseMap = std::make_shared<BaseMap>();
    QVERIFY2(baseMap->open(QStringLiteral(TWINATLAS_BASEMAP)), qPrintable(baseMap->errorString()));
    m_window = std::make_unique<MainWindow>(m_atlas);
    m_window->setBaseMap(baseMap);
    m_window->setNetwork(MapNetwork::fromAtlas(AtlasReader(m_atlas.connection())));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selection()->selectPlace(m_duesseldorf);
    // Düsseldorf–Reading: the history with its buttons and timeline is shown too.
    for (const PartnerEntry &entry : AtlasReader(m_atlas.connection()).partnersOf(m_duesseldorf))
        if (entry.partner.uid == QLatin1String("gn:2639577"))
            m_window->selection()->selectPartnership(entry.partnership.id);
    QVERIFY(m_window->selection()->partnershipId() != 0);
}

void tst_GermanWindow::cleanupTestCase()
{
    m_window.reset();
}

void tst_GermanWindow::everyLanguageIsCompiledIn()
{
    const QStringList languages = Translators::availableLanguages();
    for (const char *language : {"de", "es", "fr", "pl", "tr"})
        QVERIFY2(languages.contains(QLatin1String(language)), language);
}

void tst_GermanWindow::menusAreGerman()
{
    QStringList titles;
    for (const QAction *menu : m_window->menuBar()->actions())
        titles << menu->text().remove(QLatin1Char('&'));
    QCOMPARE(titles, QStringList({QStringLiteral("Datei"), QStringLiteral("Bearbeiten"),
                                  QStringLiteral("Ansicht"), QStringLiteral("Gehe zu"),
                                  QStringLiteral("Hilfe")}));
    const auto *myLocation = m_window->findChild<QAction *>(QStringLiteral("myLocationAction"));
    QVERIFY(myLocation);
    QCOMPARE(myLocation->text().remove(QLatin1Char('&')), QStringLiteral("Mein Standort"));
}

void tst_GermanWindow::qtButtonsAreGerman()
{
    // Qt's own catalogue, qtbase_de.qm from Debian's qt6-translations-l10n.
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
             QStringLiteral("Abbrechen"));
}

void tst_GermanWindow::datesAndCountriesAreGerman()
{
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().standaloneMonthName(3), QStringLiteral("März"));
    // Country names from iso-codes' German catalogue; the detail pane shows Düsseldorf's.
    QCOMPARE(CountryNames::localName(QStringLiteral("DE")), QStringLiteral("Deutschland"));
    QCOMPARE(CountryNames::localName(QStringLiteral("GB"), QLocale(QLocale::French)),
             QStringLiteral("Royaume-Uni"));
    QCOMPARE(CountryNames::localName(QStringLiteral("GB"), QLocale(QLocale::English)),
             QStringLiteral("United Kingdom"));
    bool shown = false;
    for (const QLabel *label : m_window->findChildren<QLabel *>())
        shown = shown || (label->isVisible() && label->text().contains(QLatin1String("Deutschland")));
    QVERIFY2(shown, "no label in the window names Düsseldorf's country in German");
}

void tst_GermanWindow::exportTitleIsGerman()
{
    // The title an export of the selected place starts with is in the interface's language.
    QPointer<QWidget> dialog = open(QStringLiteral("export"));
    QVERIFY(dialog);
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleField"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Düsseldorf und seine Partnerstädte"));
    dialog->close();
}

QWidget *tst_GermanWindow::open(const QString &which)
{
    if (which == QLatin1String("window"))
        return m_window.get();
    QWidget *dialog = nullptr;
    if (which == QLatin1String("partnership"))
        dialog = new PartnershipDialog(m_atlas.connection(), m_window.get());
    else if (which == QLatin1String("place"))
        dialog = new PlaceDialog(m_atlas.connection(), m_window.get());
    else if (which == QLatin1String("event"))
        dialog = new EventDialog(m_window.get());
    else if (which == QLatin1String("preferences"))
        dialog = new PreferencesDialog(m_window.get());
    if (dialog) {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return dialog;
    }
    // These two open from the window's actions, as a user opens them.
    const QString action = which == QLatin1String("export") ? QStringLiteral("exportMapAction")
                                                             : QStringLiteral("importAction");
    if (auto *trigger = m_window->findChild<QAction *>(action))
        trigger->trigger();
    for (QDialog *d : m_window->findChildren<QDialog *>()) {
        if (d->isVisible() && (qobject_cast<ExportDialog *>(d) || qobject_cast<ImportDialog *>(d)))
            return d;
    }
    return nullptr;
}

void tst_GermanWindow::settle() const
{
    // Layouts settle in chains of posted events, as they would between a user's keystrokes.
    for (int pass = 0; pass < 4; ++pass) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
    }
}

void tst_GermanWindow::screenshot(QWidget *widget, const QString &name) const
{
    const QString folder = qEnvironmentVariable("TWINATLAS_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
}

void tst_GermanWindow::nothingIsClipped_data()
{
    QTest::addColumn<QString>("which");
    for (const char *which : {"window", "partnership", "place", "event", "preferences", "export", "import"})
        QTest::newRow(which) << QString::fromLatin1(which);
}

void tst_GermanWindow::nothingIsClipped()
{
    QFETCH(QString, which);
    QPointer<QWidget> widget = open(which);
    QVERIFY2(widget, qPrintable(which));
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    settle();
    screenshot(widget, QStringLiteral("de-%1.png").arg(which));

    // A label on one line or a button is clipped when it is narrower than its text needs, a
    // wrapped label when it is lower than its lines, a line edit when its placeholder is elided.
    QStringList clipped;
    for (const QWidget *child : widget->findChildren<QWidget *>()) {
        if (!child->isVisible())
            continue;
        if (const auto *edit = qobject_cast<const QLineEdit *>(child);
            edit && !edit->placeholderText().isEmpty()
            && edit->width() < edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 8) {
            clipped << QStringLiteral("QLineEdit placeholder “%1”: %2 px").arg(edit->placeholderText()).arg(edit->width());
            continue;
        }
        if (const auto *label = qobject_cast<const QLabel *>(child);
            label && label->wordWrap() && !label->text().isEmpty()
            && label->height() < label->heightForWidth(label->width())) {
            clipped << QStringLiteral("QLabel “%1”: %2 px high of %3").arg(label->text().left(60))
                               .arg(label->height()).arg(label->heightForWidth(label->width()));
            continue;
        }
        const auto *label = qobject_cast<const QLabel *>(child);
        const auto *button = qobject_cast<const QAbstractButton *>(child);
        QString text;
        if (label && !label->wordWrap() && label->textFormat() != Qt::RichText
            && !Qt::mightBeRichText(label->text()))
            text = label->text();
        else if (button && !button->text().isEmpty())
            text = button->text();
        if (text.isEmpty())
            continue;
        // Cut off at the side by a parent, such as a pane that scrolls only up and down.
        const QRect seen = child->visibleRegion().boundingRect();
        if (!seen.isEmpty() && seen.width() < child->width()) {
            clipped << QStringLiteral("%1 “%2”: %3 px seen of %4").arg(QString::fromLatin1(child->metaObject()->className()), text)
                               .arg(seen.width()).arg(child->width());
            continue;
        }
        if (child->width() >= child->minimumSizeHint().width())
            continue;
        clipped << QStringLiteral("%1 “%2”: %3 px of %4").arg(QString::fromLatin1(child->metaObject()->className()), text)
                           .arg(child->width()).arg(child->minimumSizeHint().width());
    }
    if (widget != m_window.get())
        widget->close();
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_GermanWindow)
#include "tst_germanwindow.moc"
