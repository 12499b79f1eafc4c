// SPDX-License-Identifier: GPL-2.0-or-later
#include "backupdialog.h"

#include "storage/project.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Parlance::Ui {

BackupDialog::BackupDialog(const QString &projectPath, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(QFileInfo(projectPath).absoluteFilePath())
{
    setWindowTitle(tr("Project Not Opened"));
    auto *layout = new QVBoxLayout(this);
    auto *message = new QLabel(problem + QStringLiteral("\n\n") + tr("The file is left as it is."), this);
    message->setObjectName(QStringLiteral("problem"));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(message);

    const QList<Storage::BackupInfo> backups = Storage::Project::backupInfo(m_projectPath);
    auto *intro = new QLabel(backups.isEmpty() ? tr("There are no backups of this project.")
                                               : tr("Backups of this project, newest first. The one you choose is copied into a "
                                                    "new file, which is then opened:"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_backups = new QTreeWidget(this);
    m_backups->setObjectName(QStringLiteral("backups"));
    m_backups->setHeaderLabels({tr("Made"), tr("Articles"), tr("State")});
    m_backups->setRootIsDecorated(false);
    m_backups->setAllColumnsShowFocus(true);
    m_backups->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_backups->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_backups->header()->setStretchLastSection(true);
    const QLocale locale;
    for (const Storage::BackupInfo &backup : backups) {
        auto *item = new QTreeWidgetItem(m_backups);
        const QDateTime made = backup.time.toLocalTime(); // to the second: several may be made in a minute
        item->setText(0, locale.toString(made.date(), QLocale::LongFormat) + QStringLiteral(", ")
                             + locale.toString(made.time(), QStringLiteral("HH:mm:ss")));
        item->setText(1, backup.articles >= 0 ? locale.toString(backup.articles) : tr("?"));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, backup.good ? tr("good") : tr("damaged"));
        item->setData(0, Qt::UserRole, backup.path);
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
        if (!backup.good)
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
        else if (!m_backups->currentItem())
            m_backups->setCurrentItem(item);
    }
    m_backups->setVisible(!backups.isEmpty());
    layout->addWidget(m_backups);

    auto *targetRow = new QHBoxLayout;
    auto *targetLabel = new QLabel(tr("Restore &into:"), this);
    m_target = new QLineEdit(QDir::toNativeSeparators(proposedTarget()), this);
    m_target->setObjectName(QStringLiteral("target"));
    targetLabel->setBuddy(m_target);
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Restore Into"), m_target->text(), tr("Parlance projects (*.parlance)"));
        if (!chosen.isEmpty())
            m_target->setText(QDir::toNativeSeparators(chosen));
    });
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);
    layout->addLayout(targetRow);
    for (QWidget *w : {static_cast<QWidget *>(targetLabel), static_cast<QWidget *>(m_target), static_cast<QWidget *>(browse)})
        w->setVisible(!backups.isEmpty());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore and Open"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restore"));
    m_restore->setVisible(!backups.isEmpty());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &BackupDialog::restore);
    layout->addWidget(buttons);

    connect(m_backups, &QTreeWidget::currentItemChanged, this, &BackupDialog::updateButton);
    connect(m_target, &QLineEdit::textChanged, this, &BackupDialog::updateButton);
    updateButton();
    resize(560, sizeHint().height());
}

QString BackupDialog::offer(QWidget *parent, const QString &projectPath, const QString &problem)
{
    BackupDialog dialog(projectPath, problem, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.restoredPath() : QString();
}

// Beside the refused file, under a name that says what it is and is free.
QString BackupDialog::proposedTarget() const
{
    const QFileInfo info(m_projectPath);
    const QString base = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-restored-")
        + QDate::currentDate().toString(Qt::ISODate);
    QString candidate = base + QStringLiteral(".parlance");
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n) + QStringLiteral(".parlance");
    return candidate;
}

void BackupDialog::updateButton()
{
    m_restore->setEnabled(m_backups->currentItem() && !m_target->text().trimmed().isEmpty());
}

void BackupDialog::restore()
{
    if (!m_backups->currentItem())
        return;
    const QString backup = m_backups->currentItem()->data(0, Qt::UserRole).toString();
    const QString target = QFileInfo(QDir::fromNativeSeparators(m_target->text().trimmed())).absoluteFilePath();
    if (target == m_projectPath) {
        m_error->setText(tr("A backup is restored into a new file, not over the project it replaces."));
        m_error->show();
        return;
    }
    Storage::Error error;
    if (!Storage::Project::restoreBackupAs(backup, target, &error)) {
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    m_restored = target;
    accept();
}

} // namespace Parlance::Ui
