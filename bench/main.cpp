// SPDX-License-Identifier: GPL-3.0-or-later
// twinatlas-bench: the figures the issues budget, each printed as `name value unit`.
//   twinatlas-bench [--only search,...] [--database FILE]
#include "benchreport.h"
#include "searchbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace twinatlas::bench;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Twinatlas against its budgets."));
    parser.addHelpOption();
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Comma-separated parts: search."),
                                  QStringLiteral("PARTS"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("The atlas to measure."),
                                      QStringLiteral("FILE"), QStringLiteral(TWINATLAS_BUNDLED_DB));
    parser.addOptions({only, database});
    parser.process(app);
    const QStringList parts = parser.isSet(only) ? parser.value(only).split(QLatin1Char(','))
                                                 : QStringList{QStringLiteral("search")};
    BenchReport report;
    if (parts.contains(QLatin1String("search")))
        runSearchBench(parser.value(database), report);
    const QStringList over = report.overBudget();
    QTextStream out(stdout);
    out << "over_budget " << over.size() << " count\n";
    for (const QString &line : over)
        out << "# OVER: " << line << '\n';
    return 0;
}
