// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"
#include "render/maprenderstate.h"
#include "render/maptheme.h"
#include "render/mapviewport.h"

#include <QImage>
#include <QPoint>
#include <QTimer>
#include <QVector>
#include <QWidget>

#include <memory>
#include <optional>

namespace twinatlas {

class BaseMap;
class MapBaseLayer;
class MapNetwork;
class MapRenderer;

/**
 * The interactive map: pans with the mouse and the arrow keys, zooms with the wheel, a double
 * click, + and -, and Home shows the whole world. Hovering names a place or a line and
 * highlights it; clicking a place selects it, clicking anywhere else clears the selection.
 *
 * All drawing goes through MapRenderer. The base map is rendered on a worker thread into a
 * cached image (MapBaseLayer), shown moved and scaled while a gesture lasts and rendered
 * afresh once it settles, so that only the overlay (selection and hover) is drawn per frame.
 */
class MapView : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    void setBaseMap(std::shared_ptr<const BaseMap> baseMap);
    void setNetwork(std::shared_ptr<const MapNetwork> network);
    std::shared_ptr<const MapNetwork> network() const;
    std::shared_ptr<const BaseMap> baseMap() const;
    /** The renderer the view draws with; exports share it and its projected geometry. */
    std::shared_ptr<const MapRenderer> renderer() const { return m_renderer; }
    /** The projection's id (ProjectionRegistry) and the theme the map is drawn with. */
    QString projectionId() const;
    MapTheme theme() const;
    /**
     * Shows a saved view (ViewportSettings) at this widget's size; until the user moves the
     * map, resizing keeps its center and zoom, as it keeps the whole world when that is shown.
     */
    void setView(const MapViewport &view);

    /** What the view shows; tests use it to find where a place is drawn. */
    const MapViewport &viewport() const { return m_viewport; }
    qint64 selectedPlace() const { return m_state.selectedPlace; }
    qint64 hoveredPlace() const { return m_state.hoveredPlace; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    /**
     * Shows a place as selected (0 for none) without moving the map and without signals,
     * except on a map centred on a place (azimuthal equidistant), which follows the selection.
     */
    void selectPlace(qint64 placeId);
    /** Emphasises one of the selected place's lines (0 for none). */
    void selectPartnership(qint64 partnershipId);
    /** Moves the map so that position is in the middle, keeping the zoom. */
    void centerOn(twinatlas::LonLat position);
    /** Moves the map to a place of the network, if it is one. */
    void centerOnPlace(qint64 placeId);
    /**
     * Frames a place the user chose: the place, its partners and the lines between them, with
     * room for their labels, as an export of it frames them (MapExtent::fit). A place without
     * partnerships on the map is shown at position with its region around it.
     */
    void framePlace(qint64 placeId, twinatlas::LonLat position);
    /**
     * Puts position in the middle, as far as the world's edge allows, zoomed so that the
     * points are in view too and at least a region around it (MapExtent::around): where the
     * user is, with the nearest place.
     */
    void frameAround(twinatlas::LonLat position, const QVector<twinatlas::LonLat> &points);
    void zoomIn();
    void zoomOut();
    void showWholeWorld();
    /**
     * Switches to the projection with that id (ProjectionRegistry) without a jump: the place
     * in the middle stays there, at the same zoom. The azimuthal equidistant map is centred on
     * the selected place, else on the last one selected.
     */
    void setProjection(const QString &id);
    void setTheme(const twinatlas::MapTheme &theme);

signals:
    /** The user clicked a place on the map. */
    void placeActivated(qint64 placeId);
    /** The user clicked where there is no place. */
    void selectionCleared();
    /** A new network is shown, with this many places and partnerships. */
    void countsChanged(int places, int partnerships);
    /** The position under the mouse, or nothing when it is off the world or outside the view. */
    void cursorPositionChanged(std::optional<twinatlas::LonLat> position);
    /** A paint showed the base map rendered for the current view, not an older one moved. */
    void baseMapPainted();
    void projectionChanged(const QString &id);
    void themeChanged(const QString &id);
    /** The view moved, zoomed, turned or changed projection: for remembering it. */
    void viewChanged();
    /** A note for the status bar about what the map did, e.g. where it is centred. */
    void message(const QString &text);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    /** The viewport moved: show the cached image moved at once, render again after a pause. */
    void viewportChanged();
    /** The projection object changed: the cached image cannot be moved into place, render now. */
    void projectionReplaced();
    /** Shows a framed viewport of this size, turned (a new projection object) or not. */
    void showFramed(const MapViewport &framed);
    /** Centres a map that follows the selection on the selected place. */
    void followSelection();
    std::optional<LonLat> placePosition(qint64 placeId) const;
    void clearSelection();
    void updateHover(QPointF pos);
    void setHover(qint64 placeId, qint64 linkId);
    void applyLinkHighlight();
    QString toolTipAt(QPointF pos) const;
    MapRenderState overlayState() const;
    /** The selection and hover, from the image of the last still frame while the map moves. */
    void drawOverlay(QPainter &painter, qreal ratio);

    struct OverlayImage
    {
        QImage image;
        MapViewport viewport;
        MapRenderState state;
        const MapNetwork *network = nullptr;
        QString themeId;
        qreal ratio = 1.0;
    };

    std::shared_ptr<MapRenderer> m_renderer;
    std::unique_ptr<MapBaseLayer> m_baseLayer;
    MapViewport m_viewport;
    MapRenderState m_state;
    qint64 m_hoveredLink = 0;
    qint64 m_selectedPartnership = 0;
    bool m_followWorld = true; ///< until the user moves the map, resizing keeps the world fitted
    std::optional<MapViewport> m_followView; ///< the same for a restored view (setView())
    qint64 m_lastPlace = 0; ///< the place selected last, where a new azimuthal map is centred
    QTimer m_settleTimer;
    std::optional<OverlayImage> m_overlay;
    /** A click off any place clears the selection only if it does not become a double click. */
    QTimer m_clearTimer;
    std::optional<QPointF> m_pressPos;
    QPointF m_lastDragPos;
    bool m_dragging = false;
};

} // namespace twinatlas
