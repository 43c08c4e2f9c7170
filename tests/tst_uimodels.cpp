// SPDX-License-Identifier: GPL-3.0-or-later
// The item models over the bundled atlas: search hits, partners in date order, the place list's
// sorting, the timeline, and the shared selection.
#include "atlasselection.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "db/partialdate.h"
#include "partnerlistmodel.h"
#include "partnershiptext.h"
#include "placelistmodel.h"
#include "placesortfiltermodel.h"
#include "searchresultmodel.h"
#include "timelinemodel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace twinatlas;

class tst_UiModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchFillsWithHits_data();
    void searchFillsWithHits();
    void searchIsFastEnoughToRunPerKeystroke();
    void partnersAreSortedByStartDate();
    void inactivePartnershipsAreMarked();
    void placeListSorts_data();
    void placeListSorts();
    void placeListFindsPlaces();
    void timelineFollowsEvents();
    void kindsInWords_data();
    void kindsInWords();
    void yearsAtTheirPrecision_data();
    void yearsAtTheirPrecision();
    void selectionForgetsPartnershipOfOldPlace();

private:
    qint64 placeId(const QString &uid) const;

    AtlasDatabase m_db;
};

void tst_UiModels::initTestCase()
{
    QVERIFY2(m_db.open(QStringLiteral(TWINATLAS_BUNDLED_DB), AtlasDatabase::Mode::ReadOnly),
             qPrintable(m_db.errorString()));
}

qint64 tst_UiModels::placeId(const QString &uid) const
{
    const auto place = AtlasReader(const_cast<AtlasDatabase &>(m_db).connection()).placeByUid(uid);
    return place ? place->id : 0;
}

void tst_UiModels::searchFillsWithHits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("country");
    QTest::newRow("dussel") << "dussel" << "Düsseldorf" << "Germany";
    QTest::newRow("Düsseldorf") << "Düsseldorf" << "Düsseldorf" << "Germany";
    QTest::newRow("torun") << "torun" << "Toruń" << "Poland";
}

void tst_UiModels::searchFillsWithHits()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QFETCH(QString, country);
    SearchResultModel model(m_db.connection());
    const AtlasReader reader(m_db.connection());
    QHash<qint64, int> counts;
    for (const PlaceSummary &p : reader.placesWithPartnerships())
        counts.insert(p.id, p.partnerCount);
    model.setPartnerCounts(counts);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.search(text);
    QCOMPARE(reset.count(), 1);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() <= SearchResultModel::maximumHits);
    QCOMPARE(model.index(0, SearchResultModel::NameColumn).data().toString(), first);
    QCOMPARE(model.index(0, SearchResultModel::CountryColumn).data().toString(), country);
    const qint64 id = model.index(0, 0).data(SearchResultModel::PlaceIdRole).toLongLong();
    QCOMPARE(model.hitAt(model.index(0, 0)).placeId, id);
    QCOMPARE(model.index(0, SearchResultModel::PartnersColumn).data().toInt(), counts.value(id));

    model.search(QString());
    QCOMPARE(model.rowCount(), 0);
}

void tst_UiModels::searchIsFastEnoughToRunPerKeystroke()
{
    // Not a timed assertion: prints what the city list's choice (search on each keystroke,
    // unless a search proves slow) rests on, for the record.
    SearchResultModel model(m_db.connection());
    QElapsedTimer timer;
    qint64 worst = 0;
    for (const QString &typed : {QStringLiteral("d"), QStringLiteral("du"), QStringLiteral("dus"),
                                 QStringLiteral("duss"), QStringLiteral("dusse"), QStringLiteral("s"),
                                 QStringLiteral("sa"), QStringLiteral("san"), QStringLiteral("b")}) {
        timer.start();
        model.search(typed);
        worst = qMax(worst, timer.nsecsElapsed());
        QVERIFY(model.rowCount() > 0);
    }
    qInfo("slowest keystroke search: %.2f ms", worst / 1e6);
}

void tst_UiModels::partnersAreSortedByStartDate()
{
    const qint64 duesseldorf = placeId(QStringLiteral("gn:2934246"));
    QVERIFY(duesseldorf != 0);
    const AtlasReader reader(m_db.connection());
    PartnerListModel model;
    model.setPartners(duesseldorf, reader.partnersOf(duesseldorf));
    QVERIFY(model.rowCount() >= 4);

    QStringList partners;
    bool undatedSeen = false;
    PartialDate previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, PartnerListModel::PartnerColumn);
        partners << index.data().toString();
        const PartialDate start = PartialDate::fromIso(model.entryAt(index).partnership.startDate);
        if (!start.isValid()) {
            undatedSeen = true;
            continue;
        }
        QVERIFY2(!undatedSeen, "a dated partnership after an undated one");
        if (previous.isValid())
            QVERIFY(PartialDate::compareAtCommonPrecision(previous, start) <= 0);
        previous = start;
    }
    for (const char *name : {"Haifa", "Chemnitz", "Reading", "Palma"})
        QVERIFY2(partners.contains(QString::fromUtf8(name)), name);
    // Undated partnerships (Palma) come last.
    QCOMPARE(partners.last(), QStringLiteral("Palma"));

    const QModelIndex reading = model.index(partners.indexOf(QStringLiteral("Reading")), 0);
    QCOMPARE(reading.siblingAtColumn(PartnerListModel::KindColumn).data().toString(),
             QStringLiteral("Sister city"));
    QCOMPARE(reading.siblingAtColumn(PartnerListModel::CountryColumn).data().toString(),
             QStringLiteral("United Kingdom"));
    QCOMPARE(reading.siblingAtColumn(PartnerListModel::YearsColumn).data().toString(),
             QStringLiteral("since 1988"));
    QVERIFY(reading.siblingAtColumn(PartnerListModel::DistanceColumn).data().toString().endsWith(
            QStringLiteral(" km")));
    QCOMPARE(model.indexOfPartnership(reading.data(PartnerListModel::PartnershipIdRole).toLongLong()),
             reading);

    model.setPartners(0, reader.partnersOf(duesseldorf));
    QCOMPARE(model.rowCount(), 0);
}

void tst_UiModels::inactivePartnershipsAreMarked()
{
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT place_a, id FROM partnerships WHERE status = 'ended' LIMIT 1")));
    if (!q.next())
        QSKIP("the atlas has no ended partnership");
    const qint64 place = q.value(0).toLongLong();
    const qint64 partnership = q.value(1).toLongLong();
    PartnerListModel model;
    model.setPartners(place, AtlasReader(m_db.connection()).partnersOf(place));
    const QModelIndex index = model.indexOfPartnership(partnership);
    QVERIFY(index.isValid());
    QVERIFY(index.data(PartnerListModel::InactiveRole).toBool());
    QVERIFY(index.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(index.siblingAtColumn(PartnerListModel::StatusColumn).data().toString(),
             QStringLiteral("Ended"));
}

void tst_UiModels::placeListSorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name") << int(PlaceListModel::NameColumn) << int(Qt::AscendingOrder)
                          << QStringList{"Aachen", "Lisbon", "Łódź", "Zagreb"};
    QTest::newRow("partners, most first, ties by name")
            << int(PlaceListModel::PartnersColumn) << int(Qt::DescendingOrder)
            << QStringList{"Lisbon", "Aachen", "Zagreb", "Łódź"};
    QTest::newRow("country, ties by name")
            << int(PlaceListModel::CountryColumn) << int(Qt::AscendingOrder)
            << QStringList{"Zagreb", "Aachen", "Łódź", "Lisbon"};
}

void tst_UiModels::placeListSorts()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    PlaceListModel model;
    model.setPlaces({
            {1, QStringLiteral("Zagreb"), QStringLiteral("HR"), {15.98, 45.81}, 0, 3},
            {2, QStringLiteral("Łódź"), QStringLiteral("PL"), {19.47, 51.77}, 0, 2},
            {3, QStringLiteral("Aachen"), QStringLiteral("DE"), {6.08, 50.78}, 0, 3},
            {4, QStringLiteral("Lisbon"), QStringLiteral("PT"), {-9.14, 38.72}, 0, 9},
    });
    PlaceSortFilterModel sorted;
    sorted.setSourceModel(&model);
    sorted.sort(column, Qt::SortOrder(order));
    QStringList names;
    for (int row = 0; row < sorted.rowCount(); ++row)
        names << sorted.index(row, PlaceListModel::NameColumn).data().toString();
    QCOMPARE(names, expected);
}

void tst_UiModels::placeListFindsPlaces()
{
    PlaceListModel model;
    model.setPlaces(AtlasReader(m_db.connection()).placesWithPartnerships());
    QVERIFY(model.rowCount() > 100);
    const qint64 duesseldorf = placeId(QStringLiteral("gn:2934246"));
    const QModelIndex index = model.indexOfPlace(duesseldorf);
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toString(), QStringLiteral("Düsseldorf"));
    QCOMPARE(index.siblingAtColumn(PlaceListModel::CountryColumn).data().toString(),
             QStringLiteral("Germany"));
    QCOMPARE(model.placeAt(index).id, duesseldorf);
    QVERIFY(!model.indexOfPlace(-1).isValid());
}

void tst_UiModels::timelineFollowsEvents()
{
    const qint64 duesseldorf = placeId(QStringLiteral("gn:2934246"));
    const AtlasReader reader(m_db.connection());
    qint64 partnership = 0;
    for (const PartnerEntry &e : reader.partnersOf(duesseldorf))
        if (e.partner.name == QLatin1String("Reading"))
            partnership = e.partnership.id;
    QVERIFY(partnership != 0);
    const QVector<HistoryEvent> events = reader.eventsOf(partnership);
    QVERIFY(events.size() >= 2);

    TimelineModel model;
    model.setEvents(partnership, events);
    QCOMPARE(model.rowCount(), events.size());
    for (int row = 0; row < events.size(); ++row) {
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data(TimelineModel::DateIsoRole).toString(), events.at(row).date);
        QCOMPARE(index.data(TimelineModel::DateRole).toString(),
                 PartialDate::fromIso(events.at(row).date).toDisplayString());
        QCOMPARE(index.data(TimelineModel::DescriptionRole).toString(), events.at(row).description);
        QCOMPARE(index.data(TimelineModel::TypeTextRole).toString(),
                 PartnershipText::eventType(events.at(row).type));
    }
    model.setEvents(0, events);
    QCOMPARE(model.rowCount(), 0);
}

void tst_UiModels::kindsInWords_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("words");
    QTest::newRow("twin_town") << "twin_town" << "Twin town";
    QTest::newRow("sister_city") << "sister_city" << "Sister city";
    QTest::newRow("partner_town") << "partner_town" << "Partner town";
    QTest::newRow("friendship_city") << "friendship_city" << "Friendship city";
    QTest::newRow("cooperation") << "cooperation" << "Cooperation agreement";
}

void tst_UiModels::kindsInWords()
{
    QFETCH(QString, kind);
    QFETCH(QString, words);
    QCOMPARE(PartnershipText::kind(kind), words);
}

void tst_UiModels::yearsAtTheirPrecision_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("active since a year") << "1988" << "" << "active" << "since 1988";
    QTest::newRow("ended, both dates") << "1988" << "2005-06" << "ended" << "1988 – June 2005";
    QTest::newRow("suspended, start only") << "1988-11-17" << "" << "suspended" << "from 17 November 1988";
    QTest::newRow("end only") << "" << "2005" << "ended" << "until 2005";
    QTest::newRow("undated") << "" << "" << "active" << "";
}

void tst_UiModels::yearsAtTheirPrecision()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, status);
    QFETCH(QString, expected);
    QCOMPARE(PartnershipText::years(start, end, status, QLocale(QLocale::English, QLocale::UnitedKingdom)),
             expected);
}

void tst_UiModels::selectionForgetsPartnershipOfOldPlace()
{
    AtlasSelection selection;
    QSignalSpy places(&selection, &AtlasSelection::placeChanged);
    QSignalSpy partnerships(&selection, &AtlasSelection::partnershipChanged);
    selection.selectPlace(7);
    selection.selectPlace(7);
    QCOMPARE(places.count(), 1);
    selection.selectPartnership(70);
    QCOMPARE(partnerships.count(), 1);
    // Whoever hears of the new place must not still see the old place's partnership.
    connect(&selection, &AtlasSelection::placeChanged, this,
            [&selection] { QCOMPARE(selection.partnershipId(), qint64(0)); });
    selection.selectPlace(8);
    QCOMPARE(partnerships.count(), 2);
    QCOMPARE(partnerships.last().first().toLongLong(), qint64(0));
    selection.clear();
    QCOMPARE(selection.placeId(), qint64(0));
    QCOMPARE(places.last().first().toLongLong(), qint64(0));
}

QTEST_MAIN(tst_UiModels)
#include "tst_uimodels.moc"
