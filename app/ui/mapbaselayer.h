// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/mapviewport.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include <memory>
#include <optional>

class QPainter;

namespace twinatlas {

class MapRenderer;

/**
 * The cached base of the map view: everything MapRenderer::renderBase draws, rendered on a
 * worker thread into a QImage at the screen's device pixel ratio. The view draws the newest
 * image, moved and scaled with MapViewport::transformFrom while the user pans or zooms, and
 * asks for a fresh one when the gesture settles; only the overlay is painted on the UI thread.
 *
 * One render runs at a time; requests made meanwhile collapse into the latest one. A finished
 * image is thrown away when a newer request has already changed what it would show (the
 * selection, the projection or the pixel ratio), since showing it would flash the wrong map.
 * A globe being turned is the exception: each image is a little behind the mouse, but the
 * globe keeps its continents while it turns instead of going blank until the mouse stops.
 */
class MapBaseLayer : public QObject
{
    Q_OBJECT

public:
    explicit MapBaseLayer(std::shared_ptr<const MapRenderer> renderer, QObject *parent = nullptr);
    ~MapBaseLayer() override;

    /** Makes sure an image for this viewport and selection is (being) rendered. */
    void request(const MapViewport &viewport, qint64 selectedPlace, qreal devicePixelRatio);
    /** The data behind the map changed: the image is kept for display but rendered again. */
    void invalidate();

    bool hasImage() const { return !m_image.isNull(); }
    /** Whether the shown image is exactly what request() with these arguments would make. */
    bool isCurrent(const MapViewport &viewport, qint64 selectedPlace, qreal devicePixelRatio) const;
    /** Draws the image where it belongs in viewport; false when there is nothing to draw. */
    bool draw(QPainter &painter, const MapViewport &viewport) const;
    /** Blocks until the running render (if any) is done; for tests and shutdown. */
    void waitForFinished();

signals:
    void imageChanged();

private:
    struct Job
    {
        MapViewport viewport;
        qint64 selectedPlace = 0;
        qreal devicePixelRatio = 1.0;
        quint64 dataGeneration = 0; ///< m_dataGeneration when the job was asked for
        bool sameResultAs(const Job &other) const;
    };

    void startPending();
    void renderFinished();

    std::shared_ptr<const MapRenderer> m_renderer;
    QFutureWatcher<QImage> m_watcher;
    std::optional<Job> m_running;
    std::optional<Job> m_pending;
    QImage m_image;
    std::optional<Job> m_imageJob;
    quint64 m_dataGeneration = 0; ///< counts invalidate() calls
};

} // namespace twinatlas
