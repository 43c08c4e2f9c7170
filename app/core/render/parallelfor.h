// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace twinatlas {

/**
 * Runs body(0) … body(count - 1) on several threads and returns when all are done. Unlike
 * QtConcurrent::blockingMap, it is safe to call from a thread of the global pool (the map
 * view renders there): the calling thread takes part, and the helpers come from a private
 * pool whose threads never wait, so a render cannot deadlock however many run at once.
 */
class ParallelFor
{
public:
    ParallelFor() = delete;

    static void run(int count, const std::function<void(int)> &body);
    /**
     * As run(), but the calling thread first does callerFirst, work that must stay on it (a
     * QPainter's), while the helpers start on the items; then it helps with what is left.
     */
    static void run(int count, const std::function<void(int)> &body,
                    const std::function<void()> &callerFirst);
};

} // namespace twinatlas
