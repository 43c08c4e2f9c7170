// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpreview.h"

#include "export/mapexporter.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace twinatlas {

namespace {

/** Room around the page, for its shadow. */
constexpr int pageMarginPx = 8;
constexpr int checkerPx = 8;

/** Squares behind a transparent page, as image editors show transparency. */
void paintChecker(QPainter &painter, const QRect &rect)
{
    painter.fillRect(rect, QColor(0xf4, 0xf4, 0xf4));
    painter.save();
    painter.setClipRect(rect);
    for (int y = rect.top(); y < rect.bottom(); y += checkerPx) {
        for (int x = rect.left() + ((y - rect.top()) / checkerPx % 2) * checkerPx; x < rect.right();
             x += 2 * checkerPx)
            painter.fillRect(x, y, checkerPx, checkerPx, QColor(0xdc, 0xdc, 0xdc));
    }
    painter.restore();
}

} // namespace

ExportPreview::ExportPreview(std::shared_ptr<const BaseMap> baseMap,
                             std::shared_ptr<const MapNetwork> network, QWidget *parent)
    : ExportPreview(std::make_shared<MapExporter>(std::move(baseMap), std::move(network)), parent)
{
}

ExportPreview::ExportPreview(std::shared_ptr<MapExporter> exporter, QWidget *parent)
    : QWidget(parent), m_exporter(std::move(exporter))
{
    setObjectName(QStringLiteral("exportPreview"));
    setAccessibleName(tr("Preview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &ExportPreview::renderFinished);
}

ExportPreview::~ExportPreview()
{
    m_watcher.waitForFinished();
}

QSize ExportPreview::sizeHint() const
{
    return { 480, 360 };
}

QSize ExportPreview::minimumSizeHint() const
{
    return { 240, 180 };
}

void ExportPreview::waitForFinished()
{
    while (isBusy()) {
        m_watcher.waitForFinished();
        renderFinished();
    }
}

void ExportPreview::setSettings(const MapExportSettings &settings)
{
    m_settings = settings;
    schedule();
}

void ExportPreview::resizeEvent(QResizeEvent *)
{
    schedule();
}

void ExportPreview::schedule()
{
    if (!m_settings)
        return;
    const QSize page = m_settings->size.pixelSize();
    const QSizeF room = QSizeF(size().shrunkBy(QMargins(pageMarginPx, pageMarginPx, pageMarginPx,
                                                        pageMarginPx)))
            * devicePixelRatioF();
    if (page.isEmpty() || room.isEmpty())
        return;
    // The page at a resolution that makes it fit: MapLayout measures in points and
    // millimetres, so the layout is the file's, only with fewer dots; never larger than it.
    const double k = std::min({ room.width() / page.width(), room.height() / page.height(), 1.0 });
    Job job;
    job.settings = *m_settings;
    job.pixels = QSize(std::max(1, qRound(page.width() * k)), std::max(1, qRound(page.height() * k)));
    job.dpi = m_settings->size.dpi() * k;
    m_pending = job;
    if (!m_running)
        startPending();
}

void ExportPreview::startPending()
{
    const Job job = *m_pending;
    m_pending.reset();
    m_running = true;
    const std::shared_ptr<MapExporter> exporter = m_exporter;
    m_watcher.setFuture(QtConcurrent::run([exporter, job] {
        exporter->setSettings(job.settings);
        QImage image(job.pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return image;
        image.fill(Qt::transparent);
        QPainter painter(&image);
        exporter->renderLayout(painter, QRectF(QPointF(0, 0), QSizeF(job.pixels)), job.dpi);
        painter.end();
        return image;
    }));
}

void ExportPreview::renderFinished()
{
    if (!m_running)
        return;
    m_running = false;
    QImage image = m_watcher.result();
    // A stale page is still better than none while the next one renders.
    if (!image.isNull()) {
        image.setDevicePixelRatio(devicePixelRatioF());
        m_image = std::move(image);
        update();
        emit imageChanged();
    }
    if (m_pending)
        startPending();
}

void ExportPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Drawing the preview…"));
        return;
    }
    const QRect room = rect().marginsRemoved(QMargins(pageMarginPx, pageMarginPx, pageMarginPx,
                                                      pageMarginPx));
    // The newest image may be for the previous size or shape: fit it, keeping its shape.
    QSizeF shown = m_image.deviceIndependentSize();
    shown.scale(QSizeF(room.size()), Qt::KeepAspectRatio);
    if (shown.width() > m_image.deviceIndependentSize().width())
        shown = m_image.deviceIndependentSize();
    QRect target(QPoint(0, 0), shown.toSize());
    target.moveCenter(room.center());
    painter.fillRect(target.translated(2, 3), QColor(0, 0, 0, 40));
    if (m_image.hasAlphaChannel() && m_settings && m_settings->transparentBackground)
        paintChecker(painter, target);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
    painter.setPen(QColor(0, 0, 0, 60));
    painter.drawRect(QRectF(target).adjusted(-0.5, -0.5, 0.5, 0.5));
}

} // namespace twinatlas
