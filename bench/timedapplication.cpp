// SPDX-License-Identifier: GPL-3.0-or-later
#include "timedapplication.h"

#include <QElapsedTimer>
#include <QThread>

namespace twinatlas::bench {

TimedApplication::TimedApplication(int &argc, char **argv) : QApplication(argc, argv) { }

bool TimedApplication::notify(QObject *receiver, QEvent *event)
{
    // Only the outermost event of the UI thread: nested ones are part of its time.
    if (!m_recording || m_paused || m_depth > 0 || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    QElapsedTimer timer;
    timer.start();
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    m_samples << timer.nsecsElapsed() / 1e6;
    return result;
}

void TimedApplication::startRecording()
{
    m_samples.clear();
    m_recording = true;
}

QVector<double> TimedApplication::stopRecording()
{
    m_recording = false;
    return std::exchange(m_samples, {});
}

} // namespace twinatlas::bench
