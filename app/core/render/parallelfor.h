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
};

} // namespace twinatlas
