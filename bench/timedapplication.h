// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QVector>

namespace twinatlas::bench {

/**
 * A QApplication that can time how long the UI thread spends on each event it dispatches
 * from its event loop (paints, timers, a worker's result arriving): the longest of those is
 * the longest stall a user would feel.
 */
class TimedApplication : public QApplication
{
public:
    TimedApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

    void startRecording();
    /** Milliseconds spent on each outermost event since startRecording(). */
    QVector<double> stopRecording();
    /** Times nothing until the guard goes: for work the caller times itself. */
    void setPaused(bool paused) { m_paused = paused; }

private:
    int m_depth = 0;
    bool m_recording = false;
    bool m_paused = false;
    QVector<double> m_samples;
};

} // namespace twinatlas::bench
