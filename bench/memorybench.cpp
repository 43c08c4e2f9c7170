// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorybench.h"

#include "benchconfig.h"
#include "benchreport.h"
#include "gazetteer.h"
#include "syntheticworld.h"
#include "mapview.h"
#include "render/basemap.h"
#include "render/mapnetwork.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <malloc.h>

namespace twinatlas::bench {

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

int runMemoryProbe(const BenchConfig &config)
{
    std::shared_ptr<const MapNetwork> network;
    {
        // The gazetteer is only the synthetic world's raw material: the window never holds it.
        const Gazetteer gazetteer = Gazetteer::load(config.atlasPath);
        network = SyntheticWorld::make(gazetteer.places(), config.syntheticLinks);
    }
    malloc_trim(0);
    auto baseMap = std::make_shared<BaseMap>();
    baseMap->open(config.basemapPath);
    MapView view;
    view.resize(config.screen);
    view.setBaseMap(baseMap);
    view.setNetwork(network);
    view.show();
    QEventLoop loop;
    QObject::connect(&view, &MapView::baseMapPainted, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QTextStream(stdout) << "rss_mb " << residentMegabytes() << '\n';
    return 0;
}

void runMemoryBench(const BenchConfig &config, BenchReport &report)
{
    QStringList arguments { QStringLiteral("--probe-memory"), QStringLiteral("--database"),
                            config.atlasPath };
    if (config.quick)
        arguments << QStringLiteral("--quick");
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), arguments);
    double rss = 0;
    if (process.waitForFinished(120000)) {
        for (const QByteArray &line : process.readAllStandardOutput().split('\n'))
            if (line.startsWith("rss_mb "))
                rss = line.mid(7).trimmed().toDouble();
    }
    if (rss <= 0) {
        QTextStream(stderr) << "memory bench: the probe failed: " << process.readAllStandardError() << '\n';
        return;
    }
    report.figure(QStringLiteral("rss_synthetic_world"), rss, QStringLiteral("MB"), 300);
}

} // namespace twinatlas::bench
