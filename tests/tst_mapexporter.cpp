// SPDX-License-Identifier: GPL-3.0-or-later
// MapExporter: PNG, SVG and PDF from the renderer, laid out, and written atomically; every SVG
// well-formed XML whatever its title and sources say.
#include "hostiletext.h"

#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "export/attribution.h"
#include "export/exportsize.h"
#include "export/mapextent.h"
#include "export/mapexporter.h"
#include "export/maplegend.h"
#include "export/viewportsettings.h"
#include "geo/geodesy.h"
#include "geo/projection.h"
#include "geo/projectionregistry.h"
#include "render/basemap.h"
#include "render/linestyle.h"
#include "render/mapnetwork.h"
#include "render/maprenderer.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;

namespace {

const QString duesseldorfUid = QStringLiteral("gn:2934246");

/** Smallest RGB distance to color among the pixels within radius of pos. */
int nearestDistance(const QImage &image, QPointF pos, int radius, const QColor &color)
{
    int best = 1 << 30;
    const QPoint c = pos.toPoint();
    for (int y = c.y() - radius; y <= c.y() + radius; ++y) {
        for (int x = c.x() - radius; x <= c.x() + radius; ++x) {
            if (!image.rect().contains(x, y))
                continue;
            const QColor p = image.pixelColor(x, y);
            const int dr = p.red() - color.red(), dg = p.green() - color.green(),
                      db = p.blue() - color.blue();
            best = std::min(best, int(std::sqrt(double(dr * dr + dg * dg + db * db))));
        }
    }
    return best;
}

/** Pixels in rect that differ from the background. */
int inkIn(const QImage &image, const QRectF &rect, const QColor &background)
{
    int count = 0;
    const QRect r = rect.toAlignedRect().intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (image.pixelColor(x, y).rgb() != background.rgb())
                ++count;
    return count;
}

/** The first page's MediaBox of a PDF, in points. */
QSizeF mediaBox(const QByteArray &pdf)
{
    static const QRegularExpression box(
            QStringLiteral("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*\\]"));
    const QRegularExpressionMatch m = box.match(QString::fromLatin1(pdf));
    if (!m.hasMatch())
        return {};
    return QSizeF(m.captured(3).toDouble() - m.captured(1).toDouble(),
                  m.captured(4).toDouble() - m.captured(2).toDouble());
}

} // namespace

class tst_MapExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void sizes_data();
    void sizes();
    void pngHasSizeDpiAndText_data();
    void pngHasSizeDpiAndText();
    void placeAndPartnersAreWhereTheLayoutPutsThem_data();
    void placeAndPartnersAreWhereTheLayoutPutsThem();
    void decorationsStayInTheirRectangles_data();
    void decorationsStayInTheirRectangles();
    void legendListsWhatIsDrawn();
    void sourceNames_data();
    void sourceNames();
    void attributionLine();
    void transparentPng();
    void svgParsesWithRequestedSize();
    void svgKeepsHostileTextAsText_data();
    void svgKeepsHostileTextAsText();
    void pdfHasRequestedPage_data();
    void pdfHasRequestedPage();
    void unwritablePathsLeaveNothing_data();
    void unwritablePathsLeaveNothing();
    void viewportSettingsRoundTrip_data();
    void viewportSettingsRoundTrip();
    void viewportSettingsRefuseUnusable();
    void viewExtentShowsTheSameRegion();
    void sharedRendererDrawsInTheExportsTheme();
    void legendSwatchesAreTheLineStyles();
    void denseNetworkVectorOutputIsCompact();
    void fitStaysOnTheWorld();

private:
    MapExportSettings placeSettings(const QString &themeId = QStringLiteral("light")) const;

    AtlasDatabase m_atlas;
    std::shared_ptr<const BaseMap> m_baseMap;
    std::shared_ptr<const MapNetwork> m_network;
    std::optional<Place> m_duesseldorf;
    QVector<PartnerEntry> m_partners;
    QString m_sources;
    QTemporaryDir m_dir;
};

void tst_MapExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_atlas.open(QStringLiteral(TWINATLAS_BUNDLED_DB), AtlasDatabase::Mode::ReadOnly),
             qPrintable(m_atlas.errorString()));
    auto baseMap = std::make_shared<BaseMap>();
    QVERIFY2(baseMap->open(QStringLiteral(TWINATLAS_BASEMAP)), qPrintable(baseMap->errorString()));
    m_baseMap = baseMap;
    const AtlasReader reader(m_atlas.connection());
    m_network = MapNetwork::fromAtlas(reader);
    m_duesseldorf = reader.placeByUid(duesseldorfUid);
    QVERIFY(m_duesseldorf);
    m_partners = reader.partnersOf(m_duesseldorf->id);
    QVERIFY(m_partners.size() >= 3);
    m_sources = Attribution::partnershipSources(reader, m_duesseldorf->id);
}

MapExportSettings tst_MapExporter::placeSettings(const QString &themeId) const
{
    MapExportSettings s;
    s.size = ExportSize::newsletterColumn();
    s.extent = MapExportSettings::Extent::Fit;
    s.selectedPlace = m_duesseldorf->id;
    s.selectedPosition = m_duesseldorf->position;
    s.title = QStringLiteral("Düsseldorf and its partner cities");
    s.subtitle = QStringLiteral("Sister cities since 1988");
    s.partnershipSources = m_sources;
    s.theme = MapTheme::byId(themeId);
    return s;
}

void tst_MapExporter::sizes_data()
{
    QTest::addColumn<ExportSize>("size");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<QSizeF>("pagePoints");
    QTest::newRow("newsletter") << ExportSize::newsletterColumn() << QSize(1200, 800) << QSizeF(900, 600);
    QTest::newRow("social") << ExportSize::socialCard() << QSize(1200, 630) << QSizeF(900, 472.5);
    QTest::newRow("a4 landscape 300")
            << ExportSize::paper(QPageSize::A4, QPageLayout::Landscape, 300) << QSize(3508, 2480)
            << QSizeF(841.9, 595.3);
    QTest::newRow("a4 portrait 150")
            << ExportSize::paper(QPageSize::A4, QPageLayout::Portrait, 150) << QSize(1240, 1754)
            << QSizeF(595.3, 841.9);
    QTest::newRow("a3 landscape 150")
            << ExportSize::paper(QPageSize::A3, QPageLayout::Landscape, 150) << QSize(2480, 1754)
            << QSizeF(1190.6, 841.9);
    QTest::newRow("custom 2000x1000 at 200")
            << *ExportSize::fromText(QStringLiteral("2000x1000"), 200) << QSize(2000, 1000)
            << QSizeF(720, 360);
}

void tst_MapExporter::sizes()
{
    QFETCH(ExportSize, size);
    QFETCH(QSize, pixels);
    QFETCH(QSizeF, pagePoints);
    QCOMPARE(size.pixelSize(), pixels);
    const QSizeF points = size.pageLayout().fullRect(QPageLayout::Point).size();
    QVERIFY2(qAbs(points.width() - pagePoints.width()) < 1.0
                     && qAbs(points.height() - pagePoints.height()) < 1.0,
             qPrintable(QStringLiteral("%1 x %2").arg(points.width()).arg(points.height())));
    QCOMPARE(size.pixelScale(), size.dpi() / 96.0);

    QVERIFY(!ExportSize::fromText(QStringLiteral("12x800")));
    QVERIFY(!ExportSize::fromText(QStringLiteral("1200x")));
    QVERIFY(!ExportSize::fromText(QStringLiteral("30000x800")));
    QVERIFY(!ExportSize::fromText(QStringLiteral("wide")));
    QCOMPARE(ExportSize::fromText(QStringLiteral("social"))->pixelSize(), QSize(1200, 630));
    QCOMPARE(ExportSize::fromText(QStringLiteral("640×480"))->pixelSize(), QSize(640, 480));
}

void tst_MapExporter::pngHasSizeDpiAndText_data()
{
    QTest::addColumn<ExportSize>("size");
    QTest::addColumn<bool>("place");
    QTest::newRow("newsletter, place") << ExportSize::newsletterColumn() << true;
    QTest::newRow("social, world") << ExportSize::socialCard() << false;
    QTest::newRow("a4 portrait 150, world")
            << ExportSize::paper(QPageSize::A4, QPageLayout::Portrait, 150) << false;
    QTest::newRow("a4 landscape 300, place")
            << ExportSize::paper(QPageSize::A4, QPageLayout::Landscape, 300) << true;
    QTest::newRow("custom 640x480 at 200") << ExportSize::pixels(QSize(640, 480), 200) << true;
}

void tst_MapExporter::pngHasSizeDpiAndText()
{
    QFETCH(ExportSize, size);
    QFETCH(bool, place);
    MapExportSettings s = place ? placeSettings() : MapExportSettings();
    s.size = size;
    s.description = QStringLiteral("A test map");
    MapExporter exporter(m_baseMap, m_network);
    exporter.setSettings(s);
    const QString path = m_dir.filePath(QStringLiteral("size.png"));
    QVERIFY2(exporter.exportTo(path), qPrintable(exporter.errorString()));

    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), size.pixelSize());
    const int dotsPerMeter = qRound(size.dpi() / 0.0254);
    QCOMPARE(image.dotsPerMeterX(), dotsPerMeter);
    QCOMPARE(image.dotsPerMeterY(), dotsPerMeter);
    QCOMPARE(image.text(QStringLiteral("Software")), QStringLiteral("Twinatlas " TWINATLAS_VERSION));
    QCOMPARE(image.text(QStringLiteral("Title")),
             place ? s.title : QStringLiteral("Twinatlas map"));
    QCOMPARE(image.text(QStringLiteral("Description")), QStringLiteral("A test map"));
    QCOMPARE(image.text(QStringLiteral("Source")), Attribution::line(s.partnershipSources));
    QVERIFY(image.text(QStringLiteral("Source")).startsWith(QStringLiteral("Map data: Natural Earth.")));
    QVERIFY(!image.hasAlphaChannel());
}

void tst_MapExporter::placeAndPartnersAreWhereTheLayoutPutsThem_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<ExportSize>("size");
    QTest::newRow("light, newsletter") << QStringLiteral("light") << ExportSize::newsletterColumn();
    QTest::newRow("print, newsletter") << QStringLiteral("print") << ExportSize::newsletterColumn();
    QTest::newRow("dark, social") << QStringLiteral("dark") << ExportSize::socialCard();
    QTest::newRow("light, a4 portrait 150")
            << QStringLiteral("light") << ExportSize::paper(QPageSize::A4, QPageLayout::Portrait, 150);
}

void tst_MapExporter::placeAndPartnersAreWhereTheLayoutPutsThem()
{
    QFETCH(QString, theme);
    QFETCH(ExportSize, size);
    MapExportSettings s = placeSettings(theme);
    s.size = size;
    MapExporter exporter(m_baseMap, m_network);
    exporter.setSettings(s);
    const QString path = m_dir.filePath(QStringLiteral("place.png"));
    QVERIFY2(exporter.exportTo(path), qPrintable(exporter.errorString()));
    const QImage image(path);
    QCOMPARE(image.size(), size.pixelSize());

    const QRectF page(QPointF(0, 0), QSizeF(size.pixelSize()));
    const MapLayout layout = exporter.layout(page, size.dpi());
    const MapViewport viewport = exporter.viewport(layout);
    QCOMPARE(viewport.size(), layout.mapRect().size());
    const QPointF origin = layout.mapRect().topLeft();
    const MapTheme &t = s.theme;

    const auto here = viewport.toScreen(m_duesseldorf->position);
    QVERIFY(here);
    QVERIFY(layout.mapRect().contains(origin + *here));
    QVERIFY2(nearestDistance(image, origin + *here, 1, t.selectedDotFill) < 40,
             qPrintable(QStringLiteral("Düsseldorf's dot at %1,%2").arg((origin + *here).x()).arg((origin + *here).y())));

    // Every partner is inside the map, with its dot; the line to it passes its midpoint.
    for (const PartnerEntry &e : qAsConst(m_partners)) {
        const auto there = viewport.toScreen(e.partner.position);
        QVERIFY(there);
        const QPointF at = origin + *there;
        QVERIFY2(layout.mapRect().adjusted(10, 10, -10, -10).contains(at), qPrintable(e.partner.name));
        QVERIFY2(nearestDistance(image, at, 1, t.dotFill) < 40, qPrintable(e.partner.name));

        // Along the geodesic, away from the ends; a label may cover some of a short line.
        const QVector<LonLat> path = Geodesy::path(m_duesseldorf->position, e.partner.position, 1e9, 11);
        int onLine = 0;
        for (int i = 2; i <= 8; i += 2) {
            const auto p = viewport.toScreen(path.at(i));
            QVERIFY(p);
            if (nearestDistance(image, origin + *p, 2, t.lineColor(e.partnership.kind)) < 50)
                ++onLine;
        }
        const bool longLine = QLineF(*here, *there).length() > 250.0 * size.pixelScale();
        QVERIFY2(onLine >= (longLine ? 3 : 1),
                 qPrintable(QStringLiteral("line to %1: %2 of 4").arg(e.partner.name).arg(onLine)));
    }
}

void tst_MapExporter::decorationsStayInTheirRectangles_data()
{
    QTest::addColumn<ExportSize>("size");
    QTest::addColumn<bool>("world");
    QTest::newRow("newsletter, place") << ExportSize::newsletterColumn() << false;
    QTest::newRow("social, world") << ExportSize::socialCard() << true;
    QTest::newRow("a4 landscape 150, world")
            << ExportSize::paper(QPageSize::A4, QPageLayout::Landscape, 150) << true;
}

void tst_MapExporter::decorationsStayInTheirRectangles()
{
    QFETCH(ExportSize, size);
    QFETCH(bool, world);
    MapExportSettings s = placeSettings();
    if (world) {
        s.extent = MapExportSettings::Extent::World;
        s.selectedPlace = 0;
        s.partnershipSources.clear();
    }
    s.size = size;
    MapExporter exporter(m_baseMap, m_network);
    exporter.setSettings(s);
    const QImage image = exporter.renderImage().convertToFormat(QImage::Format_RGB32);
    const QRectF page(QPointF(0, 0), QSizeF(size.pixelSize()));
    const MapLayout layout = exporter.layout(page, size.dpi());
    const QColor background = layout.pageColor();

    // Each part has its own rectangle, in order from top to bottom, inside the content.
    QVERIFY(!layout.titleRect().isEmpty());
    QVERIFY(!layout.legendRect().isEmpty());
    QVERIFY(!layout.attributionRect().isEmpty());
    QVERIFY(layout.titleRect().bottom() <= layout.mapRect().top());
    QVERIFY(layout.mapRect().bottom() <= layout.legendRect().top());
    QVERIFY(layout.legendRect().bottom() <= layout.attributionRect().top());
    for (const QRectF &r : { layout.titleRect(), layout.mapRect(), layout.legendRect(),
                             layout.attributionRect() })
        QVERIFY(layout.contentRect().contains(r));
    QVERIFY(layout.contentRect().left() >= 0.02 * page.width());

    // Ink where the layout reserved room for it.
    QVERIFY(inkIn(image, layout.titleRect(), background) > 100);
    QVERIFY(inkIn(image, layout.legendRect(), background) > 50);
    QVERIFY(inkIn(image, layout.attributionRect(), background) > 50);
    QVERIFY(nearestDistance(image, layout.legendRect().topLeft()
                                    + QPointF(5 * size.pixelScale(), layout.legendRect().height() / 2),
                            3, s.theme.sisterCity) < 40);

    // None in the margins, nor between the map, the legend and the attribution.
    const QRectF content = layout.contentRect().adjusted(-2, -2, 2, 2);
    QCOMPARE(inkIn(image, QRectF(page.left(), page.top(), page.width(), content.top()), background), 0);
    QCOMPARE(inkIn(image, QRectF(page.left(), content.bottom(), page.width(), page.bottom() - content.bottom()), background), 0);
    QCOMPARE(inkIn(image, QRectF(page.left(), page.top(), content.left(), page.height()), background), 0);
    QCOMPARE(inkIn(image, QRectF(content.right(), page.top(), page.right() - content.right(), page.height()), background), 0);
    QCOMPARE(inkIn(image, QRectF(QPointF(page.left(), layout.mapRect().bottom() + 1),
                                 QPointF(page.right(), layout.legendRect().top() - 1)), background), 0);
    QCOMPARE(inkIn(image, QRectF(QPointF(page.left(), layout.legendRect().bottom() + 1),
                                 QPointF(page.right(), layout.attributionRect().top() - 1)), background), 0);
    QCOMPARE(inkIn(image, QRectF(QPointF(layout.legendRect().right() + 2, layout.legendRect().top()),
                                 QPointF(page.right(), layout.legendRect().bottom())), background), 0);
    // And the map itself is drawn.
    QVERIFY(inkIn(image, layout.mapRect(), background) > 0.3 * layout.mapRect().width() * layout.mapRect().height());
}

void tst_MapExporter::legendListsWhatIsDrawn()
{
    const MapTheme theme = MapTheme::light();
    MapViewport world(std::shared_ptr<const Projection>(ProjectionRegistry::create(ProjectionRegistry::defaultId())),
                      QSizeF(1000, 500));
    // Düsseldorf's partnerships are all active sister cities.
    const QVector<LegendEntry> place = MapLegend::entries(*m_network, m_duesseldorf->id, world, theme);
    QCOMPARE(place.size(), 1);
    QCOMPARE(place.first().label, QStringLiteral("Sister city"));
    QCOMPARE(place.first().color.rgb(), theme.sisterCity.rgb());
    QCOMPARE(place.first().swatch, LegendEntry::Swatch::Line);

    // The world shows every kind and status the atlas holds, and nothing else.
    QStringList labels;
    for (const LegendEntry &e : MapLegend::entries(*m_network, 0, world, theme))
        labels << e.label;
    QSet<QString> kinds;
    bool ended = false, proposed = false;
    for (const MapLink &l : m_network->links()) {
        if (l.status == QLatin1String("ended"))
            ended = true;
        else if (l.status == QLatin1String("proposed"))
            proposed = true;
        kinds.insert(MapLegend::kindLabel(l.kind));
    }
    for (const QString &kind : qAsConst(kinds))
        QVERIFY2(labels.contains(kind), qPrintable(kind));
    QCOMPARE(labels.contains(QStringLiteral("Proposed")), proposed);
    QCOMPARE(labels.contains(QStringLiteral("Ended")), ended);
    QCOMPARE(labels.size(), kinds.size() + int(proposed) + int(ended));

    // A view of the middle of the Pacific crosses few lines or none: its legend is shorter.
    MapViewport pacific = world;
    pacific.setScale(world.scale() * 8);
    pacific.centerOn(LonLat { -150, -40 });
    QVERIFY(MapLegend::entries(*m_network, 0, pacific, theme).size() < labels.size());
}

void tst_MapExporter::sourceNames_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("name");
    QTest::newRow("blog comment")
            << QStringLiteral("Postcrossing Blog, “Sister Cities of Düsseldorf — a call for postcards”, comment by livi16")
            << QStringLiteral("Postcrossing Blog");
    QTest::newRow("newspaper with date")
            << QStringLiteral("Westdeutsche Zeitung (June 2018): Wie Düsseldorf gleich drei neue Städtepartner auf einmal fand")
            << QStringLiteral("Westdeutsche Zeitung");
    QTest::newRow("wikipedia colon") << QStringLiteral("Wikipedia: North Nicosia (coordinates 35.177011 N)")
                                     << QStringLiteral("Wikipedia");
    QTest::newRow("quoted title first")
            << QStringLiteral("“Barnet, Vermont”, Wikipedia article (WikiMili copy); coordinates 44.30806 N")
            << QStringLiteral("Wikipedia article");
    QTest::newRow("long") << QStringLiteral("Istanbul’s sister cities and twin towns with start dates, and more")
                          << QStringLiteral("Istanbul’s sister cities and twin towns…");
    QTest::newRow("plain") << QStringLiteral("City of Cleveland") << QStringLiteral("City of Cleveland");
}

void tst_MapExporter::sourceNames()
{
    QFETCH(QString, title);
    QFETCH(QString, name);
    QCOMPARE(Attribution::sourceName(title), name);
}

void tst_MapExporter::attributionLine()
{
    QCOMPARE(m_sources, QStringLiteral("Postcrossing Blog; Westdeutsche Zeitung"));
    QCOMPARE(Attribution::line(m_sources),
             QStringLiteral("Map data: Natural Earth. Places: GeoNames (CC BY 4.0). Partnerships: "
                            "Postcrossing Blog; Westdeutsche Zeitung."));
    QVERIFY(Attribution::line(QString()).endsWith(QStringLiteral("Partnerships: Twinatlas bundled data.")));
    const QStringList many = { QStringLiteral("A, x"), QStringLiteral("B: y"), QStringLiteral("A, z"),
                               QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E") };
    QCOMPARE(Attribution::summarize(many), QStringLiteral("A; B; C and 2 more"));
}

void tst_MapExporter::transparentPng()
{
    MapExportSettings s = placeSettings();
    s.transparentBackground = true;
    MapExporter exporter(m_baseMap, m_network);
    exporter.setSettings(s);
    const QString path = m_dir.filePath(QStringLiteral("transparent.png"));
    QVERIFY2(exporter.exportTo(path), qPrintable(exporter.errorString()));
    const QImage image(path);
    QVERIFY(image.hasAlphaChannel());
    QCOMPARE(qAlpha(image.pixel(2, 2)), 0);
    QCOMPARE(qAlpha(image.pixel(image.width() - 3, image.height() - 3)), 0);
    const MapLayout layout = exporter.layout(QRectF(QPointF(0, 0), QSizeF(image.size())), 96);
    const MapViewport viewport = exporter.viewport(layout);
    const auto here = viewport.toScreen(m_duesseldorf->position);
    QCOMPARE(qAlpha(image.pixel((layout.mapRect().topLeft() + *here).toPoint())), 255);
}

void tst_MapExporter::svgParsesWithRequestedSize()
{
    MapExportSettings s = placeSettings();
    s.size = ExportSize::pixels(QSize(1000, 700), 96);
    MapExporter exporter(m_baseMap, m_network);
    exporter.setSettings(s);
    const QString path = m_dir.filePath(QStringLiteral("map.svg"));
    QVERIFY2(exporter.exportTo(path), qPrintable(exporter.errorString()));
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBoxF().size(), QSizeF(1000, 700));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY2(testing::xmlProblem(svg).isEmpty(), qPrintable(testing::xmlProblem(svg)));
    // Physical size: 1000 px at 96 dpi is 264.58 mm.
    QVERIFY2(svg.contains("width=\"264.58") || svg.contains("width=\"264.5"), svg.left(600).constData());
    QVERIFY(svg.contains("Postcrossing Blog"));
    QVERIFY(svg.contains("Düsseldorf and its partner cities"));
}

void tst_MapExporter::svgKeepsHostileTextAsText_data()
{
    QTest::addColumn<QString>("text");
    testing::addHostileTextRows();
    QTest::newRow("ampersand in a title") << QStringLiteral("Rhein & Ruhr");
    QTest::newRow("ampersand in a source") << QStringLiteral("Smith & Sons gazette");
}

void tst_MapExporter::svgKeepsHostileTextAsText()
{
    QFETCH(QString, text);
    MapExportSettings s = placeSettings();
    s.size = ExportSize::pixels(QSize(600, 400), 96);
    s.title = text;
    s.subtitle = text;
    s.description = text;
    s.partnershipSources = text;
    MapExporter exporter(m_baseMap, m_network);
    exporter.setSettings(s);
    const QByteArray svg = exporter.encode(ExportFormat::Svg);
    QVERIFY2(!svg.isEmpty(), qPrintable(exporter.errorString()));
    const QString problem = testing::xmlProblem(svg);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The metadata holds the texts as they were, less what XML cannot hold at all.
    QXmlStreamReader xml(svg);
    QString title, desc;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("title") && title.isEmpty())
            title = xml.readElementText();
        else if (xml.name() == QLatin1String("desc") && desc.isEmpty())
            desc = xml.readElementText();
    }
    const QString expected = testing::asXmlText(text).simplified();
    QCOMPARE(title.simplified(), expected);
    QVERIFY2(desc.simplified().contains(expected), qPrintable(desc));
    QVERIFY(QSvgRenderer(svg).isValid());
}

void tst_MapExporter::pdfHasRequestedPage_data()
{
    QTest::addColumn<ExportSize>("size");
    QTest::addColumn<QSizeF>("points");
    QTest::newRow("a4 landscape 300")
            << ExportSize::paper(QPageSize::A4, QPageLayout::Landscape, 300) << QSizeF(841.89, 595.28);
    QTest::newRow("a4 portrait 150")
            << ExportSize::paper(QPageSize::A4, QPageLayout::Portrait, 150) << QSizeF(595.28, 841.89);
    QTest::newRow("a3 portrait 300")
            << ExportSize::paper(QPageSize::A3, QPageLayout::Portrait, 300) << QSizeF(841.89, 1190.55);
    QTest::newRow("newsletter") << ExportSize::newsletterColumn() << QSizeF(900, 600);
}

void tst_MapExporter::pdfHasRequestedPage()
{
    QFETCH(ExportSize, size);
    QFETCH(QSizeF, points);
    MapExportSettings s = placeSettings();
    s.size = size;
    MapExporter exporter(m_baseMap, m_network);
    exporter.setSettings(s);
    const QString path = m_dir.filePath(QStringLiteral("map.pdf"));
    QVERIFY2(exporter.exportTo(path), qPrintable(exporter.errorString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    const QSizeF box = mediaBox(pdf);
    QVERIFY2(qAbs(box.width() - points.width()) < 1.0 && qAbs(box.height() - points.height()) < 1.0,
             qPrintable(QStringLiteral("MediaBox %1 x %2").arg(box.width()).arg(box.height())));
}

void tst_MapExporter::unwritablePathsLeaveNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const QString dir = m_dir.path();
    QTest::newRow("missing folder") << dir + QStringLiteral("/no/such/folder/map.png")
                                    << QStringLiteral("does not exist");
    QTest::newRow("file as folder") << dir + QStringLiteral("/plain-file/map.png")
                                    << QStringLiteral("is not a folder");
    QTest::newRow("folder as file") << dir + QStringLiteral("/a-folder.png")
                                    << QStringLiteral("not a regular file");
    // Not writable even by root, who can write into any ordinary read-only folder.
    QTest::newRow("read-only file system") << QStringLiteral("/proc/twinatlas-export.pdf")
                                           << QStringLiteral("Cannot write");
}

void tst_MapExporter::unwritablePathsLeaveNothing()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    {
        QFile plain(m_dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
    }
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("a-folder.png")));
    const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    MapExporter exporter(m_baseMap, m_network);
    exporter.setSettings(placeSettings());
    QVERIFY(!exporter.exportTo(path));
    QVERIFY2(exporter.errorString().contains(message), qPrintable(exporter.errorString()));
    QVERIFY2(exporter.errorString().contains(QDir::toNativeSeparators(path)), qPrintable(exporter.errorString()));
    if (!QFileInfo(path).isDir())
        QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
}

void tst_MapExporter::viewportSettingsRoundTrip_data()
{
    QTest::addColumn<QString>("projection");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::newRow("equal earth, Europe") << QStringLiteral("equal-earth") << 6.0 << 10.0 << 50.0;
    QTest::newRow("natural earth, Japan") << QStringLiteral("natural-earth") << 3.5 << 139.7 << 35.7;
    QTest::newRow("orthographic, Chile") << QStringLiteral("orthographic") << 2.0 << -70.6 << -33.4;
}

void tst_MapExporter::viewportSettingsRoundTrip()
{
    QFETCH(QString, projection);
    QFETCH(double, zoom);
    QFETCH(double, lon);
    QFETCH(double, lat);
    std::unique_ptr<Projection> p = ProjectionRegistry::create(projection);
    if (p->hasCenter())
        p->setCenter(LonLat { lon + 5, lat - 5 });
    MapViewport view(std::shared_ptr<const Projection>(std::move(p)), QSizeF(900, 600));
    view.setScale(view.scale() * zoom);
    view.centerOn(LonLat { lon, lat });
    // What the view shows in its middle: the place, or where the world's edge holds it back.
    const auto shown = view.toLonLat(QPointF(450, 300));
    QVERIFY(shown);

    QSettings settings(m_dir.filePath(QStringLiteral("view.ini")), QSettings::IniFormat);
    settings.clear();
    ViewportSettings::save(settings, view);
    settings.sync();
    QCOMPARE(settings.value(QStringLiteral("map/projection")).toString(), projection);

    const auto loaded = ViewportSettings::load(settings, QSizeF(1800, 1200));
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), QSizeF(1800, 1200));
    QCOMPARE(loaded->projection().id(), projection);
    QCOMPARE(loaded->projection().center(), view.projection().center());
    QVERIFY(qAbs(ViewportSettings::zoomOf(*loaded) - zoom) < 1e-6);
    const auto center = loaded->toLonLat(QPointF(900, 600));
    QVERIFY(center);
    QVERIFY2(qAbs(center->lon - shown->lon) < 1e-6 && qAbs(center->lat - shown->lat) < 1e-6,
             qPrintable(QStringLiteral("%1 %2").arg(center->lon).arg(center->lat)));
}

void tst_MapExporter::viewportSettingsRefuseUnusable()
{
    QSettings settings(m_dir.filePath(QStringLiteral("bad-view.ini")), QSettings::IniFormat);
    settings.clear();
    QVERIFY(!ViewportSettings::load(settings, QSizeF(800, 500)));
    settings.setValue(QStringLiteral("map/projection"), QStringLiteral("mercator-of-doom"));
    settings.setValue(QStringLiteral("map/zoom"), 2.0);
    QVERIFY(!ViewportSettings::load(settings, QSizeF(800, 500)));
    settings.setValue(QStringLiteral("map/projection"), QStringLiteral("equal-earth"));
    settings.setValue(QStringLiteral("map/zoom"), QStringLiteral("nan"));
    QVERIFY(!ViewportSettings::load(settings, QSizeF(800, 500)));
    settings.setValue(QStringLiteral("map/zoom"), -1.0);
    QVERIFY(!ViewportSettings::load(settings, QSizeF(800, 500)));
    settings.setValue(QStringLiteral("map/zoom"), 1.0);
    QVERIFY(ViewportSettings::load(settings, QSizeF(800, 500)));
}

void tst_MapExporter::viewExtentShowsTheSameRegion()
{
    // The window's 800 × 500 view of Western Europe, exported at A4: the same places at the
    // middle of the map, whatever the size.
    MapViewport window;
    window.setSize(QSizeF(800, 500));
    window.setScale(window.scale() * 10);
    window.centerOn(LonLat { 4.9, 52.4 });
    MapExportSettings s;
    s.extent = MapExportSettings::Extent::View;
    s.view = window;
    s.size = ExportSize::paper(QPageSize::A4, QPageLayout::Landscape, 150);
    MapExporter exporter(m_baseMap, m_network);
    exporter.setSettings(s);
    const MapLayout layout = exporter.layout(QRectF(QPointF(0, 0), QSizeF(s.size.pixelSize())), 150);
    const MapViewport exported = exporter.viewport(layout);
    const auto center = exported.toLonLat(QPointF(exported.size().width() / 2, exported.size().height() / 2));
    QVERIFY(center);
    QVERIFY(qAbs(center->lon - 4.9) < 1e-6 && qAbs(center->lat - 52.4) < 1e-6);
    QVERIFY(qAbs(ViewportSettings::zoomOf(exported) - 10) < 1e-6);
}

void tst_MapExporter::sharedRendererDrawsInTheExportsTheme()
{
    // The window's renderer, light, lends itself to a dark export: the page is what an
    // exporter with a renderer of its own draws, and the window keeps its theme.
    auto window = std::make_shared<MapRenderer>();
    window->setBaseMap(m_baseMap);
    window->setNetwork(m_network);
    window->setTheme(MapTheme::light());
    MapExportSettings s = placeSettings(QStringLiteral("dark"));
    s.size = ExportSize::pixels(QSize(600, 400), 96);
    MapExporter shared(window);
    shared.setSettings(s);
    MapExporter own(m_baseMap, m_network);
    own.setSettings(s);
    const QImage a = shared.renderImage(), b = own.renderImage();
    QVERIFY(!a.isNull());
    QCOMPARE(a, b);
    QCOMPARE(window->theme().id, QStringLiteral("light"));
    s.theme = MapTheme::light();
    shared.setSettings(s);
    QVERIFY(shared.renderImage() != a);
}

void tst_MapExporter::legendSwatchesAreTheLineStyles()
{
    const MapTheme theme = MapTheme::print();
    MapViewport world(std::shared_ptr<const Projection>(ProjectionRegistry::create(ProjectionRegistry::defaultId())),
                      QSizeF(1000, 500));
    const QVector<LegendEntry> entries = MapLegend::entries(*m_network, 0, world, theme);
    QVERIFY(!entries.isEmpty());
    for (const LegendEntry &e : entries) {
        for (const QString &kind : MapLegend::kindOrder()) {
            if (e.label == MapLegend::kindLabel(kind)) {
                const LineStyle style = LineStyle::of(theme, kind, QStringLiteral("active"));
                QCOMPARE(e.color, style.color);
                QCOMPARE(e.swatch, LegendEntry::Swatch::Line);
            }
        }
        if (e.label == QLatin1String("Ended")) {
            const LineStyle style = LineStyle::of(theme, QString(), QStringLiteral("ended"));
            QCOMPARE(e.color, style.color);
            QCOMPARE(e.swatch, style.dashed ? LegendEntry::Swatch::DashedLine : LegendEntry::Swatch::Line);
        }
    }
}

void tst_MapExporter::denseNetworkVectorOutputIsCompact()
{
    // 8,000 partnerships among the atlas's places on a fixed seed: the vector files draw each
    // line style as one path, simplified to the device's resolution, not 8,000 strokes.
    QRandomGenerator random(11);
    QVector<MapPlace> places = m_network->places();
    QVector<MapLink> links;
    for (MapPlace &p : places)
        p.partnerCount = 0;
    const QStringList kinds = { QStringLiteral("sister_city"), QStringLiteral("twin_town"),
                                QStringLiteral("cooperation") };
    for (int i = 0; i < 8000; ++i) {
        MapLink link;
        link.id = i + 1;
        link.a = random.bounded(int(places.size()));
        link.b = random.bounded(int(places.size()));
        if (link.a == link.b)
            continue;
        link.kind = kinds[i % kinds.size()];
        link.status = i % 9 == 0 ? QStringLiteral("ended") : QStringLiteral("active");
        ++places[link.a].partnerCount;
        ++places[link.b].partnerCount;
        links.append(link);
    }
    const auto dense = std::make_shared<const MapNetwork>(places, links);
    MapExportSettings s;
    s.size = ExportSize::paper(QPageSize::A4, QPageLayout::Landscape, 300);
    s.title = QStringLiteral("Dense");
    MapExporter exporter(m_baseMap, dense);
    exporter.setSettings(s);

    const QByteArray svg = exporter.encode(ExportFormat::Svg);
    QVERIFY2(!svg.isEmpty(), qPrintable(exporter.errorString()));
    QVERIFY2(testing::xmlProblem(svg).isEmpty(), qPrintable(testing::xmlProblem(svg)));
    const int elements = int(svg.count("<path") + svg.count("<polyline"));
    QVERIFY2(elements < 1500, qPrintable(QString::number(elements)));
    QVERIFY(svg.count("<path") >= 3); // the kinds are there
    QVERIFY2(svg.size() < 12'000'000, qPrintable(QString::number(svg.size())));

    const QByteArray pdf = exporter.encode(ExportFormat::Pdf);
    QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(exporter.errorString()));
    QVERIFY2(pdf.size() < 4'000'000, qPrintable(QString::number(pdf.size())));
}

void tst_MapExporter::fitStaysOnTheWorld()
{
    // Every place with partners, fitted on a newsletter map: no empty page beyond the pole line
    // where the world could fill the view, and every point of its lines still in view.
    const std::shared_ptr<const Projection> projection(
            ProjectionRegistry::create(ProjectionRegistry::defaultId()));
    const QRectF world = projection->worldBounds();
    const QSizeF size(1200, 680);
    int checked = 0;
    for (const MapPlace &place : m_network->places()) {
        if (place.partnerCount == 0)
            continue;
        const MapViewport v = MapExtent::fit(projection, size, *m_network, place.id, LonLat {}, 60.0);
        const QRectF visible = v.visibleProjectedRect();
        if (visible.height() < world.height()) {
            QVERIFY2(visible.top() >= world.top() - 1.0 && visible.bottom() <= world.bottom() + 1.0,
                     qPrintable(QStringLiteral("%1: view %2..%3, world %4..%5").arg(place.name)
                                        .arg(visible.top()).arg(visible.bottom())
                                        .arg(world.top()).arg(world.bottom())));
        }
        const int index = m_network->indexOfPlace(place.id);
        for (int link : m_network->linksOfPlace(index))
            for (const LonLat &p : m_network->links()[link].path)
                QVERIFY2(visible.adjusted(-1, -1, 1, 1).contains(projection->forward(p)),
                         qPrintable(place.name));
        ++checked;
    }
    QVERIFY(checked > 10);
}

QTEST_MAIN(tst_MapExporter)
#include "tst_mapexporter.moc"
