// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplayout.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

/** The short side of A4 in inches: type is designed for it and scaled for other sheets. */
constexpr double referenceInches = 210.0 / 25.4;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

double wrappedHeight(const QFont &font, double width, const QString &text)
{
    if (text.isEmpty())
        return 0.0;
    const QFontMetricsF metrics(font);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

} // namespace

QFont MapLayout::font(double pointSize, QFont::Weight weight) const
{
    QFont f;
    // Small pages shrink the type, but never below what still reads in print: 7 pt.
    const double size = std::max(pointSize * m_typeScale, std::min(pointSize, 7.0));
    // Pixels, so that the device's idea of its resolution (a QImage says 96 dpi, a PDF writer
    // its own) cannot scale the type a second time.
    f.setPixelSize(std::max(1, qRound(points(size))));
    f.setWeight(weight);
    f.setHintingPreference(QFont::PreferVerticalHinting);
    return f;
}

QFont MapLayout::titleFont() const
{
    QFont f = font(21.0, QFont::Bold);
    f.setLetterSpacing(QFont::PercentageSpacing, 98.0);
    return f;
}

QFont MapLayout::subtitleFont() const
{
    return font(12.0, QFont::Normal);
}

QFont MapLayout::legendFont() const
{
    return font(9.0, QFont::Normal);
}

QFont MapLayout::attributionFont() const
{
    return font(7.5, QFont::Normal);
}

QColor MapLayout::pageColor() const
{
    return m_theme.background.isValid() ? m_theme.background : QColor(Qt::white);
}

QColor MapLayout::textColor() const
{
    QColor c = m_theme.labelText;
    c.setAlpha(255);
    return c;
}

QColor MapLayout::mutedColor() const
{
    return mix(textColor(), pageColor(), 0.42);
}

void MapLayout::layOut(const QRectF &page, double dpi)
{
    m_page = page;
    m_dpi = dpi > 0 ? dpi : 96.0;
    const double shortSide = std::min(page.width(), page.height());
    m_typeScale = std::clamp(shortSide / m_dpi / referenceInches, 0.8, 1.5);

    // A tenth of an inch or so around small images, ten millimetres on A4, more on A3.
    const double margin = std::min(millimetres(9.5) * m_typeScale, 0.08 * shortSide);
    // Whole pixels for the content and the map, so that the map's edge is crisp in a PNG.
    m_content = QRectF(page.adjusted(margin, margin, -margin, -margin).toRect());
    const double width = m_content.width();

    double top = m_content.top();
    m_titleRect = QRectF();
    m_subtitleRect = QRectF();
    if (!m_title.isEmpty()) {
        m_titleRect = QRectF(m_content.left(), top, width, wrappedHeight(titleFont(), width, m_title));
        top = m_titleRect.bottom();
    }
    if (!m_subtitle.isEmpty()) {
        if (!m_title.isEmpty())
            top += points(2.5 * m_typeScale);
        m_subtitleRect = QRectF(m_content.left(), top, width,
                                wrappedHeight(subtitleFont(), width, m_subtitle));
        top = m_subtitleRect.bottom();
        m_titleRect = m_titleRect.isNull() ? m_subtitleRect : m_titleRect.united(m_subtitleRect);
    }
    if (!m_titleRect.isNull())
        top += points(11.0 * m_typeScale);

    double bottom = m_content.bottom();
    const double attributionHeight = wrappedHeight(attributionFont(), width, m_attribution);
    m_attributionRect = QRectF(m_content.left(), bottom - attributionHeight, width, attributionHeight);
    bottom = m_attributionRect.top();

    layOutLegend(width);
    if (!m_legendItems.isEmpty()) {
        bottom -= points(5.0 * m_typeScale);
        m_legendRect.moveBottomLeft(QPointF(m_content.left(), bottom));
        bottom = m_legendRect.top();
    }
    bottom -= points(9.0 * m_typeScale);

    top = std::ceil(top);
    bottom = std::floor(bottom);
    m_mapRect = QRectF(m_content.left(), top, width, std::max(1.0, bottom - top));
}

void MapLayout::layOutLegend(double width)
{
    m_legendItems.clear();
    m_legendRect = QRectF();
    if (m_legend.isEmpty())
        return;
    const QFontMetricsF metrics(legendFont());
    const double swatchWidth = points(20.0 * m_typeScale);
    const double labelGap = points(5.0 * m_typeScale);
    const double itemGap = points(15.0 * m_typeScale);
    const double rowHeight = std::ceil(metrics.height());
    const double rowGap = points(4.0 * m_typeScale);

    double x = 0.0;
    double y = 0.0;
    double right = 0.0;
    for (int i = 0; i < m_legend.size(); ++i) {
        const double labelWidth = std::ceil(metrics.horizontalAdvance(m_legend.at(i).label)) + 1.0;
        const double itemWidth = swatchWidth + labelGap + labelWidth;
        if (x > 0.0 && x + itemWidth > width) {
            x = 0.0;
            y += rowHeight + rowGap;
        }
        LegendItem item;
        item.entry = i;
        item.swatch = QRectF(x, y, swatchWidth, rowHeight);
        item.label = QRectF(x + swatchWidth + labelGap, y, labelWidth, rowHeight);
        m_legendItems.append(item);
        right = std::max(right, item.label.right());
        x += itemWidth + itemGap;
    }
    m_legendRect = QRectF(0, 0, std::min(right, width), y + rowHeight);
}

void MapLayout::paintBackground(QPainter &painter) const
{
    if (!m_transparent)
        painter.fillRect(m_page, pageColor());
}

void MapLayout::paintDecorations(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    if (m_mapFramed) {
        QColor frame = m_theme.frame;
        frame.setAlpha(255);
        const double width = std::max(1.0, points(0.6));
        painter.setPen(QPen(frame, width, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter.setBrush(Qt::NoBrush);
        // Inside the map's rectangle, so that the margins stay clean.
        painter.drawRect(m_mapRect.adjusted(width / 2, width / 2, -width / 2, -width / 2));
    }

    const int wrap = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    if (!m_title.isEmpty()) {
        painter.setFont(titleFont());
        painter.setPen(textColor());
        painter.drawText(m_titleRect, wrap, m_title);
    }
    if (!m_subtitle.isEmpty()) {
        painter.setFont(subtitleFont());
        painter.setPen(mutedColor());
        painter.drawText(m_subtitleRect, wrap, m_subtitle);
    }
    paintLegend(painter);
    if (!m_attribution.isEmpty()) {
        painter.setFont(attributionFont());
        painter.setPen(mutedColor());
        painter.drawText(m_attributionRect, wrap, m_attribution);
    }
    painter.restore();
}

void MapLayout::paintLegend(QPainter &painter) const
{
    if (m_legendItems.isEmpty())
        return;
    const QPointF origin = m_legendRect.topLeft();
    // As thick as the selected place's lines on the map, so the swatch reads as the same line.
    const double lineWidth = std::max(1.0, points(1.6 * m_typeScale));
    painter.setFont(legendFont());
    for (const LegendItem &item : m_legendItems) {
        const LegendEntry &entry = m_legend.at(item.entry);
        const QRectF swatch = item.swatch.translated(origin);
        const double y = swatch.center().y();
        switch (entry.swatch) {
        case LegendEntry::Swatch::Line:
        case LegendEntry::Swatch::DashedLine: {
            QPen pen(entry.color, lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            if (entry.swatch == LegendEntry::Swatch::DashedLine) {
                pen.setCapStyle(Qt::FlatCap);
                pen.setDashPattern({ 2.5, 2.0 });
            }
            painter.setPen(pen);
            painter.drawLine(QPointF(swatch.left() + lineWidth / 2, y),
                             QPointF(swatch.right() - lineWidth / 2, y));
            break;
        }
        case LegendEntry::Swatch::Dot: {
            const double r = swatch.height() * 0.28;
            painter.setPen(Qt::NoPen);
            painter.setBrush(entry.color);
            painter.drawEllipse(QPointF(swatch.center().x(), y), r, r);
            break;
        }
        }
        painter.setPen(textColor());
        painter.drawText(item.label.translated(origin), Qt::AlignLeft | Qt::AlignVCenter,
                         entry.label);
    }
}

} // namespace twinatlas
