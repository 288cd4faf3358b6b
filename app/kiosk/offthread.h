// SPDX-License-Identifier: GPL-3.0-or-later
// Running work on Qt's thread pool without QtConcurrent, so that the kiosk library needs only
// QtCore for it.

#pragma once

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace vitrine {

/**
 * Runs work on Qt's global thread pool and returns the future of its result, for a
 * QFutureWatcher to hand back on the UI thread. (What QtConcurrent::run does, with QtCore
 * alone: every user of the kiosk library links without another Qt module.)
 */
template <typename Result, typename Work> QFuture<Result> runOffThread(Work work)
{
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

} // namespace vitrine
