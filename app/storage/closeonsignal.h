// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// SIGTERM, SIGINT and SIGHUP (a session logging out, `kill`, Ctrl+C) end the event loop instead of
// the process, so that an open project is closed as on any normal exit: checkpointed and back in
// rollback-journal mode, one self-contained file (a file left in WAL mode needs a writable folder
// to be read again). The handler only writes to a pipe; the event loop does the rest.

#include <QObject>

class QSocketNotifier;

namespace Parlance::Storage {

class CloseOnSignal final : public QObject {
    Q_OBJECT
public:
    /// Installs the handlers for the lifetime of this object; on a signal, QCoreApplication::exit(128 + signal).
    explicit CloseOnSignal(QObject *parent = nullptr);
    ~CloseOnSignal() override;

Q_SIGNALS:
    /// Emitted (before the exit) with the signal's number.
    void received(int signalNumber);

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Parlance::Storage
