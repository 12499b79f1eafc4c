// SPDX-License-Identifier: GPL-2.0-or-later
#include "sharedprojectdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parlance::Ui {

SharedProjectDialog::SharedProjectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Shared Project"));
    m_server = new QLineEdit(this);
    m_server->setObjectName(u"serverEdit"_s);
    m_server->setPlaceholderText(tr("postgresql://server/database or a service name"));
    m_server->setMinimumWidth(m_server->fontMetrics().averageCharWidth() * 48);
    m_note = new QLabel(tr("The password is not asked for here: it comes from ~/.pgpass, the PGPASSWORD environment "
                           "variable or the service file (pg_service.conf), and Parlance never stores or shows it."),
                        this);
    m_note->setObjectName(u"passwordNote"_s);
    m_note->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_server, &QLineEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Open)->setEnabled(!target().isEmpty()); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
}

QString SharedProjectDialog::target() const
{
    return targetFor(m_server->text());
}

QString SharedProjectDialog::targetFor(const QString &typed)
{
    const QString t = typed.trimmed();
    if (t.isEmpty() || t.contains(u"://"_s) || t.contains(QLatin1Char('=')))
        return t;
    return u"service="_s + t; // a bare word names a service of pg_service.conf
}

} // namespace Parlance::Ui
