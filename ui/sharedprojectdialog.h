// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// File > Open Shared Project… (issue 17): where a desk's project is, as a postgresql:// URL or the
// name of a service in pg_service.conf. No password field: libpq reads it from ~/.pgpass,
// PGPASSWORD or the service file, and Parlance never stores or shows one (doc/postgresql.md).

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Parlance::Ui {

class SharedProjectDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SharedProjectDialog(QWidget *parent = nullptr);

    /// What to open, as Storage::Project::open() takes it: the URL or connection string as typed,
    /// a bare service name as `service=NAME`; empty while nothing is typed.
    QString target() const;
    /// `typed` as target() makes it.
    static QString targetFor(const QString &typed);

    QLineEdit *serverEdit() const { return m_server; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLineEdit *m_server = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Parlance::Ui
