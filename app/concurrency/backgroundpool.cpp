// SPDX-License-Identifier: GPL-2.0-or-later
#include "backgroundpool.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Parlance::Concurrency {

namespace {

// A background thread's nice value. Not idle priority: an import must still get on while other
// programs keep the cores busy; enough that the GUI thread wins each time it wakes.
constexpr int backgroundNice = 5;

} // namespace

QThreadPool *backgroundPool()
{
    // Owned by the application, so that it is gone (its threads finished) before the application
    // is: a pool outliving it would end its threads after Qt has shut down.
    static QPointer<QThreadPool> pool;
    if (!pool) {
        QCoreApplication *app = QCoreApplication::instance();
        if (!app)
            return QThreadPool::globalInstance();
        pool = new QThreadPool(app);
        pool->setObjectName(QStringLiteral("background"));
    }
    return pool;
}

void yieldToForeground()
{
    thread_local bool done = false;
    if (done)
        return;
    done = true;
#if defined(Q_OS_LINUX)
    // On Linux the nice value belongs to each thread (a task of its own), not to the process.
    const id_t thread = id_t(::syscall(SYS_gettid));
    const int now = ::getpriority(PRIO_PROCESS, thread);
    if (now < backgroundNice)
        ::setpriority(PRIO_PROCESS, thread, backgroundNice);
#elif defined(Q_OS_UNIX) || defined(Q_OS_WIN)
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace Parlance::Concurrency
