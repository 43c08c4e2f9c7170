// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QDockWidget;
class QMainWindow;

namespace twinatlas {

/**
 * Keeps the map the largest part of the window. Whenever the window's size changes and the
 * docks beside the map would leave it less than half the window's width (a laptop's screen, a
 * window made narrower), the docks become narrower, down to their smallest widths; where that
 * is not enough, the docks on the right join those on the left as tabs, and go back to the
 * right once the window is wide enough for them again. Moving a separator by hand is left
 * alone until the window's size changes.
 */
class DockLayout : public QObject
{
    Q_OBJECT

public:
    /** window's central widget is the map. */
    explicit DockLayout(QMainWindow *window);

    /**
     * For a first start: each dock at its pane's preferred width, as far as the map's half
     * allows. Waits until the window is laid out, after it is shown.
     */
    void startWithPreferredWidths();
    /** Makes room for the map now (the window does so by itself after every resize). */
    void arrange();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** The open docks docked in area, the ones seen (not behind another tab) first. */
    QList<QDockWidget *> docksIn(int area) const;
    /** Puts the docks this moved to the left back on the right, if the map keeps its half. */
    bool moveBackRight();

    QMainWindow *m_window;
    QTimer m_arrangeTimer;
    /** Docks moved from the right to the left to make room; the first was the raised one. */
    QList<QPointer<QDockWidget>> m_movedLeft;
};

} // namespace twinatlas
