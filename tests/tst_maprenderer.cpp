// SPDX-License-Identifier: GPL-3.0-or-later
// The map renderer, judged by its pixels: lines where the geodesics are, none streaking across
// the map at the antimeridian, land where the continents are, labels beside the partners of the
// selected place and beside the hubs; the same picture from the fast image path and from
// QPainter, and from a worker thread as from the calling one; dense networks in their kinds'
// colours; label placement without overlaps; picking before the projection is ready.
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "geo/geodesy.h"
#include "geo/projection.h"
#include "geo/projectionregistry.h"
#include "render/basemap.h"
#include "render/labelplacer.h"
#include "render/linestyle.h"
#include "render/mapnetwork.h"
#include "render/maprenderer.h"
#include "render/maptheme.h"
#include "render/mapviewport.h"
#include "testatlas.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <array>
#include <cmath>

using namespace twinatlas;

namespace {

const QSize imageSize(1200, 600);

/**
 * Colour distance (Euclidean in 8-bit RGB). Antialiasing mixes a line's colour with what is
 * under it only at its edges: the test theme draws opaque lines 2 px wide, so the pixel on a
 * line's centre is the line's colour up to rounding, and a tolerance of 40 accepts that while
 * rejecting land, sea, borders and the other kinds' colours, all more than 100 away.
 */
constexpr int colourTolerance = 40;

int colourDistance(QRgb a, QRgb b)
{
    const int dr = qRed(a) - qRed(b), dg = qGreen(a) - qGreen(b), db = qBlue(a) - qBlue(b);
    return int(std::lround(std::sqrt(double(dr * dr + dg * dg + db * db))));
}

/** The light theme with lines opaque and wide enough that their centre pixels are pure. */
MapTheme testTheme()
{
    MapTheme theme = MapTheme::light();
    theme.lineWidth = 2.0;
    theme.lineOpacity = 1.0;
    theme.minLineOpacity = 1.0;
    theme.inactiveLine = QColor(QLatin1String("#d100d1")); // no other colour on the map is magenta
    return theme;
}

/** Best match to colour in the (2 radius + 1)² pixels around p. */
int nearestColourDistance(const QImage &image, QPointF p, QRgb colour, int radius = 1)
{
    int best = 1000;
    const int x0 = int(std::floor(p.x())), y0 = int(std::floor(p.y()));
    for (int y = y0 - radius; y <= y0 + radius; ++y)
        for (int x = x0 - radius; x <= x0 + radius; ++x)
            if (image.rect().contains(x, y))
                best = std::min(best, colourDistance(image.pixel(x, y), colour));
    return best;
}

int countColour(const QImage &image, const QRect &area, QRgb colour, int tolerance)
{
    int count = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (colourDistance(image.pixel(x, y), colour) <= tolerance)
                ++count;
    return count;
}

/** A network of only the given links of the atlas (by the names of their places). */
std::shared_ptr<const MapNetwork> subNetwork(const MapNetwork &all, const QStringList &pairs)
{
    QVector<MapLink> links;
    for (const MapLink &link : all.links()) {
        const QString pair = all.places()[link.a].name + QLatin1Char('-') + all.places()[link.b].name;
        if (pairs.contains(pair))
            links.append(link);
    }
    return std::make_shared<const MapNetwork>(all.places(), links);
}

enum class Path { Image, Painter };

/**
 * A dense network on a fixed seed: count lines between random places, in the northern
 * hemisphere of kind north, in the southern of kind south, every tenth one ended. The first
 * four places are hubs far apart (Tokyo, Paris, New York, São Paulo) with many partners.
 */
std::shared_ptr<const MapNetwork> denseNetwork(int count, const QString &north, const QString &south,
                                               const QString &status = QString())
{
    QRandomGenerator random(42);
    QVector<MapPlace> places;
    const QVector<QPair<QString, LonLat>> hubs = { { QStringLiteral("Tokyo"), { 139.7, 35.7 } },
                                                   { QStringLiteral("Paris"), { 2.35, 48.86 } },
                                                   { QStringLiteral("New York"), { -74.0, 40.7 } },
                                                   { QStringLiteral("São Paulo"), { -46.6, -23.5 } } };
    for (const auto &hub : hubs)
        places.append({ places.size() + 1, hub.first, QStringLiteral("XX"), hub.second, 1000000, 0 });
    for (int i = 0; i < 600; ++i) {
        const bool northern = i % 2 == 0;
        const LonLat p { random.bounded(300.0) - 150.0,
                         northern ? 15.0 + random.bounded(45.0) : -15.0 - random.bounded(40.0) };
        places.append({ places.size() + 1, QStringLiteral("Place %1").arg(i), QStringLiteral("XX"), p, 1000, 0 });
    }
    QVector<MapLink> links;
    for (int i = 0; i < count; ++i) {
        MapLink link;
        link.id = i + 1;
        // Partners in the same hemisphere, so that each hemisphere has lines of one kind.
        const int hemisphere = random.bounded(2);
        const auto pick = [&] { return 4 + 2 * random.bounded(300) + hemisphere; };
        link.a = i % 5 == 0 ? (hemisphere == 0 ? random.bounded(3) : 3) : pick();
        link.b = pick();
        if (link.a == link.b)
            continue;
        link.kind = hemisphere == 0 ? north : south;
        link.status = !status.isEmpty() ? status
                : i % 10 == 0           ? QStringLiteral("ended")
                                        : QStringLiteral("active");
        ++places[link.a].partnerCount;
        ++places[link.b].partnerCount;
        links.append(link);
    }
    return std::make_shared<const MapNetwork>(places, links);
}

/**
 * What the lines did to the map in area: the sum over its pixels of (pixel - background), per
 * channel. A translucent line of colour c over b leaves a (c - b), so the sum points from the
 * map's colours towards the lines' colour.
 */
std::array<double, 3> ink(const QImage &image, const QImage &background, const QRect &area)
{
    std::array<double, 3> sum { 0, 0, 0 };
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb p = image.pixel(x, y), b = background.pixel(x, y);
            sum[0] += qRed(p) - qRed(b);
            sum[1] += qGreen(p) - qGreen(b);
            sum[2] += qBlue(p) - qBlue(b);
        }
    return sum;
}

/** Cosine of the angle between the ink and (colour - reference): 1 when it is that colour's. */
double inkCosine(const std::array<double, 3> &ink, const QColor &colour, const QColor &reference)
{
    const double v[3] = { double(colour.red() - reference.red()),
                          double(colour.green() - reference.green()),
                          double(colour.blue() - reference.blue()) };
    const double dot = ink[0] * v[0] + ink[1] * v[1] + ink[2] * v[2];
    const double n = std::sqrt(ink[0] * ink[0] + ink[1] * ink[1] + ink[2] * ink[2])
            * std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    return n > 0 ? dot / n : 0.0;
}

/** Pixels whose colour differs from background's by more than tolerance. */
int inkedPixels(const QImage &image, const QImage &background, int tolerance = 6)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += colourDistance(image.pixel(x, y), background.pixel(x, y)) > tolerance;
    return n;
}

/** The base image as the map view's worker makes it. */
QImage baseImage(const MapRenderer &renderer, const MapViewport &viewport,
                 const MapRenderState &state = {}, const MapRenderOptions &options = {})
{
    QImage image(viewport.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.renderBase(painter, viewport, state, options);
    painter.end();
    return image;
}

} // namespace

class tst_MapRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lineAtGeodesicMidpoint_data();
    void lineAtGeodesicMidpoint();
    void antimeridianLineLeavesNoStreak_data();
    void antimeridianLineLeavesNoStreak();
    void emptyNetworkPaintsOnlyTheMap();
    void selectedPlaceLabelsItsPartners();
    void hoveredLinkIsHighlighted();
    void transparentBackground();
    void imageAndPainterPathsAgree_data();
    void imageAndPainterPathsAgree();
    void concurrentRendersAgree();
    void pickingFindsPlacesAndLines();
    void missingBaseMapNamesTheFile();
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void labelIsDroppedWhenBoxedIn();
    void hubsAreLabelledWithoutOverlap();
    void hubLabelsLeaveRoomForTheSelection();
    void workerRenderEqualsDirectRender();
    void denseNetworkKeepsItsKindsColours();
    void denseNetworkDrawsEndedLinesLighter();
    void pickingBeforeProjectionFindsPlaces();
    void turningGlobeSketchShowsTheNetwork();
    void lineStylesOfKindsAndStatuses();

private:
    QImage render(const std::shared_ptr<const MapNetwork> &network, const MapViewport &viewport,
                  const MapRenderState &state = {}, Path path = Path::Image,
                  const MapRenderOptions &options = graticuleOff(), double devicePixelRatio = 1.0) const;
    static MapRenderOptions graticuleOff()
    {
        MapRenderOptions options;
        options.graticule = false;
        return options;
    }
    MapViewport worldView(const QString &projectionId = QStringLiteral("equal-earth")) const;
    int placeIndex(const QString &name) const;

    QTemporaryDir m_dir;
    AtlasDatabase m_db;
    std::shared_ptr<const MapNetwork> m_network;
    std::shared_ptr<BaseMap> m_baseMap;
    MapTheme m_theme = testTheme();
};

void tst_MapRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = testing::buildSmallAtlas(m_dir.path());
    QVERIFY(!path.isEmpty());
    QVERIFY2(m_db.open(path, AtlasDatabase::Mode::ReadOnly), qPrintable(m_db.errorString()));
    m_network = MapNetwork::fromAtlas(AtlasReader(m_db.connection()));
    QCOMPARE(m_network->links().size(), 5);
    m_baseMap = std::make_shared<BaseMap>();
    QVERIFY2(m_baseMap->open(QStringLiteral(TWINATLAS_BASEMAP)), qPrintable(m_baseMap->errorString()));
    // The kinds' colours must differ from what they are drawn on, or the tests prove nothing.
    for (const QColor &kind : { m_theme.sisterCity, m_theme.partnerTown, m_theme.inactiveLine }) {
        QVERIFY(colourDistance(kind.rgb(), m_theme.land.rgb()) > 100);
        QVERIFY(colourDistance(kind.rgb(), m_theme.sea.rgb()) > 100);
        QVERIFY(colourDistance(kind.rgb(), m_theme.borders.rgb()) > 100);
    }
}

MapViewport tst_MapRenderer::worldView(const QString &projectionId) const
{
    MapViewport viewport(std::shared_ptr<const Projection>(ProjectionRegistry::create(projectionId)),
                         imageSize);
    viewport.fitWorld(0);
    return viewport;
}

int tst_MapRenderer::placeIndex(const QString &name) const
{
    for (int i = 0; i < m_network->places().size(); ++i)
        if (m_network->places()[i].name == name)
            return i;
    return -1;
}

QImage tst_MapRenderer::render(const std::shared_ptr<const MapNetwork> &network,
                               const MapViewport &viewport, const MapRenderState &state, Path path,
                               const MapRenderOptions &options, double devicePixelRatio) const
{
    MapRenderer renderer;
    renderer.setBaseMap(m_baseMap);
    renderer.setNetwork(network);
    renderer.setTheme(m_theme);
    QImage image((viewport.size() * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio); // as the map view's cached image on a HiDPI screen
    image.fill(Qt::black);
    QPainter painter(&image);
    if (path == Path::Painter) // a clip makes the renderer draw everything with QPainter
        painter.setClipRect(image.rect());
    renderer.render(painter, viewport, state, options);
    painter.end();
    return image;
}

void tst_MapRenderer::lineAtGeodesicMidpoint_data()
{
    QTest::addColumn<QString>("projectionId");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("path");
    for (const QString &id : { QStringLiteral("equal-earth"), QStringLiteral("natural-earth"),
                               QStringLiteral("equirectangular") }) {
        for (Path path : { Path::Image, Path::Painter }) {
            const char *how = path == Path::Image ? "image" : "painter";
            QTest::addRow("%s Istanbul-Houston %s", qPrintable(id), how)
                    << id << "İstanbul" << "Houston" << "sister_city" << int(path);
            QTest::addRow("%s Düsseldorf-Haifa %s", qPrintable(id), how)
                    << id << "Düsseldorf" << "Haifa" << "partner_town" << int(path);
        }
    }
}

void tst_MapRenderer::lineAtGeodesicMidpoint()
{
    QFETCH(QString, projectionId);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, kind);
    QFETCH(int, path);
    const MapViewport viewport = worldView(projectionId);
    const QImage image = render(subNetwork(*m_network, { a + QLatin1Char('-') + b }), viewport, {},
                                Path(path));
    // Where the geodesic's midpoint falls, by GeographicLib and the projection, in pixels.
    const LonLat mid = Geodesy::midpoint(m_network->places()[placeIndex(a)].position,
                                         m_network->places()[placeIndex(b)].position);
    const QPointF projected = viewport.projection().forward(mid);
    const QPointF pixel = viewport.projectedToScreen().map(projected);
    const QRgb lineColour = m_theme.lineColor(kind).rgb();
    const int distance = nearestColourDistance(image, pixel, lineColour);
    QVERIFY2(distance <= colourTolerance,
             qPrintable(QStringLiteral("at (%1, %2) the colour is %3 away from the line's")
                                .arg(pixel.x())
                                .arg(pixel.y())
                                .arg(distance)));
    // and the line is not just a wide smear: 12 px off the path, the map is clean.
    QVERIFY(nearestColourDistance(image, pixel + QPointF(0, 12), lineColour) > colourTolerance);
    QVERIFY(nearestColourDistance(image, pixel - QPointF(0, 12), lineColour) > colourTolerance);
}

void tst_MapRenderer::antimeridianLineLeavesNoStreak_data()
{
    QTest::addColumn<QString>("projectionId");
    QTest::addColumn<int>("path");
    for (const QString &id : { QStringLiteral("equal-earth"), QStringLiteral("natural-earth"),
                               QStringLiteral("equirectangular") }) {
        QTest::addRow("%s image", qPrintable(id)) << id << int(Path::Image);
        QTest::addRow("%s painter", qPrintable(id)) << id << int(Path::Painter);
    }
}

void tst_MapRenderer::antimeridianLineLeavesNoStreak()
{
    QFETCH(QString, projectionId);
    QFETCH(int, path);
    // Auckland–Los Angeles ended in 2016: drawn dashed in the inactive colour.
    const MapViewport viewport = worldView(projectionId);
    const QImage image = render(subNetwork(*m_network, { QStringLiteral("Auckland-Los Angeles") }),
                                viewport, {}, Path(path));
    const QRgb colour = m_theme.inactiveLine.rgb();
    const QRectF world = viewport.projectedToScreen().mapRect(viewport.projection().worldBounds());
    // A streak would join Auckland (near the right edge, 37°S) to Los Angeles (near the left
    // edge, 34°N) straight across the middle: scan a band around the central meridian at
    // those latitudes.
    const auto top = viewport.toScreen({ 0.0, 40.0 });
    const auto bottom = viewport.toScreen({ 0.0, -40.0 });
    QVERIFY(top && bottom);
    const QRect middle(QPoint(int(world.center().x() - 0.25 * world.width()), int(top->y())),
                       QPoint(int(world.center().x() + 0.25 * world.width()), int(bottom->y())));
    QCOMPARE(countColour(image, middle, colour, colourTolerance), 0);
    // The two pieces: east of Auckland to the right edge, and from the left edge to LA.
    const QRect rightEdge(QPoint(int(world.right() - 0.12 * world.width()), int(top->y())),
                          QPoint(int(world.right()), int(bottom->y())));
    const QRect leftEdge(QPoint(int(world.left()), int(top->y())),
                         QPoint(int(world.left() + 0.12 * world.width()), int(bottom->y())));
    // (Auckland is 5° from the edge: its piece is short, and dashed.)
    QVERIFY2(countColour(image, rightEdge, colour, colourTolerance) >= 4, "no piece at the right edge");
    QVERIFY2(countColour(image, leftEdge, colour, colourTolerance) >= 20, "no piece at the left edge");
}

void tst_MapRenderer::emptyNetworkPaintsOnlyTheMap()
{
    const MapViewport viewport = worldView();
    const QImage image = render(std::make_shared<const MapNetwork>(), viewport);
    const auto distanceNear = [&](LonLat p, const QColor &colour) {
        const auto at = viewport.toScreen(p);
        return at ? nearestColourDistance(image, *at, colour.rgb(), 2) : 1000;
    };
    // Central Africa, the Amazon and Siberia are land; the middle of the Pacific and of the
    // South Atlantic are sea (within 2 px, as a border may pass right there; tolerance 3 for
    // the rounding of premultiplied colours).
    for (const LonLat p : { LonLat { 20, 5 }, LonLat { -60, -5 }, LonLat { 100, 62 } })
        QVERIFY2(distanceNear(p, m_theme.land) <= 3,
                 qPrintable(QStringLiteral("(%1, %2)").arg(p.lon).arg(p.lat)));
    for (const LonLat p : { LonLat { -140, -20 }, LonLat { -20, -30 } })
        QVERIFY2(distanceNear(p, m_theme.sea) <= 3,
                 qPrintable(QStringLiteral("(%1, %2)").arg(p.lon).arg(p.lat)));
    // and the sea is not land: the test can tell them apart.
    QVERIFY(distanceNear({ -140, -20 }, m_theme.land) > 3);
    // Outside the world's outline, the background.
    QVERIFY(colourDistance(image.pixel(2, 2), m_theme.background.rgb()) <= 3);
    // No line colour anywhere.
    for (const QColor &kind : { m_theme.sisterCity, m_theme.twinTown, m_theme.partnerTown,
                                m_theme.friendshipCity, m_theme.cooperation, m_theme.inactiveLine })
        QCOMPARE(countColour(image, image.rect(), kind.rgb(), colourTolerance), 0);
}

void tst_MapRenderer::selectedPlaceLabelsItsPartners()
{
    const MapViewport viewport = worldView();
    const MapPlace &haifa = m_network->places()[placeIndex(QStringLiteral("Haifa"))];
    const MapPlace &duesseldorf = m_network->places()[placeIndex(QStringLiteral("Düsseldorf"))];
    MapRenderState selected;
    selected.selectedPlace = duesseldorf.id;
    const QImage plain = render(m_network, viewport);
    const QImage labelled = render(m_network, viewport, selected);
    // Around Haifa, beyond its dot, dark text pixels appear only with the selection.
    const auto at = viewport.toScreen(haifa.position);
    QVERIFY(at);
    const QRect around(at->toPoint() - QPoint(90, 30), at->toPoint() + QPoint(90, 30));
    const auto textPixels = [&](const QImage &image) {
        int count = 0;
        for (int y = around.top(); y <= around.bottom(); ++y)
            for (int x = around.left(); x <= around.right(); ++x)
                if (std::hypot(x - at->x(), y - at->y()) > 8.0
                    && colourDistance(image.pixel(x, y), m_theme.labelText.rgb()) <= 60)
                    ++count;
        return count;
    };
    QCOMPARE(textPixels(plain), 0);
    QVERIFY2(textPixels(labelled) > 8, qPrintable(QString::number(textPixels(labelled))));
    // The selected place's lines are drawn strong: Düsseldorf–Haifa's midpoint has its colour.
    const LonLat mid = Geodesy::midpoint(duesseldorf.position, haifa.position);
    const auto midPixel = viewport.toScreen(mid);
    QVERIFY(midPixel);
    QVERIFY(nearestColourDistance(labelled, *midPixel, m_theme.partnerTown.rgb()) <= colourTolerance);
    // while a line of other places fades: Istanbul–Houston loses its colour.
    const LonLat other = Geodesy::midpoint(m_network->places()[placeIndex(QStringLiteral("İstanbul"))].position,
                                           m_network->places()[placeIndex(QStringLiteral("Houston"))].position);
    const auto otherPixel = viewport.toScreen(other);
    QVERIFY(otherPixel);
    QVERIFY(nearestColourDistance(plain, *otherPixel, m_theme.sisterCity.rgb()) <= colourTolerance);
    QVERIFY(nearestColourDistance(labelled, *otherPixel, m_theme.sisterCity.rgb()) > colourTolerance);
}

void tst_MapRenderer::hoveredLinkIsHighlighted()
{
    const MapViewport viewport = worldView();
    const MapPlace &istanbul = m_network->places()[placeIndex(QStringLiteral("İstanbul"))];
    const MapPlace &houston = m_network->places()[placeIndex(QStringLiteral("Houston"))];
    qint64 linkId = 0;
    for (const MapLink &link : m_network->links())
        if (m_network->places()[link.a].id == istanbul.id || m_network->places()[link.b].id == istanbul.id)
            linkId = link.id;
    QVERIFY(linkId != 0);
    MapRenderState state;
    state.hoveredLink = linkId;
    const QImage image = render(m_network, viewport, state);
    const auto mid = viewport.toScreen(Geodesy::midpoint(istanbul.position, houston.position));
    QVERIFY(mid);
    QVERIFY(nearestColourDistance(image, *mid, m_theme.hoveredLine.rgb()) <= colourTolerance);
}

void tst_MapRenderer::transparentBackground()
{
    const MapViewport viewport = worldView();
    MapRenderOptions options = graticuleOff();
    options.transparentBackground = true;
    QImage image(imageSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        MapRenderer renderer;
        renderer.setBaseMap(m_baseMap);
        renderer.setNetwork(m_network);
        QPainter painter(&image);
        renderer.render(painter, viewport, {}, options);
    }
    QCOMPARE(qAlpha(image.pixel(2, 2)), 0); // off the world
    const auto pacific = viewport.toScreen({ -140, -20 });
    QCOMPARE(qAlpha(image.pixel(pacific->toPoint())), 0); // sea left unpainted
    const auto africa = viewport.toScreen({ 20, 5 });
    QCOMPARE(qAlpha(image.pixel(africa->toPoint())), 255); // land painted
}

void tst_MapRenderer::imageAndPainterPathsAgree_data()
{
    QTest::addColumn<double>("devicePixelRatio");
    QTest::addColumn<double>("zoom");
    QTest::newRow("world") << 1.0 << 1.0;
    QTest::newRow("world, HiDPI") << 2.0 << 1.0;
    QTest::newRow("Mediterranean") << 1.0 << 6.0;
}

void tst_MapRenderer::imageAndPainterPathsAgree()
{
    QFETCH(double, devicePixelRatio);
    QFETCH(double, zoom);
    // The fast path draws into the image's pixels itself; it must put the same lines in the
    // same places as QPainter: compare where each image has line-coloured pixels.
    MapViewport viewport = worldView();
    if (zoom != 1.0)
        viewport.zoomAround(*viewport.toScreen({ 20.0, 38.0 }), zoom);
    const QImage fast = render(m_network, viewport, {}, Path::Image, graticuleOff(), devicePixelRatio);
    const QImage painted = render(m_network, viewport, {}, Path::Painter, graticuleOff(), devicePixelRatio);
    int both = 0, onlyOne = 0;
    for (int y = 0; y < fast.height(); ++y) {
        for (int x = 0; x < fast.width(); ++x) {
            const auto isLine = [&](const QImage &image) {
                for (const QColor &c : { m_theme.sisterCity, m_theme.partnerTown, m_theme.inactiveLine })
                    if (colourDistance(image.pixel(x, y), c.rgb()) <= colourTolerance)
                        return true;
                return false;
            };
            const bool a = isLine(fast), b = isLine(painted);
            both += a && b;
            onlyOne += a != b;
        }
    }
    QVERIFY2(both > 300, qPrintable(QString::number(both)));
    // Antialiasing differs at the edges and in the dashes' phase; the cores agree.
    QVERIFY2(onlyOne < both / 4, qPrintable(QStringLiteral("%1 vs %2").arg(onlyOne).arg(both)));
}

void tst_MapRenderer::concurrentRendersAgree()
{
    // One const renderer, used from two threads at once, each with its own painter.
    MapRenderer renderer;
    renderer.setBaseMap(m_baseMap);
    renderer.setNetwork(m_network);
    const MapViewport world = worldView();
    MapViewport europe = world;
    europe.fitLonLatBounds(-10, 35, 40, 60, 0);
    const auto draw = [&renderer](const MapViewport &viewport) {
        QImage image(viewport.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        renderer.render(painter, viewport, {});
        return image;
    };
    QFuture<QImage> a = QtConcurrent::run([&] { return draw(world); });
    QFuture<QImage> b = QtConcurrent::run([&] { return draw(europe); });
    const QImage worldTogether = a.result(), europeTogether = b.result();
    QCOMPARE(worldTogether, draw(world));
    QCOMPARE(europeTogether, draw(europe));
}

void tst_MapRenderer::pickingFindsPlacesAndLines()
{
    MapRenderer renderer;
    renderer.setNetwork(m_network);
    const MapViewport viewport = worldView();
    renderer.prepare(viewport); // as the map view's worker does: lines are picked once projected
    const MapPlace &haifa = m_network->places()[placeIndex(QStringLiteral("Haifa"))];
    const auto at = viewport.toScreen(haifa.position);
    QVERIFY(at);
    QCOMPARE(renderer.placeAt(viewport, *at + QPointF(3, -2)), haifa.id);
    QCOMPARE(renderer.placeAt(viewport, *at + QPointF(30, 0)), 0);
    const MapPlace &istanbul = m_network->places()[placeIndex(QStringLiteral("İstanbul"))];
    const MapPlace &houston = m_network->places()[placeIndex(QStringLiteral("Houston"))];
    const auto mid = viewport.toScreen(Geodesy::midpoint(istanbul.position, houston.position));
    QVERIFY(mid);
    const qint64 link = renderer.linkAt(viewport, *mid + QPointF(0, 2));
    QVERIFY(link != 0);
    const MapLink &found = m_network->links()[m_network->indexOfLink(link)];
    QCOMPARE(QSet<qint64>({ m_network->places()[found.a].id, m_network->places()[found.b].id }),
             QSet<qint64>({ istanbul.id, houston.id }));
    QCOMPARE(renderer.linkAt(viewport, *mid + QPointF(0, 25)), 0);
}

void tst_MapRenderer::missingBaseMapNamesTheFile()
{
    BaseMap baseMap;
    const QString path = m_dir.filePath(QStringLiteral("no-such-basemap.sqlite"));
    QVERIFY(!baseMap.open(path));
    QVERIFY(baseMap.errorString().contains(path));
    QVERIFY(baseMap.rings(BaseMap::Layer::Land, BaseMap::Scale::Coarse110m)->isEmpty());
}

void tst_MapRenderer::labelsNeverOverlap_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("spread");
    QTest::newRow("a few, spread out") << 1u << 10 << 800;
    QTest::newRow("a partner list in Europe") << 2u << 60 << 200;
    QTest::newRow("very crowded") << 3u << 300 << 120;
    QTest::newRow("on one spot") << 4u << 40 << 1;
}

void tst_MapRenderer::labelsNeverOverlap()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);
    QFETCH(int, spread);
    QRandomGenerator random(seed);
    const QRectF bounds(0, 0, 1000, 600);
    LabelPlacer placer(bounds);
    QVector<QRectF> dots;
    QVector<QPointF> anchors;
    for (int i = 0; i < count; ++i) {
        const QPointF anchor(500 + random.bounded(spread) - spread / 2,
                             300 + random.bounded(spread) - spread / 2);
        anchors.append(anchor);
        dots.append(QRectF(anchor - QPointF(3, 3), QSizeF(6, 6)));
        placer.addObstacle(dots.last());
    }
    int placed = 0;
    for (const QPointF &anchor : anchors) {
        const QSizeF size(30 + random.bounded(60), 12);
        if (const auto rect = placer.place(anchor, size, 3, 2)) {
            ++placed;
            QCOMPARE(rect->size(), size);
            // Beside its own dot, 2 px away from it: on one side, or at a corner.
            const double dx = std::max({ rect->left() - anchor.x(), anchor.x() - rect->right(), 0.0 });
            const double dy = std::max({ rect->top() - anchor.y(), anchor.y() - rect->bottom(), 0.0 });
            QVERIFY(std::fabs(std::hypot(dx, dy) - 5.0) < 1e-9);
        }
    }
    const QVector<QRectF> &rects = placer.placed();
    QCOMPARE(rects.size(), placed);
    QVERIFY(placed > 0);
    for (int i = 0; i < rects.size(); ++i) {
        QVERIFY(bounds.contains(rects[i]));
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects[i].intersects(rects[j]), qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
        for (const QRectF &dot : qAsConst(dots))
            QVERIFY(!rects[i].intersects(dot));
    }
}

void tst_MapRenderer::labelIsDroppedWhenBoxedIn()
{
    LabelPlacer placer(QRectF(0, 0, 400, 400));
    // The first label goes to the right of its dot.
    const auto first = placer.place(QPointF(200, 200), QSizeF(50, 10), 3, 2);
    QVERIFY(first);
    QCOMPARE(*first, QRectF(205, 195, 50, 10));
    // A second at the same spot: left (right is taken).
    const auto second = placer.place(QPointF(200, 200), QSizeF(50, 10), 3, 2);
    QVERIFY(second);
    QCOMPARE(*second, QRectF(145, 195, 50, 10));
    // Then above, then below; the corners overlap those, so then none.
    QCOMPARE(*placer.place(QPointF(200, 200), QSizeF(50, 10), 3, 2), QRectF(175, 185, 50, 10));
    QCOMPARE(*placer.place(QPointF(200, 200), QSizeF(50, 10), 3, 2), QRectF(175, 205, 50, 10));
    QVERIFY(!placer.place(QPointF(200, 200), QSizeF(50, 10), 3, 2));
    // A label that would stick out of the bounds is moved to a side where it fits.
    const auto edge = placer.place(QPointF(390, 50), QSizeF(50, 10), 3, 2);
    QVERIFY(edge);
    QCOMPARE(edge->right(), 385.0);

    // With the four sides blocked but the corners free, the upper right corner is taken.
    LabelPlacer corners(QRectF(0, 0, 400, 400));
    for (const QRectF &obstacle : { QRectF(205, 197, 50, 8), QRectF(145, 197, 50, 8),
                                    QRectF(175, 185, 25, 10), QRectF(175, 205, 25, 10) })
        corners.addObstacle(obstacle);
    const double c = 5.0 * M_SQRT1_2;
    const auto corner = corners.place(QPointF(200, 200), QSizeF(50, 10), 3, 2);
    QVERIFY(corner);
    QCOMPARE(*corner, QRectF(200 + c, 200 - c - 10, 50, 10));
}

void tst_MapRenderer::hubsAreLabelledWithoutOverlap()
{
    const auto network = denseNetwork(3000, QStringLiteral("sister_city"), QStringLiteral("twin_town"));
    MapRenderer renderer;
    renderer.setBaseMap(m_baseMap);
    renderer.setNetwork(network);
    MapViewport viewport(std::shared_ptr<const Projection>(ProjectionRegistry::create(QStringLiteral("equal-earth"))),
                         QSize(1920, 1080));
    viewport.fitWorld(12);
    const QVector<MapLabel> labels = renderer.labels(viewport, {});
    QStringList names;
    for (const MapLabel &label : labels)
        names << label.text;
    // The four hubs have by far the most partners: each is named, and many more places too.
    for (const QString &hub : { QStringLiteral("Tokyo"), QStringLiteral("Paris"),
                                QStringLiteral("New York"), QStringLiteral("São Paulo") })
        QVERIFY2(names.contains(hub), qPrintable(hub + QLatin1String(" is not labelled")));
    QVERIFY2(labels.size() >= 10, qPrintable(QString::number(labels.size())));
    const QRectF device(QPointF(0, 0), viewport.size());
    for (int i = 0; i < labels.size(); ++i) {
        QVERIFY(device.contains(labels[i].rect));
        QVERIFY(!labels[i].rect.isEmpty());
        for (int j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels[i].rect.intersects(labels[j].rect),
                     qPrintable(labels[i].text + QLatin1String(" overlaps ") + labels[j].text));
    }
    // The names are drawn: dark text pixels inside Tokyo's label, none without the network.
    const QImage image = baseImage(renderer, viewport);
    const MapLabel &tokyo = labels[names.indexOf(QStringLiteral("Tokyo"))];
    const QRgb text = MapTheme::light().labelText.rgb();
    QVERIFY2(countColour(image, tokyo.rect.toAlignedRect(), text, 80) > 15, "no text in Tokyo's label");
    renderer.setNetwork(std::make_shared<const MapNetwork>());
    QCOMPARE(countColour(baseImage(renderer, viewport), tokyo.rect.toAlignedRect(), text, 80), 0);
}

void tst_MapRenderer::hubLabelsLeaveRoomForTheSelection()
{
    const auto network = denseNetwork(3000, QStringLiteral("sister_city"), QStringLiteral("twin_town"));
    MapRenderer renderer;
    renderer.setNetwork(network);
    const MapViewport viewport = worldView();
    MapRenderState state;
    state.selectedPlace = network->places()[1].id; // Paris
    const QVector<MapLabel> labels = renderer.labels(viewport, state);
    QVERIFY(!labels.isEmpty());
    QCOMPARE(labels.first().text, QStringLiteral("Paris"));
    QVERIFY(labels.first().bold);
    QSet<QString> seen;
    for (int i = 0; i < labels.size(); ++i) {
        QVERIFY2(!seen.contains(labels[i].text), qPrintable(labels[i].text)); // named once
        seen.insert(labels[i].text);
        for (int j = i + 1; j < labels.size(); ++j)
            QVERIFY(!labels[i].rect.intersects(labels[j].rect));
    }
    // Other hubs are still named.
    QVERIFY(seen.contains(QStringLiteral("Tokyo")));
}

void tst_MapRenderer::workerRenderEqualsDirectRender()
{
    // The map view renders on a worker thread (and the renderer on helpers of its own): the
    // image must be the one a direct render gives, to the bit, dense network or not.
    for (const auto &network : { denseNetwork(6000, QStringLiteral("sister_city"), QStringLiteral("cooperation")),
                                 m_network }) {
        MapRenderer renderer;
        renderer.setBaseMap(m_baseMap);
        renderer.setNetwork(network);
        for (const MapViewport &viewport : { worldView(), worldView(QStringLiteral("orthographic")) }) {
            MapRenderState state;
            state.selectedPlace = network->places()[1].id;
            for (const MapRenderState &s : { MapRenderState(), state }) {
                const QImage direct = baseImage(renderer, viewport, s);
                const QImage worker = QtConcurrent::run([&] { return baseImage(renderer, viewport, s); }).result();
                QCOMPARE(worker, direct);
                QImage blank(direct.size(), direct.format());
                blank.fill(Qt::transparent);
                QVERIFY(inkedPixels(direct, blank) > 1000);
            }
        }
    }
}

void tst_MapRenderer::denseNetworkKeepsItsKindsColours()
{
    // Sister cities in the north, cooperation in the south: 6,000 translucent lines, drawn by
    // accumulation, must still show each hemisphere in its kind's hue.
    const MapTheme theme = MapTheme::light();
    const auto network = denseNetwork(6000, QStringLiteral("sister_city"), QStringLiteral("cooperation"));
    MapRenderer renderer;
    renderer.setBaseMap(m_baseMap);
    const MapViewport viewport = worldView();
    const QImage empty = baseImage(renderer, viewport);
    renderer.setNetwork(network);
    const QImage image = baseImage(renderer, viewport);
    const auto band = [&](double lat0, double lat1) {
        return QRect(viewport.toScreen({ -120, lat1 })->toPoint(), viewport.toScreen({ 120, lat0 })->toPoint());
    };
    const QRect north = band(25, 55), south = band(-45, -20);
    const std::array<double, 3> northInk = ink(image, empty, north), southInk = ink(image, empty, south);
    const QColor reference = theme.sea;
    QVERIFY2(inkCosine(northInk, theme.sisterCity, reference) > inkCosine(northInk, theme.cooperation, reference) + 0.05,
             "the north is not in the sister cities' hue");
    QVERIFY2(inkCosine(southInk, theme.cooperation, reference) > inkCosine(southInk, theme.sisterCity, reference) + 0.05,
             "the south is not in the cooperation hue");
    // Translucent: a single line does not hide what is under it, but many do darken the map.
    QVERIFY(inkedPixels(image, empty) > image.width() * image.height() / 10);
}

void tst_MapRenderer::denseNetworkDrawsEndedLinesLighter()
{
    const MapViewport viewport = worldView();
    MapRenderer renderer;
    renderer.setBaseMap(m_baseMap);
    const QImage empty = baseImage(renderer, viewport);
    const auto amount = [&](const QString &status) {
        renderer.setNetwork(denseNetwork(6000, QStringLiteral("sister_city"), QStringLiteral("sister_city"), status));
        const std::array<double, 3> sum = ink(baseImage(renderer, viewport), empty, QRect(QPoint(0, 0), imageSize));
        return std::fabs(sum[0]) + std::fabs(sum[1]) + std::fabs(sum[2]);
    };
    const double active = amount(QStringLiteral("active"));
    const double ended = amount(QStringLiteral("ended"));
    QVERIFY(active > 0);
    QVERIFY2(ended > 0.1 * active && ended < 0.8 * active,
             qPrintable(QStringLiteral("ended %1, active %2").arg(ended).arg(active)));
}

void tst_MapRenderer::pickingBeforeProjectionFindsPlaces()
{
    // Before anything is projected (the worker is still at it), placeAt answers at once by
    // looking at every place; lines are picked once the projection is ready.
    MapRenderer renderer;
    renderer.setNetwork(m_network);
    const MapViewport viewport = worldView(QStringLiteral("natural-earth"));
    const MapPlace &haifa = m_network->places()[placeIndex(QStringLiteral("Haifa"))];
    const auto at = viewport.toScreen(haifa.position);
    QVERIFY(at);
    QCOMPARE(renderer.placeAt(viewport, *at + QPointF(3, -2)), haifa.id);
    QCOMPARE(renderer.placeAt(viewport, *at + QPointF(30, 0)), 0);
    renderer.prepare(viewport);
    QCOMPARE(renderer.placeAt(viewport, *at + QPointF(3, -2)), haifa.id);
    // A new network (an edit) is picked from as soon as it is projected; until then, the
    // previous projection answers.
    renderer.setNetwork(subNetwork(*m_network, { QStringLiteral("Düsseldorf-Haifa") }));
    QCOMPARE(renderer.placeAt(viewport, *at + QPointF(3, -2)), haifa.id);
    renderer.prepare(viewport);
    QCOMPARE(renderer.placeAt(viewport, *at + QPointF(3, -2)), haifa.id);
}

void tst_MapRenderer::turningGlobeSketchShowsTheNetwork()
{
    const auto network = denseNetwork(3000, QStringLiteral("sister_city"), QStringLiteral("cooperation"));
    MapRenderer renderer;
    renderer.setBaseMap(m_baseMap);
    std::unique_ptr<Projection> globe = ProjectionRegistry::create(QStringLiteral("orthographic"));
    globe->setCenter({ 10, 30 });
    MapViewport viewport(std::shared_ptr<const Projection>(std::move(globe)), imageSize);
    viewport.fitWorld(0);
    MapRenderOptions sketch;
    sketch.interactive = true;
    const QImage empty = baseImage(renderer, viewport, {}, sketch);
    renderer.setNetwork(network);
    const QImage full = baseImage(renderer, viewport);
    const QImage fast = baseImage(renderer, viewport, {}, sketch);
    // Most pixels the full drawing inks, the sketch inks within a pixel too.
    int inked = 0, matched = 0;
    for (int y = 1; y + 1 < full.height(); ++y) {
        for (int x = 1; x + 1 < full.width(); ++x) {
            if (colourDistance(full.pixel(x, y), empty.pixel(x, y)) <= 12)
                continue;
            ++inked;
            bool found = false;
            for (int dy = -1; dy <= 1 && !found; ++dy)
                for (int dx = -1; dx <= 1 && !found; ++dx)
                    found = colourDistance(fast.pixel(x + dx, y + dy), empty.pixel(x + dx, y + dy)) > 6;
            matched += found;
        }
    }
    QVERIFY(inked > 5000);
    QVERIFY2(matched > 0.7 * inked, qPrintable(QStringLiteral("%1 of %2").arg(matched).arg(inked)));
}

void tst_MapRenderer::lineStylesOfKindsAndStatuses()
{
    const MapTheme theme = MapTheme::light();
    using Role = LineStyle::Role;
    // Strong (selection, legend): the kind's colour, opaque; grey when ended; dashes.
    QCOMPARE(LineStyle::of(theme, QStringLiteral("sister_city"), QStringLiteral("active")).color,
             theme.sisterCity);
    QVERIFY(!LineStyle::of(theme, QStringLiteral("sister_city"), QStringLiteral("active")).dashed);
    const LineStyle ended = LineStyle::of(theme, QStringLiteral("twin_town"), QStringLiteral("ended"));
    QCOMPARE(ended.color.rgb(), theme.inactiveLine.rgb());
    QCOMPARE(ended.color.alpha(), 255);
    QVERIFY(ended.dashed);
    const LineStyle proposed = LineStyle::of(theme, QStringLiteral("cooperation"), QStringLiteral("proposed"));
    QCOMPARE(proposed.color, theme.cooperation);
    QVERIFY(proposed.dashed);
    QCOMPARE(LineStyle::of(theme, QStringLiteral("no such kind"), QStringLiteral("active")).color, theme.otherKind);
    // The network's lines fade as the network grows, the ended ones as much as the kinds.
    const auto alpha = [&](const QString &status, int lines) {
        return LineStyle::of(theme, QStringLiteral("sister_city"), status, Role::Network, lines).color.alphaF();
    };
    QVERIFY(alpha(QStringLiteral("active"), 30000) < alpha(QStringLiteral("active"), 100));
    QVERIFY(alpha(QStringLiteral("ended"), 30000) < alpha(QStringLiteral("ended"), 100));
    QCOMPARE(alpha(QStringLiteral("ended"), 100), theme.inactiveLine.alphaF());
    QVERIFY(alpha(QStringLiteral("ended"), 30000) <= alpha(QStringLiteral("active"), 30000));
    QCOMPARE(LineStyle::of(theme, QStringLiteral("sister_city"), QStringLiteral("active"), Role::Faded).color,
             theme.fadedLine);
    // The classes the renderer looks styles up by agree with the kinds and statuses.
    for (const QString &kind : { QStringLiteral("sister_city"), QStringLiteral("twin_town"),
                                 QStringLiteral("partner_town"), QStringLiteral("friendship_city"),
                                 QStringLiteral("cooperation"), QStringLiteral("other") })
        for (const QString &status : { QStringLiteral("active"), QStringLiteral("proposed"),
                                       QStringLiteral("ended"), QStringLiteral("suspended") })
            for (Role role : { Role::Network, Role::Faded, Role::Strong })
                QCOMPARE(LineStyle::ofClass(theme, LineStyle::classOf(kind, status), role, 5000),
                         LineStyle::of(theme, kind, status, role, 5000));
}

QTEST_MAIN(tst_MapRenderer)
#include "tst_maprenderer.moc"
