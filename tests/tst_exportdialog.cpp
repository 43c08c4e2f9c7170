// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting from the window as a user does it: File → Export map with Düsseldorf selected opens
// on Düsseldorf fitted with its partners under the title "Düsseldorf and its partner towns"
// (the whole world without a selection), a preset, a file name, Export; the file has the
// preset's size and resolution, the preview is the page the exporter draws, the area and the
// words are remembered for the same place and start afresh for another, a folder that does not
// exist gives a message naming the file and writes nothing, and printing draws the same page.
#include "atlasselection.h"
#include "citylistpane.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "export/mapexporter.h"
#include "exportchoices.h"
#include "exportcontext.h"
#include "exportdialog.h"
#include "exportpreview.h"
#include "hostiletext.h"
#include "mainwindow.h"
#include "mapexportactions.h"
#include "mapprinter.h"
#include "mapview.h"
#include "render/basemap.h"
#include "render/mapnetwork.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace twinatlas;

namespace {

/** Share of the image's pixels that are exactly this colour. */
double share(const QImage &image, QColor colour)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb wanted = colour.rgb();
    qint64 count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            count += (line[x] & 0xffffff) == (wanted & 0xffffff);
    }
    return double(count) / (qint64(rgb.width()) * rgb.height());
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

void typeInto(QLineEdit *field, const QString &text)
{
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

QByteArray head(const QString &path, int n)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(n) : QByteArray();
}

} // namespace

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensOnTheSelectedPlaceWithATitle();
    void withNothingSelectedTheWorld();
    void ctrlEFromTheSearchField();
    void exportsThePresetToTheChosenFile();
    void choicesAreRemembered();
    void wordsAreKeptForTheSamePlaceOnly();
    void missingFolderGivesAMessageAndNoFile();
    void eachFormatIsWritten_data();
    void eachFormatIsWritten();
    void previewFollowsTheTitle();
    void onlyPngAndSvgCanBeTransparent();
    void printingDrawsTheExportedPage();

private:
    /** File → Export map, as the user chooses it. */
    QPointer<ExportDialog> openDialog();

    QTemporaryDir m_dir;
    AtlasDatabase m_atlas;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_duesseldorf = 0;
    qint64 m_haifa = 0;
};

void tst_ExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    const QString copy = m_dir.filePath(QStringLiteral("atlas.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TWINATLAS_BUNDLED_DB), copy));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY2(m_atlas.open(copy), qPrintable(m_atlas.errorString()));
    const auto place = AtlasReader(m_atlas.connection()).placeByUid(QStringLiteral("gn:2934246"));
    QVERIFY(place);
    m_duesseldorf = place->id;
    const auto haifa = AtlasReader(m_atlas.connection()).placeByUid(QStringLiteral("gn:294801"));
    QVERIFY(haifa);
    m_haifa = haifa->id;

    auto baseMap = std::make_shared<BaseMap>();
    QVERIFY2(baseMap->open(QStringLiteral(TWINATLAS_BASEMAP)), qPrintable(baseMap->errorString()));
    m_window = std::make_unique<MainWindow>(m_atlas);
    m_window->setBaseMap(baseMap);
    m_window->setNetwork(MapNetwork::fromAtlas(AtlasReader(m_atlas.connection())));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selection()->selectPlace(m_duesseldorf);
}

void tst_ExportDialog::cleanupTestCase()
{
    m_window.reset();
}

QPointer<ExportDialog> tst_ExportDialog::openDialog()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("exportMapAction"));
    if (!action || action->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_E))
        return nullptr;
    action->trigger();
    const QList<ExportDialog *> dialogs = m_window->findChildren<ExportDialog *>();
    for (ExportDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void tst_ExportDialog::opensOnTheSelectedPlaceWithATitle()
{
    // Nothing remembered yet: Ctrl+E with Düsseldorf selected.
    QPointer<ExportDialog> dialog = openDialog();
    QVERIFY(dialog);
    auto *extent = dialog->findChild<QComboBox *>(QStringLiteral("extentCombo"));
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleField"));
    QCOMPARE(extent->currentData().toInt(), int(MapExportSettings::Extent::Fit));
    QCOMPARE(title->text(), QStringLiteral("Düsseldorf and its partner towns"));
    QVERIFY(extent->isEnabled() && title->isEnabled() && !title->isReadOnly());
    // What the preview and the export draw: the place fitted, under that title.
    const MapExportSettings settings = dialog->choices().settings(m_window->findChild<MapExportActions *>()->context());
    QCOMPARE(settings.extent, MapExportSettings::Extent::Fit);
    QCOMPARE(settings.selectedPlace, m_duesseldorf);
    QCOMPARE(settings.title, QStringLiteral("Düsseldorf and its partner towns"));
    // A file named after the place, not last time's.
    QCOMPARE(QFileInfo(dialog->choices().path).fileName(), QStringLiteral("Düsseldorf.png"));
    // Both can be changed.
    choose(extent, int(MapExportSettings::Extent::View));
    typeInto(title, QStringLiteral("Our twin towns"));
    QCOMPARE(dialog->choices().extent, MapExportSettings::Extent::View);
    QCOMPARE(dialog->choices().title, QStringLiteral("Our twin towns"));
    dialog->reject();
}

void tst_ExportDialog::withNothingSelectedTheWorld()
{
    m_window->selection()->clear();
    QPointer<ExportDialog> dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("extentCombo"))->currentData().toInt(),
             int(MapExportSettings::Extent::World));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("titleField"))->text(), QString());
    QCOMPARE(QFileInfo(dialog->choices().path).fileName(), QStringLiteral("twinatlas-map.png"));
    dialog->reject();
    m_window->selection()->selectPlace(m_duesseldorf);
}

void tst_ExportDialog::ctrlEFromTheSearchField()
{
    // A place found and chosen in the list's search, then Ctrl+E with the cursor still in the
    // field (where a line edit on X11 would take it for "end of line").
    CityListPane *list = m_window->cityList();
    list->findAction()->trigger();
    QLineEdit *field = list->searchField();
    QTest::keyClicks(field, QStringLiteral("haifa"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_window->selection()->placeId(), m_haifa);
    QVERIFY(field->hasFocus());
    QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
    QPointer<ExportDialog> dialog;
    for (ExportDialog *d : m_window->findChildren<ExportDialog *>()) {
        if (d->isVisible())
            dialog = d;
    }
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("titleField"))->text(),
             QStringLiteral("Haifa and its partner towns"));
    dialog->reject();
    field->clear();
    m_window->selection()->selectPlace(m_duesseldorf);
}

void tst_ExportDialog::exportsThePresetToTheChosenFile()
{
    QPointer<ExportDialog> dialog = openDialog();
    QVERIFY(dialog);
    const QString path = m_dir.filePath(QStringLiteral("duesseldorf.png"));
    choose(dialog->findChild<QComboBox *>(QStringLiteral("presetCombo")), QStringLiteral("a4-landscape-150"));
    choose(dialog->findChild<QComboBox *>(QStringLiteral("extentCombo")),
           int(MapExportSettings::Extent::Fit));
    choose(dialog->findChild<QComboBox *>(QStringLiteral("themeCombo")), false);
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("pathField")), path);

    // The preview is the exported page, smaller: its shape, and the map in the map's colours.
    ExportPreview *preview = dialog->preview();
    preview->waitForFinished();
    const QImage image = preview->image();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() < 1754);
    QVERIFY2(std::abs(double(image.width()) / image.height() - 1754.0 / 1240.0) < 0.01,
             qPrintable(QStringLiteral("%1 × %2").arg(image.width()).arg(image.height())));
    const MapTheme theme = m_window->mapView()->theme();
    QVERIFY2(share(image, theme.land) > 0.02, qPrintable(QString::number(share(image, theme.land))));
    QVERIFY2(share(image, theme.sea) > 0.02, qPrintable(QString::number(share(image, theme.sea))));

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);

    QVERIFY(dialog.isNull() || !dialog->isVisible());
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage written = reader.read();
    QCOMPARE(written.size(), QSize(1754, 1240));
    const int dotsPerMeter = qRound(150 / 0.0254);
    QCOMPARE(written.dotsPerMeterX(), dotsPerMeter);
    QCOMPARE(written.dotsPerMeterY(), dotsPerMeter);
    QVERIFY(share(written, theme.land) > 0.02);
}

void tst_ExportDialog::choicesAreRemembered()
{
    const ExportChoices saved = ExportChoices::load();
    QCOMPARE(saved.presetId, QStringLiteral("a4-landscape-150"));
    QCOMPARE(saved.path, m_dir.filePath(QStringLiteral("duesseldorf.png")));
    QCOMPARE(saved.extent, MapExportSettings::Extent::Fit);

    QPointer<ExportDialog> dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("presetCombo"))->currentData().toString(),
             QStringLiteral("a4-landscape-150"));
    QCOMPARE(dialog->choices().path, saved.path);
    dialog->reject();
}

void tst_ExportDialog::wordsAreKeptForTheSamePlaceOnly()
{
    // Düsseldorf exported under a title of the user's own.
    QPointer<ExportDialog> dialog = openDialog();
    QVERIFY(dialog);
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("titleField")), QStringLiteral("Our twin towns"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("pathField")),
             m_dir.filePath(QStringLiteral("ours.png")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    QVERIFY(dialog.isNull() || !dialog->isVisible());
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("ours.png"))));

    // Düsseldorf again: the same title, area and file.
    dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("titleField"))->text(), QStringLiteral("Our twin towns"));
    QCOMPARE(dialog->choices().path, m_dir.filePath(QStringLiteral("ours.png")));
    dialog->reject();

    // Haifa: its own title and file, beside the last one; the size and the look are kept.
    m_window->selection()->selectPlace(m_haifa);
    dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("titleField"))->text(),
             QStringLiteral("Haifa and its partner towns"));
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("extentCombo"))->currentData().toInt(),
             int(MapExportSettings::Extent::Fit));
    QCOMPARE(dialog->choices().path, m_dir.filePath(QStringLiteral("Haifa.png")));
    QCOMPARE(dialog->choices().presetId, QStringLiteral("a4-landscape-150"));
    // Return exports it: the title has the focus, the Export button is the default.
    QCOMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit *>(QStringLiteral("titleField")));
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    QVERIFY(dialog.isNull() || !dialog->isVisible());
    QCOMPARE(QImageReader(m_dir.filePath(QStringLiteral("Haifa.png"))).size(), QSize(1754, 1240));
    m_window->selection()->selectPlace(m_duesseldorf);
}

void tst_ExportDialog::missingFolderGivesAMessageAndNoFile()
{
    QPointer<ExportDialog> dialog = openDialog();
    QVERIFY(dialog);
    const QString path = m_dir.filePath(QStringLiteral("no such folder/map.png"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("pathField")), path);

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);

    QVERIFY(!dialog.isNull() && dialog->isVisible());
    auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("exportError"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("map.png")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("does not exist")), qPrintable(box->text()));
    QCOMPARE(dialog->errorString(), box->text());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no such folder"))));
    box->accept();
    dialog->reject();
}

void tst_ExportDialog::eachFormatIsWritten_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << "map.png" << QByteArray("\x89PNG");
    QTest::newRow("svg") << "map.svg" << QByteArray("<?xml");
    QTest::newRow("pdf") << "map.pdf" << QByteArray("%PDF");
}

void tst_ExportDialog::eachFormatIsWritten()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, magic);
    QPointer<ExportDialog> dialog = openDialog();
    QVERIFY(dialog);
    choose(dialog->findChild<QComboBox *>(QStringLiteral("presetCombo")), QStringLiteral("custom"));
    dialog->findChild<QSpinBox *>(QStringLiteral("widthSpin"))->setValue(480);
    dialog->findChild<QSpinBox *>(QStringLiteral("heightSpin"))->setValue(320);
    dialog->findChild<QSpinBox *>(QStringLiteral("dpiSpin"))->setValue(72);
    const QString path = m_dir.filePath(name);
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("pathField")), path);
    // The name chose the format.
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("formatCombo"))->currentData().toInt(),
             int(*ExportFormats::fromFileName(name)));

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);

    QVERIFY(dialog.isNull() || !dialog->isVisible());
    QCOMPARE(head(path, magic.size()), magic);
    if (name.endsWith(QLatin1String(".png"))) {
        const QImage image(path);
        QCOMPARE(image.size(), QSize(480, 320));
        QCOMPARE(image.dotsPerMeterX(), qRound(72 / 0.0254));
    }
    if (name.endsWith(QLatin1String(".svg"))) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString problem = twinatlas::testing::xmlProblem(file.readAll());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void tst_ExportDialog::previewFollowsTheTitle()
{
    QPointer<ExportDialog> dialog = openDialog();
    QVERIFY(dialog);
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("titleField")), QString());
    dialog->preview()->waitForFinished();
    const QImage untitled = dialog->preview()->image();
    QVERIFY(!untitled.isNull());

    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleField")),
                     QStringLiteral("Twin towns of Duesseldorf"));
    dialog->preview()->waitForFinished();

    QCOMPARE(dialog->choices().title, QStringLiteral("Twin towns of Duesseldorf"));
    QVERIFY(dialog->preview()->image() != untitled);
    dialog->reject();
}

void tst_ExportDialog::onlyPngAndSvgCanBeTransparent()
{
    QPointer<ExportDialog> dialog = openDialog();
    QVERIFY(dialog);
    auto *format = dialog->findChild<QComboBox *>(QStringLiteral("formatCombo"));
    auto *transparent = dialog->findChild<QCheckBox *>(QStringLiteral("transparentCheck"));
    auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("pathField"));
    for (const ExportFormat f : { ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf }) {
        format->setCurrentIndex(format->findData(int(f)));
        emit format->activated(format->currentIndex());
        QCOMPARE(transparent->isEnabled(), f != ExportFormat::Pdf);
        // Choosing the format renames the file.
        QVERIFY2(path->text().endsWith(QLatin1Char('.') + ExportFormats::suffix(f)), qPrintable(path->text()));
    }
    dialog->reject();
}

void tst_ExportDialog::printingDrawsTheExportedPage()
{
    auto *actions = m_window->findChild<MapExportActions *>();
    QVERIFY(actions);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("printMapAction")));
    const ExportContext context = actions->context();
    QCOMPARE(context.selectedPlace, m_duesseldorf);
    QCOMPARE(context.selectedName, QStringLiteral("Düsseldorf"));

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    printer.setResolution(150);
    MapExporter exporter(context.baseMap, context.network);
    exporter.setSettings(ExportChoices::load().settings(context));
    QString error;
    QVERIFY2(MapPrinter::print(printer, exporter, &error), qPrintable(error));
    QCOMPARE(head(path, 4), QByteArray("%PDF"));
    QVERIFY(QFileInfo(path).size() > 10000);
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
