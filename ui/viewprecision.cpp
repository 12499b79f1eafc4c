// SPDX-License-Identifier: GPL-2.0-or-later
#include "viewprecision.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QMenu>
#include <QSettings>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parlance::Ui {

namespace {
const QString thresholdKey = u"view/hideSuggestionsBelow"_s;
const QString wordClassesKey = u"view/showWordClasses"_s;
} // namespace

QList<double> ViewPrecision::thresholds()
{
    return {0.0, 0.4, 0.6, 0.8};
}

ViewPrecision::ViewPrecision(QWidget *parent)
    : QObject(parent)
    , m_menu(new QMenu(tr("&Hide Suggestions Below"), parent))
    , m_group(new QActionGroup(this))
    , m_wordClasses(new QAction(tr("Show &Word Classes"), this))
{
    const QSettings settings;
    const double stored = settings.value(thresholdKey, 0.0).toDouble();
    m_precision.wordClasses = settings.value(wordClassesKey, true).toBool();

    m_menu->setObjectName(u"menuHideSuggestionsBelow"_s);
    m_menu->setToolTip(tr("Suggestions the analysis is less sure of are not drawn and N and P pass them by; "
                          "confirmed annotations are always drawn"));
    m_group->setExclusive(true);
    for (const double t : thresholds()) {
        const int percent = int(std::lround(t * 100));
        QAction *a = m_menu->addAction(percent ? tr("%1 % Confidence").arg(percent) : tr("Off: All Suggestions"));
        a->setObjectName(u"actionHideBelow%1"_s.arg(percent));
        a->setCheckable(true);
        a->setData(t);
        m_group->addAction(a);
        // The stored value is one of ours unless the settings were edited by hand: then Off.
        if (std::abs(t - stored) < 0.05)
            a->setChecked(true);
    }
    if (!m_group->checkedAction())
        m_group->actions().constFirst()->setChecked(true);
    m_precision.minConfidence = m_group->checkedAction()->data().toDouble();
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *a) {
        Highlight::Precision p = m_precision;
        p.minConfidence = a->data().toDouble();
        set(p);
    });

    m_wordClasses->setObjectName(u"actionShowWordClasses"_s);
    m_wordClasses->setCheckable(true);
    m_wordClasses->setChecked(m_precision.wordClasses);
    m_wordClasses->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_wordClasses->setToolTip(tr("Reporting verbs, modal and commitment verbs, hedges and times in their colours"));
    connect(m_wordClasses, &QAction::toggled, this, [this](bool on) {
        Highlight::Precision p = m_precision;
        p.wordClasses = on;
        set(p);
    });
}

void ViewPrecision::set(const Highlight::Precision &precision)
{
    if (precision == m_precision)
        return;
    m_precision = precision;
    QSettings settings;
    settings.setValue(thresholdKey, precision.minConfidence);
    settings.setValue(wordClassesKey, precision.wordClasses);
    Q_EMIT changed(m_precision);
}

} // namespace Parlance::Ui
