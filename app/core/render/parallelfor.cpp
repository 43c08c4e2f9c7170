// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallelfor.h"

#include <QRunnable>
#include <QSemaphore>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

namespace twinatlas {

void ParallelFor::run(int count, const std::function<void(int)> &body)
{
    run(count, body, {});
}

void ParallelFor::run(int count, const std::function<void(int)> &body,
                      const std::function<void()> &callerFirst)
{
    static QThreadPool pool;
    std::atomic<int> next { 0 };
    const auto work = [&] {
        for (int i = next.fetch_add(1); i < count; i = next.fetch_add(1))
            body(i);
    };
    QSemaphore finished;
    std::vector<std::unique_ptr<QRunnable>> helpers;
    // The caller works too: helpers for the other cores only, or threads would take turns.
    const int helperCount = std::min(callerFirst ? count : count - 1, std::max(1, pool.maxThreadCount() - 1));
    for (int h = 0; h < helperCount; ++h) {
        helpers.emplace_back(QRunnable::create([&] {
            work();
            finished.release();
        }));
        helpers.back()->setAutoDelete(false);
        pool.start(helpers.back().get());
    }
    if (callerFirst)
        callerFirst();
    work();
    // Helpers still queued are taken back unrun; the others are waited for (they find no work
    // left, or finish the item they took).
    int running = 0;
    for (const auto &helper : helpers)
        if (!pool.tryTake(helper.get()))
            ++running;
    finished.acquire(running);
}

} // namespace twinatlas
