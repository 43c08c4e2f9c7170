// SPDX-License-Identifier: GPL-3.0-or-later
// twinatlas-builddb: builds the bundled atlas and the base map from the text sources in data/.
#include "db/atlasbuilder.h"
#include "db/basemapbuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace twinatlas;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Builds the Twinatlas database from data/."));
    parser.addHelpOption();
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("The data folder."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The atlas to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption basemapOption(QStringLiteral("basemap"),
                                           QStringLiteral("The base map to write."),
                                           QStringLiteral("FILE"));
    parser.addOptions({dataOption, outOption, basemapOption});
    parser.process(app);
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.isSet(dataOption) || (!parser.isSet(outOption) && !parser.isSet(basemapOption))) {
        err << "twinatlas-builddb: give --data DIR and --out FILE and/or --basemap FILE\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const QString data = parser.value(dataOption);
    if (parser.isSet(outOption)) {
        AtlasBuilder builder;
        if (!builder.build(data, parser.value(outOption))) {
            for (const QString &e : builder.errors())
                err << e << '\n';
            err << "twinatlas-builddb: the atlas was not built (" << builder.errors().size()
                << " problems)\n";
            return 1;
        }
        out << builder.summary() << '\n';
    }
    if (parser.isSet(basemapOption)) {
        BasemapBuilder basemap;
        if (!basemap.build(data + QStringLiteral("/geometry"), parser.value(basemapOption))) {
            for (const QString &e : basemap.errors())
                err << e << '\n';
            return 1;
        }
        out << basemap.summary() << '\n';
    }
    out << "built in " << timer.elapsed() << " ms\n";
    return 0;
}
