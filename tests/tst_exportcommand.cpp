// SPDX-License-Identifier: GPL-3.0-or-later
// `twinatlas export` writes maps without a display and refuses bad arguments clearly.
#include "hostiletext.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

class tst_ExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesMaps_data();
    void writesMaps();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();
    void unknownPlaceNamesClosestMatches();
    void unwritablePathsFail_data();
    void unwritablePathsFail();
    void viewExtentNeedsASavedView();
    void viewExtentUsesTheSavedView();

private:
    int run(const QStringList &arguments, QString *out, QString *err);
    QString outPath(const QString &name) const { return m_work->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_work;
};

void tst_ExportCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid() && m_work->isValid());
}

int tst_ExportCommand::run(const QStringList &arguments, QString *out, QString *err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // it must not need one
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->path() + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->path() + QStringLiteral("/.config"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TWINATLAS_EXECUTABLE), QStringList { QStringLiteral("export") } + arguments);
    if (!p.waitForFinished(120000))
        return -1;
    *out = QString::fromUtf8(p.readAllStandardOutput());
    // Qt's own complaint where no desktop session is running is not the command's output.
    QStringList errLines = QString::fromUtf8(p.readAllStandardError()).split(QLatin1Char('\n'));
    errLines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("QStandardPaths: ")); });
    *err = errLines.join(QLatin1Char('\n'));
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void tst_ExportCommand::writesMaps_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<int>("dpi");
    QTest::newRow("place, newsletter png")
            << QStringLiteral("duesseldorf.png")
            << QStringList { QStringLiteral("--place"), QStringLiteral("Düsseldorf"),
                             QStringLiteral("--title"), QStringLiteral("Düsseldorf's partners") }
            << QSize(1200, 800) << 96;
    QTest::newRow("uid, social, print theme, robinson-free projection")
            << QStringLiteral("card.png")
            << QStringList { QStringLiteral("--place"), QStringLiteral("gn:2934246"),
                             QStringLiteral("--size"), QStringLiteral("social"),
                             QStringLiteral("--theme"), QStringLiteral("print"),
                             QStringLiteral("--projection"), QStringLiteral("natural-earth") }
            << QSize(1200, 630) << 96;
    QTest::newRow("world, a4 portrait 150 png")
            << QStringLiteral("world.png")
            << QStringList { QStringLiteral("--paper"), QStringLiteral("a4"),
                             QStringLiteral("--orientation"), QStringLiteral("portrait"),
                             QStringLiteral("--dpi"), QStringLiteral("150") }
            << QSize(1240, 1754) << 150;
    QTest::newRow("custom size and dpi, transparent")
            << QStringLiteral("custom.PNG")
            << QStringList { QStringLiteral("--size"), QStringLiteral("800x600"),
                             QStringLiteral("--dpi"), QStringLiteral("200"),
                             QStringLiteral("--transparent") }
            << QSize(800, 600) << 200;
    QTest::newRow("world svg, dark") << QStringLiteral("world.svg")
                                     << QStringList { QStringLiteral("--theme"), QStringLiteral("dark") }
                                     << QSize(1200, 800) << 96;
    QTest::newRow("place svg, title with markup")
            << QStringLiteral("rhein.svg")
            << QStringList { QStringLiteral("--place"), QStringLiteral("Düsseldorf"),
                             QStringLiteral("--title"), QStringLiteral("Rhein & Ruhr <b>\"%1\"</b>") }
            << QSize(1200, 800) << 96;
    QTest::newRow("place pdf a3")
            << QStringLiteral("place.pdf")
            << QStringList { QStringLiteral("--place"), QStringLiteral("Düsseldorf"),
                             QStringLiteral("--extent"), QStringLiteral("world"),
                             QStringLiteral("--paper"), QStringLiteral("a3") }
            << QSize() << 300;
}

void tst_ExportCommand::writesMaps()
{
    QFETCH(QString, name);
    QFETCH(QStringList, arguments);
    QFETCH(QSize, pixels);
    QFETCH(int, dpi);
    const QString path = outPath(name);
    QString out, err;
    QCOMPARE(run(QStringList { QStringLiteral("--out"), path } + arguments, &out, &err), 0);
    QCOMPARE(out.trimmed(), QFileInfo(path).absoluteFilePath());
    QVERIFY2(err.trimmed().isEmpty(), qPrintable(err));
    QVERIFY(QFileInfo(path).size() > 1000);

    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        const QImage image(path);
        QCOMPARE(image.size(), pixels);
        QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
        QVERIFY(image.text(QStringLiteral("Software")).startsWith(QStringLiteral("Twinatlas ")));
        QVERIFY(image.text(QStringLiteral("Source")).contains(QStringLiteral("GeoNames (CC BY 4.0)")));
        QCOMPARE(image.hasAlphaChannel(), arguments.contains(QStringLiteral("--transparent")));
        if (arguments.contains(QStringLiteral("gn:2934246")) || arguments.contains(QStringLiteral("Düsseldorf")))
            QVERIFY2(image.text(QStringLiteral("Source")).contains(QStringLiteral("Postcrossing Blog")),
                     qPrintable(image.text(QStringLiteral("Source"))));
        else
            QVERIFY(image.text(QStringLiteral("Source")).contains(QStringLiteral("Twinatlas bundled data")));
    } else if (suffix == QLatin1String("svg")) {
        QSvgRenderer svg(path);
        QVERIFY(svg.isValid());
        QCOMPARE(svg.viewBoxF().size(), QSizeF(pixels));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString problem = twinatlas::testing::xmlProblem(bytes);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const qsizetype title = arguments.indexOf(QStringLiteral("--title"));
        if (title >= 0) {
            QXmlStreamReader xml(bytes);
            while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("title"))) {}
            QCOMPARE(xml.readElementText(), arguments.at(title + 1));
        }
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        // A3 landscape: 420 × 297 mm, 1190.55 × 841.89 pt; Qt rounds to whole points.
        const QRegularExpressionMatch box =
                QRegularExpression(QStringLiteral("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]"))
                        .match(QString::fromLatin1(pdf));
        QVERIFY(box.hasMatch());
        QVERIFY2(qAbs(box.captured(1).toDouble() - 1190.55) < 1.0
                         && qAbs(box.captured(2).toDouble() - 841.89) < 1.0,
                 qPrintable(box.captured(0)));
    }
}

void tst_ExportCommand::badArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const auto args = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *a : list)
            result << QString::fromUtf8(a);
        return result;
    };
    QTest::newRow("no --out") << args({ "--place", "Düsseldorf" }) << QStringLiteral("--out");
    QTest::newRow("unknown extension") << args({ "--out", "@/map.gif" }) << QStringLiteral(".png, .svg or .pdf");
    QTest::newRow("no extension") << args({ "--out", "@/map" }) << QStringLiteral(".png, .svg or .pdf");
    QTest::newRow("bad size") << args({ "--out", "@/map.png", "--size", "1200by800" }) << QStringLiteral("bad --size");
    QTest::newRow("tiny size") << args({ "--out", "@/map.png", "--size", "10x10" }) << QStringLiteral("bad --size");
    QTest::newRow("huge size") << args({ "--out", "@/map.png", "--size", "90000x800" }) << QStringLiteral("bad --size");
    QTest::newRow("dpi too low") << args({ "--out", "@/map.png", "--dpi", "35" }) << QStringLiteral("--dpi must be");
    QTest::newRow("dpi too high") << args({ "--out", "@/map.png", "--dpi", "1201" }) << QStringLiteral("--dpi must be");
    QTest::newRow("dpi not a number") << args({ "--out", "@/map.png", "--dpi", "high" }) << QStringLiteral("--dpi must be");
    QTest::newRow("unknown theme") << args({ "--out", "@/map.png", "--theme", "sepia" }) << QStringLiteral("unknown theme");
    QTest::newRow("unknown projection") << args({ "--out", "@/map.png", "--projection", "mercator" })
                                        << QStringLiteral("unknown projection “mercator”");
    QTest::newRow("fit without place") << args({ "--out", "@/map.png", "--extent", "fit" })
                                       << QStringLiteral("--extent fit needs --place");
    QTest::newRow("unknown extent") << args({ "--out", "@/map.png", "--extent", "europe" })
                                    << QStringLiteral("unknown extent");
    QTest::newRow("size and paper") << args({ "--out", "@/map.png", "--size", "800x600", "--paper", "a4" })
                                    << QStringLiteral("--size and --paper");
    QTest::newRow("unknown paper") << args({ "--out", "@/map.pdf", "--paper", "letter" })
                                   << QStringLiteral("unknown paper");
    QTest::newRow("orientation without paper") << args({ "--out", "@/map.png", "--orientation", "portrait" })
                                               << QStringLiteral("--orientation goes with --paper");
    QTest::newRow("unknown orientation") << args({ "--out", "@/map.png", "--paper", "a4", "--orientation", "sideways" })
                                         << QStringLiteral("unknown orientation");
    QTest::newRow("transparent pdf") << args({ "--out", "@/map.pdf", "--transparent" })
                                     << QStringLiteral("--transparent needs a PNG or SVG");
    QTest::newRow("view with projection") << args({ "--out", "@/map.png", "--extent", "view", "--projection", "orthographic" })
                                          << QStringLiteral("--projection cannot be combined");
    QTest::newRow("png too large") << args({ "--out", "@/map.png", "--paper", "a3", "--dpi", "1200" })
                                   << QStringLiteral("lower --dpi");
    QTest::newRow("positional") << args({ "--out", "@/map.png", "Düsseldorf" }) << QStringLiteral("--place");
    QTest::newRow("unknown option") << args({ "--out", "@/map.png", "--colour", "red" }) << QStringLiteral("colour");
}

void tst_ExportCommand::badArgumentsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("@/"), m_work->path() + QLatin1Char('/'));
    QString out, err;
    QCOMPARE(run(arguments, &out, &err), 2);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.startsWith(QStringLiteral("twinatlas export: ")) && err.contains(message), qPrintable(err));
    QCOMPARE(QDir(m_work->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

void tst_ExportCommand::unknownPlaceNamesClosestMatches()
{
    QString out, err;
    const QString path = outPath(QStringLiteral("map.png"));
    QCOMPARE(run({ QStringLiteral("--out"), path, QStringLiteral("--place"), QStringLiteral("Dusseldrof") }, &out, &err), 1);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains(QStringLiteral("Dusseldrof")) && err.contains(QStringLiteral("Closest matches"))
                     && err.contains(QStringLiteral("Düsseldorf")),
             qPrintable(err));
    QVERIFY(!QFileInfo::exists(path));
}

void tst_ExportCommand::unwritablePathsFail_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing folder") << QStringLiteral("@/missing/map.png") << QStringLiteral("does not exist");
    QTest::newRow("file as folder") << QStringLiteral("@/plain/map.svg") << QStringLiteral("is not a folder");
    // Root may write into read-only folders; nobody may write into /proc.
    QTest::newRow("read-only file system") << QStringLiteral("/proc/twinatlas-test.pdf") << QStringLiteral("Cannot write");
}

void tst_ExportCommand::unwritablePathsFail()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    path.replace(QStringLiteral("@/"), m_work->path() + QLatin1Char('/'));
    {
        QFile plain(outPath(QStringLiteral("plain")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
    }
    QString out, err;
    QCOMPARE(run({ QStringLiteral("--out"), path, QStringLiteral("--place"), QStringLiteral("Düsseldorf") }, &out, &err), 1);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains(message) && err.contains(path), qPrintable(err));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_work->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList { QStringLiteral("plain") });
}

void tst_ExportCommand::viewExtentNeedsASavedView()
{
    QString out, err;
    const QString path = outPath(QStringLiteral("view.png"));
    QCOMPARE(run({ QStringLiteral("--out"), path, QStringLiteral("--extent"), QStringLiteral("view") }, &out, &err), 2);
    QVERIFY2(err.contains(QStringLiteral("no map view has been saved")), qPrintable(err));
    QVERIFY(!QFileInfo::exists(path));
}

void tst_ExportCommand::viewExtentUsesTheSavedView()
{
    // As the window saves it (ViewportSettings): the globe turned to Japan.
    {
        QSettings settings(m_home->path() + QStringLiteral("/.config/Twinatlas/twinatlas.conf"),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("map/projection"), QStringLiteral("orthographic"));
        settings.setValue(QStringLiteral("map/projectionCenterLon"), 139.7);
        settings.setValue(QStringLiteral("map/projectionCenterLat"), 35.7);
        settings.setValue(QStringLiteral("map/centerLon"), 139.7);
        settings.setValue(QStringLiteral("map/centerLat"), 35.7);
        settings.setValue(QStringLiteral("map/zoom"), 1.0);
    }
    QString out, err;
    const QString path = outPath(QStringLiteral("view.png"));
    QCOMPARE(run({ QStringLiteral("--out"), path, QStringLiteral("--extent"), QStringLiteral("view"),
                   QStringLiteral("--size"), QStringLiteral("600x600") }, &out, &err), 0);
    QVERIFY2(err.trimmed().isEmpty(), qPrintable(err));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(600, 600));
    // A globe: the corners of the map are off the world, the middle is on it.
    const QColor page = image.pixelColor(3, 3);
    QVERIFY(image.pixelColor(300, 330) != page);
}

QTEST_MAIN(tst_ExportCommand)
#include "tst_exportcommand.moc"
