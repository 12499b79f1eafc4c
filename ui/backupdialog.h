// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Parlance::Ui {

/// Shown when a project cannot be opened (damaged, altered, unreadable): names the problem and
/// lists the project's backups with their dates and article counts; the chosen one is restored
/// into a new file, never over the refused one, which is left as it is.
class BackupDialog final : public QDialog {
    Q_OBJECT
public:
    BackupDialog(const QString &projectPath, const QString &problem, QWidget *parent = nullptr);

    /// The new file a backup was restored into (after the dialog was accepted).
    QString restoredPath() const { return m_restored; }

    /// Runs the dialog; returns the restored file to open, or an empty string.
    static QString offer(QWidget *parent, const QString &projectPath, const QString &problem);

private:
    void restore();
    void updateButton();
    QString proposedTarget() const;

    QString m_projectPath;
    QString m_restored;
    QTreeWidget *m_backups = nullptr;
    QLineEdit *m_target = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace Parlance::Ui
