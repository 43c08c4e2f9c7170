// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "atlasediting.h"
#include "atlasselection.h"
#include "db/atlasdatabase.h"
#include "db/atlaslocation.h"
#include "db/atlasreader.h"
#include "mainwindow.h"
#include "mapview.h"
#include "render/basemap.h"
#include "render/mapnetwork.h"
#include "search/placesearch.h"
#include "search/textfold.h"
#include "atlashealth.h"
#include "startupatlas.h"
#include "startupupgrade.h"
#include "translators.h"
#include "wikidataactions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace twinatlas {

namespace {

/** tr() for the free functions here, in the context lupdate gives them as well. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::Application)
};

void warn(const QString &message)
{
    std::fprintf(stderr, "twinatlas: %s\n", qPrintable(message));
}

/** Refuses to go on: the user sees why in a message box (and a script on stderr). */
int refuse(const QString &title, const QString &message)
{
    warn(message);
    QMessageBox::critical(nullptr, title, message);
    return 1;
}

/**
 * --select NAME [--partner NAME]: starts with a place (the best match for NAME) and, given,
 * one of its partnerships selected, as if the user had clicked them. For screenshots and demos.
 */
void applyStartSelection(MainWindow &window, AtlasDatabase &atlas, const QString &placeName,
                         const QString &partnerName)
{
    if (placeName.isEmpty())
        return;
    PlaceSearch search(atlas.connection());
    const QVector<SearchHit> hits = search.search(placeName, 1);
    if (hits.isEmpty()) {
        warn(Text::tr("--select: no place is called “%1”.").arg(placeName));
        return;
    }
    window.selection()->selectPlace(hits.first().placeId);
    if (partnerName.isEmpty())
        return;
    const QString wanted = TextFold::key(partnerName);
    const AtlasReader reader(atlas.connection());
    for (const PartnerEntry &entry : reader.partnersOf(hits.first().placeId)) {
        if (TextFold::key(entry.partner.name).startsWith(wanted)) {
            window.selection()->selectPartnership(entry.partnership.id);
            return;
        }
    }
    warn(Text::tr("--partner: %1 has no partner called “%2”.").arg(hits.first().name, partnerName));
}

/** Milliseconds since this process started (Linux: /proc/self/stat), or -1 where unknown. */
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Field 22, starttime in clock ticks since boot; the fields count from after "(comm)".
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    timespec now {};
    if (fields.size() < 20 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double started = fields[19].toDouble() / double(sysconf(_SC_CLK_TCK));
    return (now.tv_sec + now.tv_nsec / 1e9 - started) * 1000.0;
}

/**
 * --exit-after-first-paint (hidden): prints the milliseconds from the process's start to the
 * first paint of a fully rendered map, and quits; twinatlas-bench's cold start figure.
 */
void exitAfterFirstPaint(MapView *view)
{
    QObject::connect(
            view, &MapView::baseMapPainted, view,
            [] {
                std::printf("%.0f\n", msSinceProcessStart());
                std::fflush(stdout);
                QCoreApplication::quit();
            },
            Qt::SingleShotConnection);
}

/** The window's command line; its texts are built after the translators are installed. */
struct WindowOptions
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::Application)

public:
    explicit WindowOptions(CommandList commandList)
        : help(parser.addHelpOption()),
          version(parser.addVersionOption()),
          database(QStringLiteral("database"), tr("Open this atlas file instead of your own copy."),
                   //: The value of --database in --help: a file name.
                   tr("FILE")),
          select(QStringLiteral("select"), tr("Start with this place selected (for screenshots)."),
                 //: The value of --select and --partner in --help: a place name.
                 tr("NAME")),
          partner(QStringLiteral("partner"),
                  tr("With --select, also show the history of the partnership with this partner."),
                  tr("NAME")),
          firstPaint(QStringLiteral("exit-after-first-paint"),
                     QStringLiteral("Print the time to the first map and quit."))
    {
        parser.setApplicationDescription(tr("A desktop atlas of sister cities and twin towns.\n"
                                            "Without options, opens your own copy of the atlas.\n"
                                            "Commands (each with --help):")
                                         + u'\n' + commandList().chopped(1));
        firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({database, select, partner, firstPaint});
        // Qt's own options come with one dash (-reverse, -style): never read "-reverse" as
        // "-r -e -v…", which would answer --version instead of starting the window.
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        // QApplication takes these out of the arguments itself; known here, so that their
        // values ("-style fusion") are not taken for stray words before it has.
        for (const char *name : {"platform", "platformpluginpath", "platformtheme", "plugin", "qmljsdebugger",
                                 "qwindowgeometry", "geometry", "qwindowtitle", "title", "qwindowicon", "icon",
                                 "session", "display", "name", "visual", "style", "stylesheet"}) {
            QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("value"));
            option.setFlags(QCommandLineOption::HiddenFromHelp);
            parser.addOption(option);
        }
        for (const char *name : {"reverse", "widgetcount", "nograb", "dograb", "sync", "testability"}) {
            QCommandLineOption option(QString::fromLatin1(name), QString());
            option.setFlags(QCommandLineOption::HiddenFromHelp);
            parser.addOption(option);
        }
    }

    QCommandLineParser parser;
    const QCommandLineOption help;
    const QCommandLineOption version;
    const QCommandLineOption database;
    const QCommandLineOption select;
    const QCommandLineOption partner;
    QCommandLineOption firstPaint;
};

/** An unknown option as the user typed it ("--databse"), for the message. */
QString typedOption(const QStringList &arguments, const QString &name)
{
    for (const QString &argument : arguments) {
        QString bare = argument.section(u'=', 0, 0);
        while (bare.startsWith(u'-'))
            bare.remove(0, 1);
        if (argument.startsWith(u'-') && bare == name)
            return argument.section(u'=', 0, 0);
    }
    return QStringLiteral("--") + name;
}

/**
 * --help and --version answer without a display: with a QCoreApplication, so that the
 * translators (which need an application object) are there, but no QApplication. So does a
 * word that is neither an option nor a command, or an unknown option: exit code 2, with the
 * commands listed, never a window (in a script, there may be no display to open it on).
 * Returns -1 when the window is to start.
 */
int answerWithoutDisplay(int argc, char *argv[], CommandList commandList)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    {
        WindowOptions probe(commandList);
        if (probe.parser.parse(arguments) && probe.parser.positionalArguments().isEmpty()
            && !probe.parser.isSet(probe.help) && !probe.parser.isSet(probe.version))
            return -1;
    }
    QCoreApplication app(argc, argv);
    Translators::install();
    WindowOptions options(commandList);
    if (!options.parser.parse(arguments) || !options.parser.positionalArguments().isEmpty()) {
        const QStringList unknown = options.parser.unknownOptionNames();
        const QString problem = !unknown.isEmpty()
                ? Text::tr("unknown option “%1”.").arg(typedOption(arguments, unknown.first()))
                : !options.parser.errorText().isEmpty()
                ? options.parser.errorText()
                : Text::tr("unexpected argument “%1”.").arg(options.parser.positionalArguments().first());
        std::fprintf(stderr, "twinatlas: %s %s\n%s%s\n", qPrintable(problem),
                     qPrintable(Text::tr("The commands are:")), qPrintable(commandList()),
                     qPrintable(Text::tr("twinatlas --help lists the options of the atlas window.")));
        return 2;
    }
    if (options.parser.isSet(options.help)) {
        std::fputs(qPrintable(options.parser.helpText()), stdout);
        return 0;
    }
    std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                qPrintable(QCoreApplication::applicationVersion()));
    return 0;
}

} // namespace

int runAtlasWindow(int argc, char *argv[], CommandList commandList)
{
    const int answered = answerWithoutDisplay(argc, argv, commandList);
    if (answered >= 0)
        return answered;

    QApplication app(argc, argv);
    Translators::install();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/twinatlas.svg")));
    // Wayland shells find the window's icon and name through the installed .desktop file.
    QGuiApplication::setDesktopFileName(QStringLiteral(TWINATLAS_APP_ID));
    // The real parse comes after QApplication has taken its own options (-platform, -style) out.
    WindowOptions options(commandList);
    QCommandLineParser &parser = options.parser;
    const QCommandLineOption &databaseOption = options.database;
    const QCommandLineOption &selectOption = options.select;
    const QCommandLineOption &partnerOption = options.partner;
    const QCommandLineOption &firstPaintOption = options.firstPaint;
    parser.process(app);

    StartupAtlas::Options open;
    open.path = parser.value(databaseOption);
    open.bundledPath = AtlasLocation::bundledAtlas();
    if (open.path.isEmpty()) {
        QString error;
        if (!AtlasLocation::provisionUserAtlas(&error))
            return refuse(Text::tr("Cannot set up your atlas"),
                          error);
        open.path = AtlasLocation::userAtlas();
        open.userAtlas = true;
        // Newer bundled data merges into the user's atlas before it is opened; edits are kept.
        open.upgrade = [] { StartupUpgrade::run(); };
    }

    // The base map only has to exist now: its layers are read by the first render, off this
    // thread. Without it the partnerships are still worth showing, on a plain sea.
    auto baseMap = std::make_shared<BaseMap>();
    if (!baseMap->open(AtlasLocation::basemap()))
        warn(baseMap->errorString());

    // Damage found while the window is open closes it for the ways out, then opens again.
    for (;;) {
        AtlasDatabase atlas;
        StartupAtlas startup;
        if (!startup.open(atlas, open)) {
            warn(Text::tr("%1 was not opened.").arg(open.path));
            return 1;
        }
        open.path = startup.path();
        open.userAtlas = open.userAtlas && open.path == AtlasLocation::userAtlas();
        open.problem.clear();

        // Before the window reads anything: a read that fails on the way is heard.
        AtlasHealth health(atlas);
        MainWindow window(atlas);
        health.setWindow(&window);
        QObject::connect(&health, &AtlasHealth::damaged, &window, &MainWindow::setDamage);
        bool wayOut = false;
        QObject::connect(&health, &AtlasHealth::wayOutRequested, &window, [&] {
            wayOut = true;
            window.close();
        });
        window.setReadOnlyReason(atlas.readOnlyReason());
        window.setBaseMap(baseMap);
        window.setNetwork(MapNetwork::fromAtlas(AtlasReader(atlas.connection())));
        applyStartSelection(window, atlas, parser.value(selectOption), parser.value(partnerOption));
        if (parser.isSet(firstPaintOption))
            exitAfterFirstPaint(window.mapView());
        window.show();
        if (!startup.note().isEmpty())
            window.statusBar()->showMessage(startup.note(), 30000);
        health.start();
        // Preferences' weekly look at Wikidata, once the window is there to show it.
        if (!parser.isSet(firstPaintOption))
            QTimer::singleShot(0, &window, [&window] { window.editing()->wikidataActions()->checkAtStart(); });
        const int code = app.exec();
        if (!wayOut)
            return code;
        open.problem = health.damage();
    }
}

} // namespace twinatlas
