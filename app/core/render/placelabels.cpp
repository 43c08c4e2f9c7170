// SPDX-License-Identifier: GPL-3.0-or-later
#include "placelabels.h"

#include "mapframe.h"
#include "mapnetwork.h"
#include "maptheme.h"

#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace twinatlas {

namespace {

/** Of the most-twinned places, this many at most are considered for a label. */
constexpr int topCandidates = 300;
/** Places with fewer partnerships than this share of the most-twinned one's go unlabelled. */
constexpr double topShare = 0.05;
/** Labels of the hubs keep this much room around them, so that the map stays legible. */
constexpr double topPadding = 3.0;

/**
 * A label as pixels, halo and text, for raster devices: the names of the hubs are the same
 * from frame to frame, while turning text into outlines (through the font's hinting program),
 * stroking its halo and filling both cost more than the rest of a 30,000-line frame's labels
 * together. Drawn once per text, size, colours and device scale, then copied. Vector devices
 * (PDF, SVG) get the outlines.
 */
struct LabelSprite
{
    QImage image; ///< with the device scale as its pixel ratio
    QPointF offset; ///< of its top left corner from the baseline's start, in logical pixels
};

QPainterPath textPath(const QString &text, const QFont &font)
{
    QPainterPath path;
    path.addText(QPointF(0, 0), font, text);
    return path;
}

QPainterPath haloPath(const QPainterPath &text, double width)
{
    QPainterPathStroker stroker;
    stroker.setWidth(width);
    stroker.setCapStyle(Qt::RoundCap);
    stroker.setJoinStyle(Qt::RoundJoin);
    return stroker.createStroke(text);
}

LabelSprite spriteOf(const QString &text, const QFont &font, const MapTheme &theme, double px,
                     double deviceScale)
{
    static std::mutex mutex;
    static QHash<QString, LabelSprite> cache;
    const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                                .arg(font.pixelSize())
                                .arg(font.bold())
                                .arg(theme.labelHaloWidth * px)
                                .arg(deviceScale)
                                .arg(theme.labelText.rgba())
                                .arg(theme.labelHalo.rgba())
                                .arg(text);
    {
        std::lock_guard<std::mutex> lock(mutex);
        const auto it = cache.constFind(key);
        if (it != cache.constEnd())
            return it.value();
    }
    const QPainterPath glyphs = textPath(text, font);
    const QPainterPath halo = haloPath(glyphs, theme.labelHaloWidth * px);
    const QRectF box = halo.boundingRect().adjusted(-1, -1, 1, 1);
    LabelSprite sprite;
    sprite.offset = QPointF(std::floor(box.left()), std::floor(box.top()));
    const QSize size(int(std::ceil((box.right() - sprite.offset.x()) * deviceScale)),
                     int(std::ceil((box.bottom() - sprite.offset.y()) * deviceScale)));
    sprite.image = QImage(size.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    sprite.image.setDevicePixelRatio(deviceScale);
    sprite.image.fill(Qt::transparent);
    {
        QPainter painter(&sprite.image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(-sprite.offset);
        painter.fillPath(halo, theme.labelHalo);
        painter.fillPath(glyphs, theme.labelText);
    }
    std::lock_guard<std::mutex> lock(mutex);
    if (cache.size() > 2000)
        cache.clear();
    cache.insert(key, sprite);
    return sprite;
}

/** The size of a label's text, kept: laying out text costs more than placing the label. */
QSizeF textSize(const QString &text, const QFont &font)
{
    static std::mutex mutex;
    static QHash<QString, QSizeF> cache;
    const QString key = QStringLiteral("%1|%2|%3").arg(font.pixelSize()).arg(font.bold()).arg(text);
    {
        std::lock_guard<std::mutex> lock(mutex);
        const auto it = cache.constFind(key);
        if (it != cache.constEnd())
            return it.value();
    }
    const QSizeF size = QFontMetricsF(font).size(Qt::TextSingleLine, text);
    std::lock_guard<std::mutex> lock(mutex);
    if (cache.size() > 20000)
        cache.clear();
    cache.insert(key, size);
    return size;
}

} // namespace

PlaceLabels::PlaceLabels(const MapNetwork &network, const MapTheme &theme, const MapFrame &frame,
                         ScreenOf screenOf, RadiusOf radiusOf)
    : m_network(network),
      m_theme(theme),
      m_px(frame.px()),
      m_screenOf(std::move(screenOf)),
      m_radiusOf(std::move(radiusOf)),
      m_placer(frame.device())
{
}

QFont PlaceLabels::font(const MapTheme &theme, double px, bool bold)
{
    QFont font;
    font.setPixelSize(std::max(1, qRound(theme.labelPointSize * 96.0 / 72.0 * px)));
    font.setBold(bold);
    return font;
}

QVector<int> PlaceLabels::partnersOf(const MapNetwork &network, int place)
{
    QVector<int> partners;
    for (int link : network.linksOfPlace(place)) {
        const MapLink &l = network.links()[link];
        partners.append(l.a == place ? l.b : l.a);
    }
    std::sort(partners.begin(), partners.end());
    partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
    std::stable_sort(partners.begin(), partners.end(), [&network](int a, int b) {
        const MapPlace &pa = network.places()[a], &pb = network.places()[b];
        return pa.partnerCount != pb.partnerCount ? pa.partnerCount > pb.partnerCount
                                                  : pa.population > pb.population;
    });
    return partners;
}

std::optional<MapLabel> PlaceLabels::label(int place, bool bold, double padding)
{
    const auto at = m_screenOf(place);
    if (!at)
        return std::nullopt;
    m_labelled.append(place);
    const QFont f = font(m_theme, m_px, bold);
    const QString text = m_network.places()[place].name;
    const QSizeF size = textSize(text, f);
    const double pad = padding * m_px;
    const auto rect = m_placer.place(*at, size + QSizeF(2 * pad, 2 * pad),
                                     m_radiusOf(place) + 1.0 * m_px - pad, 2.0 * m_px);
    if (!rect)
        return std::nullopt;
    return MapLabel { m_network.places()[place].id, place, text,
                      rect->adjusted(pad, pad, -pad, -pad), bold };
}

QVector<MapLabel> PlaceLabels::placeSelection(int selected)
{
    QVector<MapLabel> labels;
    const QVector<int> partners = partnersOf(m_network, selected);
    const auto dotObstacle = [this](int place, double minimum) {
        if (const auto at = m_screenOf(place)) {
            const double r = std::max(m_radiusOf(place), minimum * m_px);
            m_placer.addObstacle(QRectF(*at - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        }
    };
    for (int place : partners)
        dotObstacle(place, partnerDotRadius);
    dotObstacle(selected, selectedDotRadius);
    if (const auto l = label(selected, true, 0.0))
        labels.append(*l);
    for (int place : partners)
        if (const auto l = label(place, false, 0.0))
            labels.append(*l);
    return labels;
}

std::optional<MapLabel> PlaceLabels::placeOne(int place, bool bold)
{
    if (m_labelled.contains(place))
        return std::nullopt;
    return label(place, bold, 0.0);
}

QVector<MapLabel> PlaceLabels::placeTop(const QVector<int> &order)
{
    QVector<MapLabel> labels;
    const int most = m_network.maxPartnerCount();
    const int fewest = std::max(2, int(std::ceil(most * topShare)));
    QVector<int> candidates;
    for (int place : order) {
        if (m_network.places()[place].partnerCount < fewest || candidates.size() >= topCandidates)
            break;
        if (m_screenOf(place) && !m_labelled.contains(place))
            candidates.append(place);
    }
    // Their dots first, so that no hub's name covers another hub.
    for (int place : qAsConst(candidates)) {
        const QPointF at = *m_screenOf(place);
        const double r = m_radiusOf(place);
        m_placer.addObstacle(QRectF(at - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
    for (int place : qAsConst(candidates))
        if (const auto l = label(place, false, topPadding))
            labels.append(*l);
    return labels;
}

void PlaceLabels::draw(QPainter &painter, const MapLabel &label, const MapTheme &theme, double px)
{
    const QFont f = font(theme, px, label.bold);
    const QPointF baseline(label.rect.left(), label.rect.top() + QFontMetricsF(f).ascent());
    const QTransform toDevice = painter.deviceTransform();
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster
            && toDevice.type() <= QTransform::TxScale && toDevice.m11() == toDevice.m22();
    if (!raster) {
        const QPainterPath glyphs = textPath(label.text, f).translated(baseline);
        painter.fillPath(haloPath(glyphs, theme.labelHaloWidth * px), theme.labelHalo);
        painter.fillPath(glyphs, theme.labelText);
        return;
    }
    const double scale = toDevice.m11();
    const LabelSprite sprite = spriteOf(label.text, f, theme, px, scale);
    // On whole device pixels, so that the copy is exact.
    const QPointF device = toDevice.map(baseline + sprite.offset);
    const QPointF snapped(std::round(device.x()), std::round(device.y()));
    painter.drawImage(toDevice.inverted().map(snapped), sprite.image);
}

} // namespace twinatlas
