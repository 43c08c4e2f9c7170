// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportsize.h"

#include <QRegularExpression>

#include <cmath>

namespace twinatlas {

ExportSize::ExportSize() : m_pixels(1200, 800) { }

ExportSize ExportSize::newsletterColumn()
{
    return pixels(QSize(1200, 800));
}

ExportSize ExportSize::socialCard()
{
    return pixels(QSize(1200, 630));
}

ExportSize ExportSize::pixels(QSize size, double dpi)
{
    ExportSize s;
    s.m_pixels = size;
    s.m_dpi = dpi;
    s.m_orientation = size.width() >= size.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
    return s;
}

ExportSize ExportSize::paper(QPageSize::PageSizeId id, QPageLayout::Orientation orientation,
                             double dpi)
{
    ExportSize s;
    s.m_paper = id;
    s.m_orientation = orientation;
    s.m_dpi = dpi;
    // From millimetres: QPageSize::sizePixels() goes through whole points and makes A4 at
    // 300 dpi 2479 pixels wide instead of the 2480 every print shop expects.
    const QSizeF mm = QPageSize(id).size(QPageSize::Millimeter);
    QSize px(qRound(mm.width() / 25.4 * dpi), qRound(mm.height() / 25.4 * dpi));
    if (orientation == QPageLayout::Landscape)
        px.transpose();
    s.m_pixels = px;
    return s;
}

std::optional<ExportSize> ExportSize::fromText(const QString &text, double dpi)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("newsletter"))
        return pixels(QSize(1200, 800), dpi);
    if (t == QLatin1String("social"))
        return pixels(QSize(1200, 630), dpi);
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})\\s*[x×]\\s*(\\d{1,6})$"));
    const QRegularExpressionMatch m = pattern.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int w = m.captured(1).toInt();
    const int h = m.captured(2).toInt();
    if (w < minPixels || h < minPixels || w > maxPixels || h > maxPixels)
        return std::nullopt;
    return pixels(QSize(w, h), dpi);
}

QSize ExportSize::pixelSize() const
{
    return m_pixels;
}

QPageLayout ExportSize::pageLayout() const
{
    if (m_paper)
        return QPageLayout(QPageSize(*m_paper), m_orientation, QMarginsF());
    // One point is 1/72 inch: a 1200 px image at 96 dpi is a 900 pt page. QPageLayout would
    // turn a landscape-shaped custom size again, so it is given as it is, in portrait.
    const QSizeF points(m_pixels.width() * 72.0 / m_dpi, m_pixels.height() * 72.0 / m_dpi);
    return QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                       QPageLayout::Portrait, QMarginsF());
}

QString ExportSize::description() const
{
    if (m_paper) {
        const QString name = QPageSize::name(*m_paper);
        return m_orientation == QPageLayout::Landscape
                ? tr("%1 landscape, %2 dpi").arg(name).arg(qRound(m_dpi))
                : tr("%1 portrait, %2 dpi").arg(name).arg(qRound(m_dpi));
    }
    return tr("%1 × %2 px").arg(m_pixels.width()).arg(m_pixels.height());
}

} // namespace twinatlas
