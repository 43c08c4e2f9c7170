// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbench.h"

#include "benchreport.h"
#include "db/atlasdatabase.h"
#include "search/placesearch.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

namespace twinatlas::bench {

void runSearchBench(const QString &atlasPath, BenchReport &report)
{
    AtlasDatabase atlas;
    if (!atlas.open(atlasPath, AtlasDatabase::Mode::ReadOnly)) {
        QTextStream(stderr) << "search bench: " << atlas.errorString() << '\n';
        return;
    }
    // Names people type: a fixed-seed sample of the gazetteer's own and alternate names.
    QStringList names;
    {
        QSqlQuery q(atlas.connection());
        q.exec(QStringLiteral("SELECT name FROM places UNION ALL SELECT name FROM alternate_names"));
        QStringList all;
        while (q.next())
            all << q.value(0).toString();
        QRandomGenerator random(20261128);
        for (int i = 0; i < 300 && !all.isEmpty(); ++i)
            names << all.at(random.bounded(int(all.size())));
    }
    PlaceSearch search(atlas.connection());
    search.search(QStringLiteral("warm up"));
    QVector<double> samples;
    QElapsedTimer timer;
    for (const QString &name : std::as_const(names)) {
        for (int length = 1; length <= name.size(); ++length) {
            timer.start();
            const auto hits = search.search(name.left(length), 50);
            samples << timer.nsecsElapsed() / 1e6;
            Q_UNUSED(hits);
        }
    }
    report.figure(QStringLiteral("search_keystroke_p50"), BenchReport::percentile(samples, 50), QStringLiteral("ms"));
    report.figure(QStringLiteral("search_keystroke_p95"), BenchReport::percentile(samples, 95), QStringLiteral("ms"), 10);
    report.figure(QStringLiteral("search_keystroke_max"), BenchReport::percentile(samples, 100), QStringLiteral("ms"));
    report.figure(QStringLiteral("search_keystrokes"), samples.size(), QStringLiteral("count"));
}

} // namespace twinatlas::bench
