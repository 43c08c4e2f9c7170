// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/mapexportsettings.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <memory>
#include <optional>

namespace twinatlas {

class BaseMap;
class MapExporter;
class MapNetwork;

/**
 * The export dialog's preview: the exported page drawn by MapExporter::renderLayout, the
 * file's own layout at a lower resolution (the same page in millimetres, fewer dots), never a
 * grab of the map view. It renders on a worker thread, one page at a time; settings that
 * change meanwhile (each keystroke in the title) collapse into the latest, so typing never
 * waits for the map.
 */
class ExportPreview : public QWidget
{
    Q_OBJECT

public:
    ExportPreview(std::shared_ptr<const BaseMap> baseMap, std::shared_ptr<const MapNetwork> network,
                  QWidget *parent = nullptr);
    /** Previews with this exporter (ExportContext::makeExporter()). */
    explicit ExportPreview(std::shared_ptr<MapExporter> exporter, QWidget *parent = nullptr);
    ~ExportPreview() override;

    /** Renders the page these settings describe, soon. */
    void setSettings(const MapExportSettings &settings);
    /** The newest preview: the whole page at reduced size; null before the first one. */
    QImage image() const { return m_image; }
    /** Whether a render is running or waiting; tests wait with waitForFinished(). */
    bool isBusy() const { return m_running || m_pending; }
    void waitForFinished();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void imageChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Job
    {
        MapExportSettings settings;
        QSize pixels;
        double dpi = 96.0;
    };

    void schedule();
    void startPending();
    void renderFinished();

    /** Used by one render at a time, on the worker; the UI thread only makes it. */
    std::shared_ptr<MapExporter> m_exporter;
    QFutureWatcher<QImage> m_watcher;
    std::optional<MapExportSettings> m_settings;
    std::optional<Job> m_pending;
    bool m_running = false;
    QImage m_image;
};

} // namespace twinatlas
