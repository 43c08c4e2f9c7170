// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "db/provenancetext.h"
#include "sourcelinks.h"
#include "timelinemodel.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace twinatlas {

namespace {

/** Width of the rail column and the size of its markers, in logical pixels. */
constexpr int railWidth = 26;
constexpr double markerRadius = 5.5;

enum class MarkerShape { Disc, Ring, Diamond, Square, Dot };

struct Marker
{
    MarkerShape shape;
    QColor color;
};

/** Beginnings and renewals green, interruptions amber, ends grey, visits blue, jubilees violet. */
Marker markerFor(const QString &type)
{
    if (type == QLatin1String("signed"))
        return {MarkerShape::Disc, QColor(0x2f, 0x8a, 0x4c)};
    if (type == QLatin1String("renewed") || type == QLatin1String("resumed"))
        return {MarkerShape::Ring, QColor(0x2f, 0x8a, 0x4c)};
    if (type == QLatin1String("suspended"))
        return {MarkerShape::Square, QColor(0xd2, 0x7a, 0x12)};
    if (type == QLatin1String("ended"))
        return {MarkerShape::Square, QColor(0x6b, 0x73, 0x7b)};
    if (type == QLatin1String("delegation") || type == QLatin1String("exchange"))
        return {MarkerShape::Disc, QColor(0x1b, 0x6e, 0x8f)};
    if (type == QLatin1String("anniversary"))
        return {MarkerShape::Diamond, QColor(0x70, 0x47, 0xb8)};
    return {MarkerShape::Dot, QColor(0x7c, 0x84, 0x8c)};
}

} // namespace

TimelineView::TimelineView(TimelineModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineView::rebuild);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelineView::rebuild);
    rebuild();
}

QString TimelineView::headingText(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).heading
            ? m_rows.at(row).heading->text()
            : QString();
}

QString TimelineView::descriptionText(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).description
            ? m_rows.at(row).description->text()
            : QString();
}

QString TimelineView::provenanceText(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).provenance : QString();
}

void TimelineView::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    rebuild();
}

void TimelineView::rebuild()
{
    // The rows are a few labels each and a partnership has a handful of events: building them
    // anew is simpler than keeping widgets in step with the model, and never shows a stale row.
    delete m_content;
    m_rows.clear();
    auto *content = new QWidget(this);
    m_content = content;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(railWidth, 0, 0, 0);
    layout->setSpacing(2);

    const int count = m_model->rowCount();
    if (count == 0) {
        auto *empty = new QLabel(tr("No events are recorded for this partnership."), content);
        empty->setTextFormat(Qt::PlainText);
        empty->setWordWrap(true);
        empty->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(empty);
    }
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = m_model->index(row);
        Row r;
        r.type = index.data(TimelineModel::TypeRole).toString();

        auto *heading = new QLabel(content);
        heading->setObjectName(QStringLiteral("timelineHeading"));
        heading->setTextFormat(Qt::RichText);
        heading->setText(tr("<b>%1</b> · %2", "event date · event type")
                                 .arg(index.data(TimelineModel::DateRole).toString().toHtmlEscaped(),
                                      index.data(TimelineModel::TypeTextRole).toString().toHtmlEscaped()));
        layout->addWidget(heading);
        r.heading = heading;

        auto *description = new QLabel(content);
        description->setObjectName(QStringLiteral("timelineDescription"));
        description->setTextFormat(Qt::PlainText);
        description->setText(index.data(TimelineModel::DescriptionRole).toString());
        description->setWordWrap(true);
        description->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(description);
        r.description = description;

        const QVector<SourceRecord> &sources = m_model->eventAt(row).sources;
        if (!sources.isEmpty()) {
            auto *sourceLabel = new QLabel(content);
            sourceLabel->setObjectName(QStringLiteral("timelineSources"));
            sourceLabel->setTextFormat(Qt::RichText);
            QStringList lines;
            for (const SourceRecord &source : sources)
                lines << tr("Source: %1").arg(SourceLinks::html(source));
            sourceLabel->setText(QStringLiteral("<small>%1</small>").arg(lines.join(QStringLiteral("<br>"))));
            sourceLabel->setWordWrap(true);
            sourceLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
            sourceLabel->setOpenExternalLinks(false);
            connect(sourceLabel, &QLabel::linkActivated, this, [this](const QString &link) {
                SourceLinks::open(link);
                emit linkActivated(link);
            });
            layout->addWidget(sourceLabel);
        }
        // Who wrote the event, where it was the user, and the ways to change it: one small line.
        const HistoryEvent &event = m_model->eventAt(row);
        QStringList extras;
        if (event.origin == QLatin1String("user") || !event.modifiedAt.isEmpty()) {
            r.provenance = ProvenanceText::describe(event.origin, event.modifiedAt, event.dataVersion);
            extras << r.provenance.toHtmlEscaped();
        }
        if (m_editable)
            extras << tr("<a href=\"edit\">Edit</a>") << tr("<a href=\"remove\">Remove</a>");
        if (!extras.isEmpty()) {
            auto *extra = new QLabel(content);
            extra->setObjectName(QStringLiteral("timelineProvenance"));
            extra->setTextFormat(Qt::RichText);
            extra->setText(QStringLiteral("<small>%1</small>").arg(extras.join(QStringLiteral(" · "))));
            extra->setForegroundRole(QPalette::PlaceholderText);
            extra->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
            // Queued: a removal rebuilds the timeline, which deletes the label sending this.
            const qint64 id = event.id;
            connect(
                    extra, &QLabel::linkActivated, this,
                    [this, id](const QString &link) {
                        if (link == QLatin1String("edit"))
                            emit editRequested(id);
                        else if (link == QLatin1String("remove"))
                            emit removeRequested(id);
                    },
                    Qt::QueuedConnection);
            layout->addWidget(extra);
        }
        if (row + 1 < count)
            layout->addSpacing(10);
        m_rows << r;
    }
    m_layout->addWidget(content);
    content->show();
    update();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    if (m_rows.isEmpty() || !m_content)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const double x = railWidth / 2.0;

    // The markers sit on the middle of each heading's first line.
    QVector<double> ys;
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.heading)
            return;
        const QRect r = row.heading->geometry().translated(m_content->pos());
        ys << r.top() + row.heading->fontMetrics().height() / 2.0 + row.heading->contentsMargins().top();
    }

    QColor rail = palette().color(QPalette::Mid);
    painter.setPen(QPen(rail, 2.0, Qt::SolidLine, Qt::RoundCap));
    if (ys.size() > 1)
        painter.drawLine(QPointF(x, ys.first()), QPointF(x, ys.last()));

    const QColor background = palette().color(QPalette::Window);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Marker marker = markerFor(m_rows.at(i).type);
        const QPointF c(x, ys.at(i));
        painter.setPen(QPen(marker.color, 2.0));
        painter.setBrush(marker.color);
        switch (marker.shape) {
        case MarkerShape::Disc:
            painter.drawEllipse(c, markerRadius, markerRadius);
            break;
        case MarkerShape::Ring:
            painter.setBrush(background);
            painter.drawEllipse(c, markerRadius - 1, markerRadius - 1);
            break;
        case MarkerShape::Square:
            painter.drawRect(QRectF(c.x() - markerRadius + 1, c.y() - markerRadius + 1,
                                    2 * markerRadius - 2, 2 * markerRadius - 2));
            break;
        case MarkerShape::Diamond: {
            QPainterPath path;
            path.moveTo(c.x(), c.y() - markerRadius - 1);
            path.lineTo(c.x() + markerRadius + 1, c.y());
            path.lineTo(c.x(), c.y() + markerRadius + 1);
            path.lineTo(c.x() - markerRadius - 1, c.y());
            path.closeSubpath();
            painter.drawPath(path);
            break;
        }
        case MarkerShape::Dot:
            painter.setBrush(background);
            painter.drawEllipse(c, markerRadius - 2, markerRadius - 2);
            break;
        }
    }
}

} // namespace twinatlas
