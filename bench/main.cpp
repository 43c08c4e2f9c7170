// SPDX-License-Identifier: GPL-3.0-or-later
// twinatlas-bench: the figures the issues budget, each printed as `name value unit`.
//   twinatlas-bench [--only search,render,mapview,export,startup,memory] [--database FILE]
//                   [--quick]
#include "benchconfig.h"
#include "benchreport.h"
#include "benchworld.h"
#include "exportbench.h"
#include "mapviewbench.h"
#include "memorybench.h"
#include "renderbench.h"
#include "importbench.h"
#include "searchbench.h"
#include "startupbench.h"
#include "teambench.h"
#include "timedapplication.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace twinatlas::bench;

int main(int argc, char *argv[])
{
    // The map view is measured as it draws, without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Twinatlas against its budgets."));
    parser.addHelpOption();
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Comma-separated parts: search, render, mapview, "
                                                 "export, startup, memory; import and team (a PostgreSQL server "
                                                 "of its own) are not in the default run."),
                                  QStringLiteral("PARTS"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("The atlas to measure."),
                                      QStringLiteral("FILE"), QStringLiteral(TWINATLAS_BUNDLED_DB));
    const QCommandLineOption basemap(QStringLiteral("basemap"), QStringLiteral("The base map."),
                                     QStringLiteral("FILE"), QStringLiteral(TWINATLAS_BASEMAP));
    const QCommandLineOption executable(QStringLiteral("executable"),
                                        QStringLiteral("twinatlas, for the cold start."),
                                        QStringLiteral("FILE"), QStringLiteral(TWINATLAS_EXECUTABLE));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("A tiny world and few repetitions (smoke test)."));
    QCommandLineOption probeMemory(QStringLiteral("probe-memory"),
                                         QStringLiteral("Internal: the memory figure's child process."));
    probeMemory.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ only, database, basemap, executable, quick, probeMemory });
    parser.process(app);

    BenchConfig config = parser.isSet(quick) ? BenchConfig::small() : BenchConfig::full();
    config.atlasPath = parser.value(database);
    config.basemapPath = parser.value(basemap);
    config.executable = parser.value(executable);
    if (parser.isSet(probeMemory))
        return runMemoryProbe(config);

    const QStringList parts = parser.isSet(only)
            ? parser.value(only).split(QLatin1Char(','))
            : QStringList { QStringLiteral("search"), QStringLiteral("render"),
                            QStringLiteral("mapview"), QStringLiteral("export"),
                            QStringLiteral("startup"), QStringLiteral("memory") };
    BenchReport report;
    if (parts.contains(QLatin1String("search")))
        runSearchBench(config.atlasPath, report);
    const bool needsWorld = parts.contains(QLatin1String("render")) || parts.contains(QLatin1String("redraw"))
            || parts.contains(QLatin1String("mapview")) || parts.contains(QLatin1String("export"));
    if (needsWorld) {
        const BenchWorld world = BenchWorld::load(config);
        if (!world.isValid()) {
            QTextStream(stderr) << "bench: the atlas or the base map could not be read\n";
            return 1;
        }
        if (parts.contains(QLatin1String("render")))
            runRenderBench(world, config, report);
        if (parts.contains(QLatin1String("redraw")))
            runRedrawBench(world, config, report);
        if (parts.contains(QLatin1String("mapview")))
            runMapViewBench(world, config, report, app);
        if (parts.contains(QLatin1String("export")))
            runExportBench(world, config, report);
    }
    if (parts.contains(QLatin1String("startup")))
        runStartupBench(config, report);
    if (parts.contains(QLatin1String("memory")))
        runMemoryBench(config, report);
    if (parts.contains(QLatin1String("import")))
        runImportBench(config.atlasPath, report);
    if (parts.contains(QLatin1String("team")))
        runTeamBench(config.atlasPath, config.quick, report);
    const QStringList over = report.overBudget();
    QTextStream out(stdout);
    out << "over_budget " << over.size() << " count\n";
    for (const QString &line : over)
        out << "# OVER: " << line << '\n';
    return 0;
}
