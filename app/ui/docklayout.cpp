// SPDX-License-Identifier: GPL-3.0-or-later
#include "docklayout.h"

#include <QDockWidget>
#include <QEvent>
#include <QLayout>
#include <QMainWindow>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace twinatlas {

namespace {

/** The share of the window's width the map keeps at least. */
constexpr double minimumMapShare = 0.5;
/**
 * How far below its preferred width a dock is made narrower before the docks become tabs: a
 * list of names whose ends are cut off is no longer of much use.
 */
constexpr double narrowestShare = 0.8;
/** Rounds of narrowing and tabbing before the layout is taken as it is. */
constexpr int maxRounds = 4;

int minimumWidth(const QDockWidget *dock)
{
    return std::max(dock->minimumSizeHint().width(), dock->minimumWidth());
}

int preferredWidth(const QDockWidget *dock)
{
    return dock->widget() ? dock->widget()->sizeHint().width() : dock->sizeHint().width();
}

/** The narrowest the dock is made to leave the map room. */
int narrowestWidth(const QDockWidget *dock)
{
    return std::max(minimumWidth(dock), int(std::ceil(narrowestShare * preferredWidth(dock))));
}

/** Shown, and not a tab behind another (which counts as visible too). */
bool isSeen(const QDockWidget *dock)
{
    return dock->isVisible() && !dock->visibleRegion().isEmpty();
}

} // namespace

DockLayout::DockLayout(QMainWindow *window) : QObject(window), m_window(window)
{
    m_arrangeTimer.setSingleShot(true);
    m_arrangeTimer.setInterval(0);
    connect(&m_arrangeTimer, &QTimer::timeout, this, &DockLayout::arrange);
    window->installEventFilter(this);
}

bool DockLayout::eventFilter(QObject *watched, QEvent *event)
{
    // After the resize has been laid out: the docks' and the map's new widths are known then.
    if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        m_arrangeTimer.start();
    return QObject::eventFilter(watched, event);
}

QList<QDockWidget *> DockLayout::docksIn(int area) const
{
    QList<QDockWidget *> visible, hidden;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (dock->isFloating() || !dock->toggleViewAction()->isChecked()
            || m_window->dockWidgetArea(dock) != Qt::DockWidgetArea(area))
            continue;
        (isSeen(dock) ? visible : hidden) << dock;
    }
    return visible + hidden;
}

void DockLayout::startWithPreferredWidths()
{
    QTimer::singleShot(0, this, [this] {
        QList<QDockWidget *> docks;
        QList<int> widths;
        for (const int area : { Qt::LeftDockWidgetArea, Qt::RightDockWidgetArea }) {
            const QList<QDockWidget *> inArea = docksIn(area);
            int width = 0;
            for (const QDockWidget *dock : inArea) {
                if (isSeen(dock))
                    width = std::max(width, preferredWidth(dock));
            }
            if (width > 0) {
                docks << inArea.first();
                widths << width;
            }
        }
        m_window->resizeDocks(docks, widths, Qt::Horizontal);
        arrange();
    });
}

void DockLayout::arrange()
{
    QWidget *map = m_window->centralWidget();
    if (!map || !m_window->isVisible())
        return;
    for (int round = 0; round < maxRounds; ++round) {
        // Lay the window out now, so that what is measured below is what is shown.
        m_window->layout()->activate();
        const int wanted = int(std::ceil(m_window->width() * minimumMapShare));
        if (map->width() >= wanted) {
            if (!moveBackRight())
                return;
            continue;
        }

        struct Column
        {
            QDockWidget *dock;
            int width;
            int minimum;
        };
        QList<Column> columns;
        for (const int area : { Qt::LeftDockWidgetArea, Qt::RightDockWidgetArea }) {
            const QList<QDockWidget *> docks = docksIn(area);
            if (docks.isEmpty())
                continue;
            Column column { docks.first(), 0, 0 };
            for (const QDockWidget *dock : docks) {
                if (isSeen(dock))
                    column.width = std::max(column.width, dock->width());
                column.minimum = std::max(column.minimum, narrowestWidth(dock));
            }
            columns << column;
        }
        const int need = wanted - map->width();
        int spare = 0;
        for (const Column &column : std::as_const(columns))
            spare += std::max(0, column.width - column.minimum);

        if (spare < need && columns.size() == 2) {
            // Two columns of docks and half a map do not fit: the right's become tabs on the
            // left, the one that was in front staying in front.
            const QList<QDockWidget *> right = docksIn(Qt::RightDockWidgetArea);
            for (QDockWidget *dock : right) {
                m_window->tabifyDockWidget(columns.first().dock, dock);
                m_movedLeft << dock;
            }
            right.first()->raise();
            continue;
        }
        if (spare <= 0)
            return; // as narrow as the docks go
        // The right-hand column first: the details wrap their text, while the list's columns
        // of names lose their ends.
        QList<QDockWidget *> docks;
        QList<int> widths;
        int left = need;
        for (auto column = columns.crbegin(); column != columns.crend(); ++column) {
            const int shrink = std::min(left, std::max(0, column->width - column->minimum));
            left -= shrink;
            docks << column->dock;
            widths << column->width - shrink;
        }
        m_window->resizeDocks(docks, widths, Qt::Horizontal);
    }
}

bool DockLayout::moveBackRight()
{
    QList<QDockWidget *> moved;
    for (const QPointer<QDockWidget> &dock : std::as_const(m_movedLeft)) {
        // Docks the user has closed, floated or moved since are theirs to place.
        if (dock && !dock->isFloating() && dock->toggleViewAction()->isChecked()
            && m_window->dockWidgetArea(dock) == Qt::LeftDockWidgetArea)
            moved << dock;
    }
    if (moved.isEmpty() || !docksIn(Qt::RightDockWidgetArea).isEmpty()) {
        m_movedLeft.clear();
        return false;
    }
    int width = 0;
    for (const QDockWidget *dock : std::as_const(moved))
        width = std::max(width, preferredWidth(dock));
    const int separator = m_window->style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent,
                                                         nullptr, m_window);
    const int mapAfter = m_window->centralWidget()->width() - width - separator;
    if (mapAfter < int(std::ceil(m_window->width() * minimumMapShare)))
        return false;
    QDockWidget *front = moved.first();
    m_window->addDockWidget(Qt::RightDockWidgetArea, front);
    for (QDockWidget *dock : moved.mid(1))
        m_window->tabifyDockWidget(front, dock);
    front->raise();
    m_window->resizeDocks({ front }, { width }, Qt::Horizontal);
    m_movedLeft.clear();
    return true;
}

} // namespace twinatlas
