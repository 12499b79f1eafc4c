// SPDX-License-Identifier: GPL-2.0-or-later
#include "closeonsignal.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Parlance::Storage {

namespace {

int g_pipe[2] = {-1, -1};
constexpr int handled[] = {SIGTERM, SIGINT, SIGHUP};

void onSignal(int number)
{
    const char byte = char(number);
    // write() is async-signal-safe; if the pipe is full, a signal is already pending.
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[0], &byte, 1);
}

} // namespace

CloseOnSignal::CloseOnSignal(QObject *parent)
    : QObject(parent)
{
    if (g_pipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_pipe) != 0)
        return;
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &CloseOnSignal::readSignal);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int number : handled)
        ::sigaction(number, &action, nullptr);
}

CloseOnSignal::~CloseOnSignal()
{
    for (int number : handled)
        ::signal(number, SIG_DFL);
}

void CloseOnSignal::readSignal()
{
    char byte = 0;
    if (::read(g_pipe[1], &byte, 1) != 1)
        return;
    // A second signal while closing ends the process at once, as one expects of a second Ctrl+C.
    for (int number : handled)
        ::signal(number, SIG_DFL);
    Q_EMIT received(int(byte));
    QCoreApplication::exit(128 + int(byte));
}

} // namespace Parlance::Storage
