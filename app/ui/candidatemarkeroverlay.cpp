// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidatemarkeroverlay.h"

#include "mapview.h"

#include <QPainter>
#include <QPainterPath>

namespace twinatlas {

namespace {

constexpr double markerRadius = 6.0;
constexpr double currentRadius = 9.0;

} // namespace

CandidateMarkerOverlay::CandidateMarkerOverlay(MapView *map)
    : MapOverlay(map, QStringLiteral("candidateMarkers"))
{
}

QColor CandidateMarkerOverlay::markerColor()
{
    // A violet no line kind, theme or land colour uses: the candidates stand apart.
    return QColor(0x8e, 0x24, 0xaa);
}

void CandidateMarkerOverlay::setMarkers(const QVector<CandidateMarker> &markers, int current)
{
    m_markers = markers;
    m_current = current >= 0 && current < markers.size() ? current : -1;
    setVisible(!m_markers.isEmpty());
    raise();
    update();
}

std::optional<QPointF> CandidateMarkerOverlay::markerCenter(int i) const
{
    if (!map() || i < 0 || i >= m_markers.size())
        return std::nullopt;
    return map()->viewport().toScreen(m_markers[i].position);
}

void CandidateMarkerOverlay::paintEvent(QPaintEvent *)
{
    if (!map() || m_markers.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = markerColor();
    QFont numberFont = font();
    numberFont.setBold(true);
    numberFont.setPointSizeF(numberFont.pointSizeF() * 0.8);
    // The highlighted one last, on top of its neighbours.
    QVector<int> order;
    for (int i = 0; i < m_markers.size(); ++i)
        if (i != m_current)
            order.append(i);
    if (m_current >= 0)
        order.append(m_current);
    for (int i : std::as_const(order)) {
        const auto center = markerCenter(i);
        if (!center || !rect().contains(center->toPoint()))
            continue;
        const bool current = i == m_current;
        const double r = current ? currentRadius : markerRadius;
        painter.setPen(QPen(Qt::white, 2.0));
        painter.setBrush(color);
        painter.drawEllipse(*center, r, r);
        painter.setFont(numberFont);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(center->x() - r, center->y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                         QString::number(i + 1));
        if (!current)
            continue;
        // The highlighted candidate's name, with a halo so it reads over lines and coasts.
        QFont nameFont = font();
        nameFont.setBold(true);
        QPainterPath text;
        text.addText(*center + QPointF(r + 4.0, QFontMetricsF(nameFont).ascent() / 2.5), nameFont,
                     m_markers[i].name);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(255, 255, 255, 220), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(text);
        painter.fillPath(text, color.darker(130));
    }
}

} // namespace twinatlas
