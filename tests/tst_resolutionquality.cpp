// SPDX-License-Identifier: GPL-3.0-or-later
// The resolver against the bundled gazetteer on a synthetic list of 3,000 pairs given by name
// and country only (bench/listsynthesizer.cpp: names in any language, countries as names in
// several languages, codes, regions, misspelled or missing, typos, qualifiers, wiki markup):
// at least 90% of the places resolved, at most 1% of those more than 25 km from the truth.
// The import bench measures the same on 26,000 pairs.
#include "listsynthesizer.h"

#include "db/atlasdatabase.h"
#include "geo/geodesy.h"
#include "io/importjob.h"

#include <QTest>

using namespace twinatlas;

class TestResolutionQuality : public QObject
{
    Q_OBJECT

private slots:
    void resolvesMostAndErrsRarely();
};

void TestResolutionQuality::resolvesMostAndErrsRarely()
{
    AtlasDatabase atlas;
    QVERIFY(atlas.open(QStringLiteral(TWINATLAS_BUNDLED_DB), AtlasDatabase::Mode::ReadOnly));
    bench::ListSynthesizer synthesizer;
    QVERIFY(synthesizer.load(atlas.connection()));
    const QByteArray list = synthesizer.pairs(3000, 7);
    ImportJob job(atlas);
    QVERIFY2(job.readBytes(list, QStringLiteral("synthetic.csv"), {}), qPrintable(job.errorString()));
    QVERIFY(job.resolve());
    ImportPlan *plan = job.plan();
    int total = 0, resolved = 0, wrong = 0;
    for (int i = 0; i < plan->referenceCount(); ++i) {
        const PlaceReference &ref = plan->reference(i);
        const auto truth = synthesizer.truth().constFind(bench::ListSynthesizer::key(ref.text, ref.country));
        if (truth == synthesizer.truth().constEnd())
            continue;
        ++total;
        const Resolution &r = plan->resolution(i);
        if (r.outcome != Resolution::Outcome::Matched)
            continue;
        ++resolved;
        if (Geodesy::distanceMeters(plan->index().place(r.place).position, truth->position) > 25000)
            ++wrong;
    }
    QVERIFY(total > 5000);
    const double resolvedShare = 100.0 * resolved / total;
    const double wrongShare = 100.0 * wrong / resolved;
    qInfo("%d references: %.1f%% resolved, %.2f%% of those more than 25 km off", total, resolvedShare, wrongShare);
    QVERIFY2(resolvedShare >= 90, qPrintable(QString::number(resolvedShare)));
    QVERIFY2(wrongShare <= 1, qPrintable(QString::number(wrongShare)));
}

QTEST_GUILESS_MAIN(TestResolutionQuality)
#include "tst_resolutionquality.moc"
