// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapview.h"

#include "db/countrynames.h"
#include "export/mapextent.h"
#include "export/viewportsettings.h"
#include "geo/projection.h"
#include "geo/projectionregistry.h"
#include "mapbaselayer.h"
#include "partnershiptext.h"
#include "render/mapnetwork.h"
#include "render/maprenderer.h"
#include "viewtransitions.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace twinatlas {

namespace {

/** How long the map must be still before the base image is rendered again. */
constexpr int settleDelayMs = 120;
/** Zoom of one wheel notch, of + and -, and of a double click. */
constexpr double wheelZoomFactor = 1.25;
constexpr double keyZoomFactor = 1.5;
constexpr double doubleClickZoomFactor = 2.0;
/** Room around the world when it is shown whole. */
constexpr double worldMarginPx = 12.0;
/** How close the mouse must be to a dot or a line to hover or pick it. */
constexpr double placePickRadiusPx = 7.0;
constexpr double linkPickRadiusPx = 4.0;

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent),
      m_renderer(std::make_shared<MapRenderer>()),
      m_baseLayer(std::make_unique<MapBaseLayer>(m_renderer))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    setAccessibleName(tr("Map"));
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(settleDelayMs);
    connect(&m_settleTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_clearTimer.setSingleShot(true);
    m_clearTimer.setInterval(QApplication::doubleClickInterval());
    connect(&m_clearTimer, &QTimer::timeout, this, &MapView::clearSelection);
    connect(m_baseLayer.get(), &MapBaseLayer::imageChanged, this, qOverload<>(&QWidget::update));
    m_viewport.setSize(size());
    m_viewport.fitWorld(worldMarginPx);
}

MapView::~MapView() = default;

void MapView::setBaseMap(std::shared_ptr<const BaseMap> baseMap)
{
    m_renderer->setBaseMap(std::move(baseMap));
    m_baseLayer->invalidate();
    update();
}

void MapView::setNetwork(std::shared_ptr<const MapNetwork> network)
{
    const int places = network ? int(network->places().size()) : 0;
    const int links = network ? int(network->links().size()) : 0;
    m_renderer->setNetwork(std::move(network));
    m_state.hoveredPlace = 0;
    m_hoveredLink = 0;
    m_baseLayer->invalidate();
    update();
    emit countsChanged(places, links);
}

std::shared_ptr<const MapNetwork> MapView::network() const
{
    return m_renderer->network();
}

QSize MapView::sizeHint() const
{
    return {800, 500};
}

QSize MapView::minimumSizeHint() const
{
    return {200, 150};
}

void MapView::selectPlace(qint64 placeId)
{
    if (placeId == m_state.selectedPlace)
        return;
    m_state.selectedPlace = placeId;
    m_selectedPartnership = 0;
    if (placeId != 0) {
        m_lastPlace = placeId;
        if (ViewTransitions::followsSelection(m_viewport.projection()))
            followSelection();
    }
    update();
}

void MapView::selectPartnership(qint64 partnershipId)
{
    if (partnershipId == m_selectedPartnership)
        return;
    m_selectedPartnership = partnershipId;
    update();
}

void MapView::centerOn(LonLat position)
{
    // A globe turns to bring the far side into view; a flat map only moves.
    if (ViewTransitions::turnsOnDrag(m_viewport.projection()))
        m_viewport = ViewTransitions::recentred(m_viewport, position);
    else
        m_viewport.centerOn(position);
    m_followWorld = false;
    viewportChanged();
}

void MapView::centerOnPlace(qint64 placeId)
{
    const auto network = m_renderer->network();
    const int index = network ? network->indexOfPlace(placeId) : -1;
    if (index >= 0)
        centerOn(network->places().at(index).position);
}

void MapView::framePlace(qint64 placeId, LonLat position)
{
    const auto network = m_renderer->network();
    showFramed(MapExtent::fit(m_viewport.sharedProjection(), size(), network ? *network : MapNetwork(),
                              placeId, position, MapExtent::margin(size())));
}

void MapView::frameAround(LonLat position, const QVector<LonLat> &points)
{
    showFramed(MapExtent::around(m_viewport.sharedProjection(), size(), position, points,
                                 MapExtent::margin(size())));
}

void MapView::showFramed(const MapViewport &framed)
{
    // A globe or a map centred on a place is turned to face it: a new projection object.
    const bool turned = &framed.projection() != &m_viewport.projection();
    m_viewport = framed;
    m_followWorld = false;
    m_followView.reset();
    if (turned)
        projectionReplaced();
    else
        viewportChanged();
}

void MapView::zoomIn()
{
    m_viewport.zoomAround(rect().center(), keyZoomFactor);
    m_followWorld = false;
    viewportChanged();
}

void MapView::zoomOut()
{
    m_viewport.zoomAround(rect().center(), 1.0 / keyZoomFactor);
    m_followWorld = false;
    viewportChanged();
}

void MapView::showWholeWorld()
{
    m_viewport.fitWorld(worldMarginPx);
    m_followWorld = true;
    viewportChanged();
}

void MapView::viewportChanged()
{
    m_followView.reset();
    m_settleTimer.start();
    update();
    emit viewChanged();
}

std::shared_ptr<const BaseMap> MapView::baseMap() const
{
    return m_renderer->baseMap();
}

QString MapView::projectionId() const
{
    return m_viewport.projection().id();
}

MapTheme MapView::theme() const
{
    return m_renderer->theme();
}

void MapView::setTheme(const MapTheme &theme)
{
    if (theme.id == m_renderer->theme().id)
        return;
    m_renderer->setTheme(theme);
    m_baseLayer->invalidate();
    update();
    emit themeChanged(theme.id);
}

void MapView::setView(const MapViewport &view)
{
    m_followWorld = false;
    m_followView = view;
    m_viewport = ViewportSettings::resized(view, size());
    projectionReplaced();
    emit projectionChanged(projectionId());
}

std::optional<LonLat> MapView::placePosition(qint64 placeId) const
{
    const auto network = m_renderer->network();
    const int index = network && placeId != 0 ? network->indexOfPlace(placeId) : -1;
    if (index < 0)
        return std::nullopt;
    return network->places().at(index).position;
}

void MapView::setProjection(const QString &id)
{
    std::unique_ptr<Projection> projection = ProjectionRegistry::create(id);
    if (!projection || id == projectionId())
        return;
    std::optional<LonLat> center;
    if (ViewTransitions::followsSelection(*projection)) {
        const qint64 place = m_state.selectedPlace != 0 ? m_state.selectedPlace : m_lastPlace;
        center = placePosition(place);
        if (!center) {
            emit message(tr("No place is selected, so the map is centred on the middle of the "
                            "view. Select a place to centre the map on it."));
        } else if (place != m_state.selectedPlace) {
            const auto network = m_renderer->network();
            emit message(tr("Centred on %1, the place selected last.")
                                 .arg(network->places().at(network->indexOfPlace(place)).name));
        }
    }
    m_viewport = ViewTransitions::switched(m_viewport, std::move(projection), center);
    if (m_followWorld)
        m_viewport.fitWorld(worldMarginPx);
    if (m_followView)
        m_followView = m_viewport;
    projectionReplaced();
    emit projectionChanged(projectionId());
}

void MapView::followSelection()
{
    const std::optional<LonLat> position = placePosition(m_state.selectedPlace);
    if (!position) {
        emit message(tr("The selected place has no partnerships on the map, so the map stays "
                        "centred where it was."));
        return;
    }
    m_viewport = ViewTransitions::recentred(m_viewport, *position);
    if (m_followWorld)
        m_viewport.fitWorld(worldMarginPx);
    if (m_followView)
        m_followView = m_viewport;
    projectionReplaced();
}

void MapView::projectionReplaced()
{
    m_settleTimer.stop();
    update();
    emit viewChanged();
}

MapRenderState MapView::overlayState() const
{
    MapRenderState state = m_state;
    // The renderer has one emphasised line; the hovered one wins over the chosen partnership.
    state.hoveredLink = m_hoveredLink != 0 ? m_hoveredLink : m_selectedPartnership;
    return state;
}

void MapView::paintEvent(QPaintEvent *)
{
    const qreal ratio = devicePixelRatioF();
    // Render the base again once the map is still; until then the last image is moved along.
    // A globe being turned cannot be moved along: it is rendered again as it turns.
    if ((!m_settleTimer.isActive() || ViewTransitions::turnsOnDrag(m_viewport.projection()))
        && !m_baseLayer->isCurrent(m_viewport, m_state.selectedPlace, ratio))
        m_baseLayer->request(m_viewport, m_state.selectedPlace, ratio);

    QPainter painter(this);
    // Off the world's outline: the window's own colour, so that the map's shape reads as a map.
    painter.fillRect(rect(), palette().color(QPalette::Window).darker(104));
    m_baseLayer->draw(painter, m_viewport);
    drawOverlay(painter, ratio);
    if (m_baseLayer->isCurrent(m_viewport, m_state.selectedPlace, ratio))
        emit baseMapPainted();
}

void MapView::drawOverlay(QPainter &painter, qreal ratio)
{
    const MapRenderState state = overlayState();
    if (state == MapRenderState {}) {
        m_overlay.reset();
        return;
    }
    // While the map moves, the selection's lines, dots and labels of the last still frame are
    // moved along with the base image: a busy place's hundreds of lines are not stroked again
    // on every frame of a drag.
    const bool moving = m_settleTimer.isActive() && !ViewTransitions::turnsOnDrag(m_viewport.projection());
    const auto network = m_renderer->network();
    const QString themeId = m_renderer->theme().id;
    if (moving && m_overlay && m_overlay->state == state && m_overlay->network == network.get()
        && m_overlay->themeId == themeId && m_overlay->ratio == ratio
        && &m_overlay->viewport.projection() == &m_viewport.projection()) {
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setTransform(m_viewport.transformFrom(m_overlay->viewport), true);
        painter.drawImage(QPointF(0, 0), m_overlay->image);
        painter.restore();
        return;
    }
    // The last image's buffer is drawn into again: no allocation of a window-sized image on
    // every hover.
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    QImage image = m_overlay && m_overlay->image.size() == pixels ? std::move(m_overlay->image)
                                                                   : QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    {
        QPainter overlay(&image);
        overlay.setRenderHint(QPainter::Antialiasing);
        m_renderer->renderOverlay(overlay, m_viewport, state);
    }
    painter.drawImage(QPointF(0, 0), image);
    m_overlay = OverlayImage { std::move(image), m_viewport, state, network.get(), themeId, ratio };
}

void MapView::resizeEvent(QResizeEvent *)
{
    m_viewport.setSize(size());
    if (m_followWorld)
        m_viewport.fitWorld(worldMarginPx);
    else if (m_followView)
        m_viewport = ViewportSettings::resized(*m_followView, size());
    // The first size renders at once; later ones (the user resizing) wait for a pause.
    if (m_baseLayer->hasImage())
        m_settleTimer.start();
    update();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position();
    m_lastDragPos = event->position();
    m_dragging = false;
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    emit cursorPositionChanged(m_viewport.toLonLat(pos));
    if (m_pressPos && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging
            && (pos - *m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
            setHover(0, 0);
        }
        if (m_dragging) {
            m_viewport = ViewTransitions::dragged(m_viewport, pos - m_lastDragPos);
            m_lastDragPos = pos;
            m_followWorld = false;
            viewportChanged();
        }
        return;
    }
    updateHover(pos);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressPos) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const bool wasDrag = m_dragging;
    m_pressPos.reset();
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
    if (wasDrag) {
        updateHover(event->position());
        return;
    }
    const qint64 placeId = m_renderer->placeAt(m_viewport, event->position(), placePickRadiusPx);
    if (placeId != 0) {
        m_clearTimer.stop();
        selectPlace(placeId);
        emit placeActivated(placeId);
    } else if (m_state.selectedPlace != 0) {
        // Double-clicking the sea zooms in; it should not lose the selection on the way.
        m_clearTimer.start();
    }
}

void MapView::clearSelection()
{
    m_clearTimer.stop();
    if (m_state.selectedPlace == 0)
        return;
    selectPlace(0);
    emit selectionCleared();
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    m_clearTimer.stop();
    m_viewport.zoomAround(event->position(), doubleClickZoomFactor);
    m_followWorld = false;
    viewportChanged();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0.0) {
        event->ignore();
        return;
    }
    m_viewport.zoomAround(event->position(), std::pow(wheelZoomFactor, notches));
    m_followWorld = false;
    viewportChanged();
    updateHover(event->position());
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double stepX = width() / 6.0;
    const double stepY = height() / 6.0;
    switch (event->key()) {
    case Qt::Key_Left:
        m_viewport = ViewTransitions::dragged(m_viewport, {stepX, 0});
        break;
    case Qt::Key_Right:
        m_viewport = ViewTransitions::dragged(m_viewport, {-stepX, 0});
        break;
    case Qt::Key_Up:
        m_viewport = ViewTransitions::dragged(m_viewport, {0, stepY});
        break;
    case Qt::Key_Down:
        m_viewport = ViewTransitions::dragged(m_viewport, {0, -stepY});
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_Home:
        showWholeWorld();
        return;
    case Qt::Key_Escape:
        clearSelection();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_followWorld = false;
    viewportChanged();
}

void MapView::leaveEvent(QEvent *event)
{
    setHover(0, 0);
    emit cursorPositionChanged(std::nullopt);
    QWidget::leaveEvent(event);
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void MapView::updateHover(QPointF pos)
{
    const qint64 placeId = m_renderer->placeAt(m_viewport, pos, placePickRadiusPx);
    const qint64 linkId = placeId == 0 ? m_renderer->linkAt(m_viewport, pos, linkPickRadiusPx) : 0;
    setHover(placeId, linkId);
}

void MapView::setHover(qint64 placeId, qint64 linkId)
{
    if (placeId == m_state.hoveredPlace && linkId == m_hoveredLink)
        return;
    m_state.hoveredPlace = placeId;
    m_hoveredLink = linkId;
    if (!m_dragging)
        setCursor(placeId != 0 ? Qt::PointingHandCursor : Qt::OpenHandCursor);
    // A tooltip that names what the mouse has left would mislead.
    if (QToolTip::isVisible())
        QToolTip::hideText();
    update();
}

QString MapView::toolTipAt(QPointF pos) const
{
    const auto network = m_renderer->network();
    if (!network)
        return {};
    const qint64 placeId = m_renderer->placeAt(m_viewport, pos, placePickRadiusPx);
    if (placeId != 0) {
        const int index = network->indexOfPlace(placeId);
        if (index < 0)
            return {};
        const MapPlace &place = network->places().at(index);
        return tr("<b>%1</b><br>%2<br>Partners: %n", nullptr, place.partnerCount)
                .arg(place.name.toHtmlEscaped(), CountryNames::localName(place.country).toHtmlEscaped());
    }
    const qint64 linkId = m_renderer->linkAt(m_viewport, pos, linkPickRadiusPx);
    const int index = linkId != 0 ? network->indexOfLink(linkId) : -1;
    if (index < 0)
        return {};
    const MapLink &link = network->links().at(index);
    const QString a = network->places().at(link.a).name.toHtmlEscaped();
    const QString b = network->places().at(link.b).name.toHtmlEscaped();
    QString details = PartnershipText::kind(link.kind);
    const QString years = PartnershipText::years(link.startDate, link.endDate, link.status);
    if (!years.isEmpty())
        details = tr("%1, %2", "kind, years").arg(details, years);
    if (link.status != QLatin1String("active"))
        details = tr("%1 (%2)", "details (status)")
                          .arg(details, QLocale().toLower(PartnershipText::status(link.status)));
    return tr("<b>%1 – %2</b><br>%3", "pair of partner places, details").arg(a, b, details.toHtmlEscaped());
}

} // namespace twinatlas
