// SPDX-License-Identifier: GPL-3.0-or-later
// The resolver against the bundled gazetteer on a synthetic list of 3,000 pairs given by name
// and country only (bench/listsynthesizer.cpp: names in any language, countries as names in
// several languages, codes, regions, misspelled or missing, typos, qualifiers, wiki markup):
// at least 90% of the places resolved, at most 1% of those more than 25 km from the truth.
// The import bench measures the same on 26,000 pairs.
// Then the hard cases of real lists, each a list of its own (bench/caselists.cpp): namesakes
// told apart by their region, county or a nearby town; regions and districts placed at their
// seat; names a letter from a small place, held out of the atlas, that must not be placed there.
#include "caselists.h"
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
    void hardCases_data();
    void hardCases();
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

void TestResolutionQuality::hardCases_data()
{
    QTest::addColumn<int>("list");
    QTest::addColumn<double>("minimumPlaced"); // % of the references
    QTest::addColumn<double>("maximumWrong");  // % of those placed
    QTest::addColumn<double>("maximumWrongOfAll"); // % of the references
    QTest::newRow("namesakes qualified by their parent") << 0 << 93.0 << 1.0 << 1.0;
    // Some divisions share their name with a town elsewhere ("Darjiling", "Benito Juárez").
    QTest::newRow("regions and districts") << 1 << 80.0 << 2.5 << 2.5;
    // Some held-out names are a letter from a town of 10,000 or more, which is taken.
    QTest::newRow("typo traps: held-out places") << 2 << 0.0 << 100.0 << 15.0;
}

void TestResolutionQuality::hardCases()
{
    QFETCH(int, list);
    QFETCH(double, minimumPlaced);
    QFETCH(double, maximumWrong);
    QFETCH(double, maximumWrongOfAll);
    AtlasDatabase atlas;
    QVERIFY(atlas.open(QStringLiteral(TWINATLAS_BUNDLED_DB), AtlasDatabase::Mode::ReadOnly));
    bench::CaseLists lists;
    QVERIFY(lists.load(atlas.connection()));
    atlas.close();
    const bench::CaseLists::List cases = list == 0 ? lists.qualifiedNamesakes(600, 11)
            : list == 1                            ? lists.divisions(600, 12)
                                                   : lists.typoTraps(300, 13);
    QString error;
    const bench::CaseLists::Figures f = bench::CaseLists::measure(QStringLiteral(TWINATLAS_BUNDLED_DB), cases, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(f.total >= 200);
    qInfo("%s: %d references, %.1f%% placed, %.1f%% doubtful, %.2f%% of those placed more than 25 km off",
          qPrintable(cases.name), f.total, f.placedShare(), 100.0 * f.doubtful / f.total, f.wrongShare());
    for (const QString &w : f.wrongExamples)
        qInfo("wrong: %s", qPrintable(w));
    QVERIFY2(f.placedShare() >= minimumPlaced, qPrintable(QString::number(f.placedShare())));
    QVERIFY2(f.wrongShare() <= maximumWrong, qPrintable(QString::number(f.wrongShare())));
    QVERIFY2(100.0 * f.wrong / f.total <= maximumWrongOfAll, qPrintable(QString::number(100.0 * f.wrong / f.total)));
}

QTEST_GUILESS_MAIN(TestResolutionQuality)
#include "tst_resolutionquality.moc"
