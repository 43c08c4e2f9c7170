// SPDX-License-Identifier: GPL-3.0-or-later
#include "importbench.h"

#include "benchreport.h"
#include "caselists.h"
#include "listsynthesizer.h"

#include "db/atlasdatabase.h"
#include "geo/geodesy.h"
#include "io/atlascsvwriter.h"
#include "io/importjob.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace twinatlas::bench {

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

} // namespace

void runImportBench(const QString &atlasPath, BenchReport &report)
{
    QTextStream err(stderr);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("atlas.sqlite"));
    if (!QFile::copy(atlasPath, copy)) {
        err << "import bench: cannot copy " << atlasPath << '\n';
        return;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    AtlasDatabase atlas;
    if (!atlas.open(copy)) {
        err << "import bench: " << atlas.errorString() << '\n';
        return;
    }
    ListSynthesizer synthesizer;
    if (!synthesizer.load(atlas.connection())) {
        err << "import bench: the atlas has no places to draw from\n";
        return;
    }
    const QByteArray list = synthesizer.pairs(26000, 20261128);

    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds();
    ImportJob job(atlas);
    ListReader::Options options;
    QElapsedTimer phase;
    phase.start();
    double cpu = cpuSeconds();
    const bool read = job.readBytes(list, QStringLiteral("synthetic-26000.csv"), options);
    const double readSeconds = phase.restart() / 1000.0;
    const double readCpu = cpuSeconds() - cpu;
    cpu = cpuSeconds();
    const bool resolvedAll = read && job.resolve();
    const double resolveSeconds = phase.restart() / 1000.0;
    const double resolveCpu = cpuSeconds() - cpu;
    cpu = cpuSeconds();
    if (!resolvedAll || !job.apply()) {
        err << "import bench: " << job.errorString() << '\n';
        return;
    }
    // Wall and processor time of each step: on a busy machine the wall time says little.
    report.figure(QStringLiteral("import_read_and_load"), readSeconds, QStringLiteral("s"));
    report.figure(QStringLiteral("import_read_and_load_cpu"), readCpu, QStringLiteral("s"));
    report.figure(QStringLiteral("import_resolve"), resolveSeconds, QStringLiteral("s"));
    report.figure(QStringLiteral("import_resolve_cpu"), resolveCpu, QStringLiteral("s"));
    report.figure(QStringLiteral("import_write"), phase.elapsed() / 1000.0, QStringLiteral("s"));
    report.figure(QStringLiteral("import_write_cpu"), cpuSeconds() - cpu, QStringLiteral("s"));
    report.figure(QStringLiteral("import_26000_pairs"), timer.elapsed() / 1000.0, QStringLiteral("s"), 15);
    report.figure(QStringLiteral("import_26000_pairs_cpu"), cpuSeconds() - cpu0, QStringLiteral("s"));
    report.figure(QStringLiteral("import_peak_memory"), peakMegabytes(), QStringLiteral("MB"), 500);

    // Resolution against the truth, over distinct references.
    ImportPlan *plan = job.plan();
    int total = 0, resolved = 0, wrong = 0, doubtful = 0;
    for (int i = 0; i < plan->referenceCount(); ++i) {
        const PlaceReference &ref = plan->reference(i);
        const auto truth = synthesizer.truth().constFind(ListSynthesizer::key(ref.text, ref.country));
        if (truth == synthesizer.truth().constEnd())
            continue;
        ++total;
        const Resolution &r = plan->resolution(i);
        if (r.outcome == Resolution::Outcome::Doubtful)
            ++doubtful;
        if (r.outcome != Resolution::Outcome::Matched)
            continue;
        ++resolved;
        if (Geodesy::distanceMeters(plan->index().place(r.place).position, truth->position) > 25000) {
            ++wrong;
            if (qEnvironmentVariableIsSet("TWINATLAS_BENCH_DUMP"))
                err << "wrong: " << ref.text << " / " << ref.country << " -> " << plan->resolver().describe(r.place)
                    << " [" << Resolution::methodName(r.method) << ' ' << r.confidence << "] truth "
                    << truth->placeId << '\n';
        }
    }
    report.figure(QStringLiteral("import_references"), total, QStringLiteral("count"));
    report.figure(QStringLiteral("import_resolved_share"), total ? 100.0 * resolved / total : 0, QStringLiteral("%"));
    report.figure(QStringLiteral("import_doubtful_share"), total ? 100.0 * doubtful / total : 0, QStringLiteral("%"));
    report.figure(QStringLiteral("import_wrong_share_of_resolved"), resolved ? 100.0 * wrong / resolved : 0,
                  QStringLiteral("%"), 1);

    // The hard cases of real lists, each measured on its own (see tst_resolutionquality).
    CaseLists cases;
    AtlasDatabase pristine;
    if (pristine.open(atlasPath, AtlasDatabase::Mode::ReadOnly) && cases.load(pristine.connection())) {
        const QVector<CaseLists::List> lists{cases.qualifiedNamesakes(600, 11), cases.divisions(600, 12),
                                             cases.typoTraps(300, 13)};
        const QStringList names{QStringLiteral("namesakes"), QStringLiteral("divisions"), QStringLiteral("typo_traps")};
        const QString dumpDir = qEnvironmentVariable("TWINATLAS_BENCH_WRITE_LISTS");
        for (int i = 0; i < lists.size(); ++i) {
            const CaseLists::List &list = lists.at(i);
            if (!dumpDir.isEmpty()) {
                // The lists as files, to measure another build of the program on them.
                QFile csv(dumpDir + u'/' + names.at(i) + QStringLiteral(".csv"));
                QFile truth(dumpDir + u'/' + names.at(i) + QStringLiteral(".truth.tsv"));
                if (csv.open(QIODevice::WriteOnly) && truth.open(QIODevice::WriteOnly)) {
                    csv.write(list.csv);
                    QTextStream t(&truth);
                    for (auto it = list.truth.cbegin(); it != list.truth.cend(); ++it)
                        t << QString(it.key()).replace(u'\x1f', u'\t') << '\t' << it->position.lon << '\t'
                          << it->position.lat << '\t' << (it->absent ? 1 : 0) << '\n';
                    for (qint64 id : list.heldOut)
                        t << "#held\t" << id << '\n';
                }
            }
            QString error;
            const CaseLists::Figures f = CaseLists::measure(atlasPath, list, &error);
            if (!error.isEmpty()) {
                err << "import bench: " << list.name << ": " << error << '\n';
                continue;
            }
            for (const QString &w : f.wrongExamples)
                err << "wrong (" << list.name << "): " << w << '\n';
            report.figure(QStringLiteral("import_%1_references").arg(names.at(i)), f.total, QStringLiteral("count"));
            report.figure(QStringLiteral("import_%1_placed_share").arg(names.at(i)), f.placedShare(), QStringLiteral("%"));
            report.figure(QStringLiteral("import_%1_wrong_share_of_placed").arg(names.at(i)), f.wrongShare(),
                          QStringLiteral("%"), i < 2 ? 1 : -1);
        }
    }

    timer.start();
    const double exportCpu = cpuSeconds();
    ExportSelection selection;
    selection.read(atlas.connection());
    const QByteArray csv = AtlasCsvWriter::toCsv(selection);
    report.figure(QStringLiteral("export_csv_whole_atlas"), timer.elapsed() / 1000.0, QStringLiteral("s"), 1);
    report.figure(QStringLiteral("export_csv_whole_atlas_cpu"), cpuSeconds() - exportCpu, QStringLiteral("s"));
    report.figure(QStringLiteral("export_csv_rows"), selection.partnerships().size(), QStringLiteral("count"));
    Q_UNUSED(csv)
}

} // namespace twinatlas::bench
