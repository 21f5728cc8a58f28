#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

// Runs work on a thread pool and hands its result to done() on context's thread, so the GUI thread
// never waits on the disk or a long computation (STYLE rule 9). Uses QPromise/QFutureWatcher from
// QtCore (no QtConcurrent). When context is destroyed first, done() is simply not called.
// A pool with maxThreadCount 1 runs tasks in order (e.g. successive saves of one file).
class BackgroundTask
{
public:
    template<typename Work, typename Done>
    static void run(QObject *context, Work work, Done done, QThreadPool *pool = nullptr)
    {
        using Result = std::invoke_result_t<Work>;
        auto promise = std::make_shared<QPromise<Result>>();
        auto *watcher = new QFutureWatcher<Result>(context);
        QObject::connect(watcher,
                         &QFutureWatcherBase::finished,
                         context,
                         [watcher, done = std::move(done)]() mutable {
                             watcher->deleteLater();
                             const QFuture<Result> future = watcher->future();
                             if (future.resultCount() > 0)
                                 done(future.result());
                         });
        watcher->setFuture(promise->future());
        promise->start();
        (pool ? pool : QThreadPool::globalInstance())->start([promise, work]() mutable {
            promise->addResult(work());
            promise->finish();
        });
    }
};
