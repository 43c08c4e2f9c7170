// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupbench.h"

#include "benchconfig.h"
#include "benchreport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTextStream>

namespace twinatlas::bench {

void runStartupBench(const BenchConfig &config, BenchReport &report)
{
    QTextStream err(stderr);
    QTemporaryDir dir;
    // A copy: the window opens its atlas for editing, and must not touch the build's own file;
    // a fresh home, so that no settings or user atlas of earlier runs play a part.
    const QString atlas = dir.filePath(QStringLiteral("atlas.sqlite"));
    if (!QFile::copy(config.atlasPath, atlas)) {
        err << "startup bench: cannot copy " << config.atlasPath << '\n';
        return;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    QVector<double> samples, wall;
    const int runs = config.quick ? 1 : 5;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(config.executable,
                      { QStringLiteral("--database"), atlas, QStringLiteral("--exit-after-first-paint") });
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            err << "startup bench: " << config.executable << " failed: " << process.errorString()
                << ' ' << process.readAllStandardError() << '\n';
            process.kill();
            return;
        }
        wall << timer.nsecsElapsed() / 1e6;
        // The last line of the output is the program's own count since its process started.
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        bool ok = false;
        const double ms = lines.isEmpty() ? 0 : lines.last().trimmed().toDouble(&ok);
        if (!ok) {
            err << "startup bench: no time printed by " << config.executable << '\n';
            return;
        }
        samples << ms;
    }
    report.figure(QStringLiteral("cold_start_first_paint"), BenchReport::percentile(samples, 50), QStringLiteral("ms"), 1500);
    report.figure(QStringLiteral("cold_start_first_run"), samples.first(), QStringLiteral("ms"));
    report.figure(QStringLiteral("cold_start_process_wall"), BenchReport::percentile(wall, 50), QStringLiteral("ms"));
}

} // namespace twinatlas::bench
