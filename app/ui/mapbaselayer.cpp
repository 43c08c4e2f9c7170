// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapbaselayer.h"

#include "geo/projection.h"
#include "render/maprenderer.h"
#include "viewtransitions.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace twinatlas {

namespace {

/**
 * Whether an image drawn for one projection may stand in for another: only the same one, or
 * a globe turned a little, whose old image is better than an empty sea while it is dragged.
 */
bool canStandIn(const Projection &drawn, const Projection &wanted)
{
    return &drawn == &wanted
            || (ViewTransitions::turnsOnDrag(wanted) && drawn.id() == wanted.id());
}

} // namespace

bool MapBaseLayer::Job::sameResultAs(const Job &other) const
{
    return viewport == other.viewport && selectedPlace == other.selectedPlace
            && devicePixelRatio == other.devicePixelRatio && dataGeneration == other.dataGeneration;
}

MapBaseLayer::MapBaseLayer(std::shared_ptr<const MapRenderer> renderer, QObject *parent)
    : QObject(parent), m_renderer(std::move(renderer))
{
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &MapBaseLayer::renderFinished);
}

MapBaseLayer::~MapBaseLayer()
{
    waitForFinished();
}

void MapBaseLayer::waitForFinished()
{
    m_watcher.waitForFinished();
}

void MapBaseLayer::request(const MapViewport &viewport, qint64 selectedPlace, qreal devicePixelRatio)
{
    const Job job{viewport, selectedPlace, devicePixelRatio, m_dataGeneration};
    if (job.viewport.size().isEmpty())
        return;
    if (m_running && m_running->sameResultAs(job)) {
        m_pending.reset();
        return;
    }
    if (!m_running && m_imageJob && m_imageJob->sameResultAs(job))
        return;
    m_pending = job;
    if (!m_running)
        startPending();
}

void MapBaseLayer::invalidate()
{
    ++m_dataGeneration;
    // Render again whatever was last asked for, now with the new data.
    std::optional<Job> latest = m_pending ? m_pending : m_running ? m_running : m_imageJob;
    if (!latest)
        return;
    latest->dataGeneration = m_dataGeneration;
    m_pending = latest;
    if (!m_running)
        startPending();
}

bool MapBaseLayer::isCurrent(const MapViewport &viewport, qint64 selectedPlace,
                             qreal devicePixelRatio) const
{
    return m_imageJob
            && m_imageJob->sameResultAs(Job{viewport, selectedPlace, devicePixelRatio, m_dataGeneration});
}

bool MapBaseLayer::draw(QPainter &painter, const MapViewport &viewport) const
{
    if (m_image.isNull() || !m_imageJob)
        return false;
    if (!canStandIn(m_imageJob->viewport.projection(), viewport.projection()))
        return false;
    painter.save();
    if (m_imageJob->viewport != viewport) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setTransform(viewport.transformFrom(m_imageJob->viewport), true);
    }
    painter.drawImage(QPointF(0, 0), m_image);
    painter.restore();
    return true;
}

void MapBaseLayer::startPending()
{
    Q_ASSERT(m_pending && !m_running);
    m_running = std::move(m_pending);
    m_pending.reset();
    // The worker gets copies of everything it reads: the viewport (a value), and the renderer
    // through its shared pointer, so that it stays alive even if the view goes first.
    const std::shared_ptr<const MapRenderer> renderer = m_renderer;
    const Job job = *m_running;
    m_watcher.setFuture(QtConcurrent::run([renderer, job]() {
        const QSize pixels = (job.viewport.size() * job.devicePixelRatio).toSize();
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(job.devicePixelRatio);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        MapRenderState state;
        state.selectedPlace = job.selectedPlace;
        renderer->renderBase(painter, job.viewport, state);
        painter.end();
        return image;
    }));
}

void MapBaseLayer::renderFinished()
{
    if (!m_running)
        return;
    const Job done = *m_running;
    m_running.reset();
    QImage image = m_watcher.result();
    // A newer request that shows something else (not merely a moved map) makes this one stale.
    const bool superseded = m_pending
            && (m_pending->selectedPlace != done.selectedPlace
                || m_pending->devicePixelRatio != done.devicePixelRatio
                || !canStandIn(done.viewport.projection(), m_pending->viewport.projection()));
    if (!superseded && !image.isNull()) {
        m_image = std::move(image);
        m_imageJob = done;
        emit imageChanged();
    }
    if (m_pending)
        startPending();
}

} // namespace twinatlas
