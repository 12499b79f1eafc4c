// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationform.h"

#include "models/annotationmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Parlance::Ui {

using Model::AnnotationKind;

AnnotationForm::AnnotationForm(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_excerpt(new QLabel(this))
    , m_actor(new QComboBox(this))
    , m_actorLabel(new QLabel(tr("&Speaker:"), this))
    , m_addressee(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_strength(new QDoubleSpinBox(this))
    , m_negated(new QCheckBox(tr("&Negated"), this))
    , m_condition(new QLineEdit(this))
    , m_time(new QLineEdit(this))
    , m_conditionFromSelection(new QPushButton(tr("From Selection"), this))
    , m_timeFromSelection(new QPushButton(tr("From Selection"), this))
    , m_note(new QLineEdit(this))
    , m_accept(new QPushButton(tr("Accept"), this))
    , m_reject(new QPushButton(tr("Reject"), this))
{
    setObjectName(QStringLiteral("AnnotationForm"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_excerpt->setWordWrap(true);
    m_excerpt->setTextFormat(Qt::PlainText);
    for (QComboBox *box : {m_actor, m_addressee}) {
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
    }
    m_actor->setAccessibleName(tr("Speaker or holder"));
    m_addressee->setAccessibleName(tr("Addressee"));
    for (Model::CommitmentType t : Model::allCommitmentTypes())
        m_type->addItem(Model::commitmentTypeName(t), int(t));
    m_type->setAccessibleName(tr("Commitment type"));
    m_strength->setRange(-0.05, 1.0);
    m_strength->setSingleStep(0.05);
    m_strength->setDecimals(2);
    m_strength->setSpecialValueText(tr("not set"));
    m_strength->setAccessibleName(tr("Strength"));
    m_condition->setReadOnly(true);
    m_condition->setAccessibleName(tr("Condition"));
    m_time->setReadOnly(true);
    m_time->setAccessibleName(tr("Time"));
    m_conditionFromSelection->setAccessibleName(tr("Condition from selection"));
    m_timeFromSelection->setAccessibleName(tr("Time from selection"));
    m_note->setPlaceholderText(tr("A note for this annotation"));
    m_note->setAccessibleName(tr("Note"));
    m_accept->setToolTip(tr("Accept the suggestion (Y or Enter in the text)"));
    m_reject->setToolTip(tr("Reject the suggestion (X or Delete in the text)"));

    auto *condition = new QHBoxLayout;
    condition->addWidget(m_condition, 1);
    condition->addWidget(m_conditionFromSelection);
    auto *time = new QHBoxLayout;
    time->addWidget(m_time, 1);
    time->addWidget(m_timeFromSelection);
    auto *decision = new QHBoxLayout;
    decision->addWidget(m_accept);
    decision->addWidget(m_reject);
    decision->addStretch(1);

    auto *form = new QFormLayout(this);
    form->addRow(m_title);
    form->addRow(m_excerpt);
    form->addRow(m_actorLabel, m_actor);
    m_actorLabel->setBuddy(m_actor);
    form->addRow(tr("&Addressee:"), m_addressee);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("S&trength:"), m_strength);
    form->addRow(QString(), m_negated);
    form->addRow(tr("Condition:"), condition);
    form->addRow(tr("Time:"), time);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(decision);

    connect(m_actor, &QComboBox::activated, this, [this] { actorChosen(m_actor, false); });
    connect(m_addressee, &QComboBox::activated, this, [this] { actorChosen(m_addressee, true); });
    connect(m_actor->lineEdit(), &QLineEdit::editingFinished, this, [this] { actorChosen(m_actor, false); });
    connect(m_addressee->lineEdit(), &QLineEdit::editingFinished, this, [this] { actorChosen(m_addressee, true); });
    connect(m_type, &QComboBox::activated, this, [this] {
        if (!m_annotation)
            return;
        Model::Annotation after = *m_annotation;
        after.commitmentType = Model::CommitmentType(m_type->currentData().toInt());
        emitEdit(after);
    });
    connect(m_strength, &QDoubleSpinBox::editingFinished, this, [this] {
        if (!m_annotation)
            return;
        Model::Annotation after = *m_annotation;
        after.strength = m_strength->value() < 0 ? -1.0 : m_strength->value();
        emitEdit(after);
    });
    connect(m_negated, &QCheckBox::clicked, this, [this](bool on) {
        if (!m_annotation)
            return;
        Model::Annotation after = *m_annotation;
        after.negated = on;
        emitEdit(after);
    });
    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        if (!m_annotation)
            return;
        Model::Annotation after = *m_annotation;
        after.note = m_note->text();
        emitEdit(after);
    });
    connect(m_conditionFromSelection, &QPushButton::clicked, this, [this] { Q_EMIT spanFromSelectionRequested(false); });
    connect(m_timeFromSelection, &QPushButton::clicked, this, [this] { Q_EMIT spanFromSelectionRequested(true); });
    connect(m_accept, &QPushButton::clicked, this, &AnnotationForm::acceptRequested);
    connect(m_reject, &QPushButton::clicked, this, &AnnotationForm::rejectRequested);
    refresh();
}

void AnnotationForm::setActors(const QList<Model::Actor> &actors)
{
    m_actors = actors;
    std::sort(m_actors.begin(), m_actors.end(), [](const Model::Actor &a, const Model::Actor &b) {
        return a.canonicalName.localeAwareCompare(b.canonicalName) < 0;
    });
    for (QComboBox *box : {m_actor, m_addressee}) {
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(QString(), qint64(0));
        for (const Model::Actor &a : std::as_const(m_actors))
            box->addItem(a.canonicalName, a.id);
    }
    refresh();
}

void AnnotationForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

void AnnotationForm::setAnnotation(const std::optional<Model::Annotation> &annotation, const QString &articleText)
{
    m_annotation = annotation;
    m_text = articleText;
    refresh();
}

void AnnotationForm::refresh()
{
    const bool has = m_annotation.has_value();
    const bool editable = has && !m_readOnly;
    for (QWidget *w : std::initializer_list<QWidget *>{m_actor, m_addressee, m_type, m_strength, m_negated, m_conditionFromSelection,
                                                        m_timeFromSelection, m_note})
        w->setEnabled(editable);
    if (!has) {
        m_title->setText(tr("No annotation selected"));
        m_excerpt->setText(tr("Select text and press Q (quote), A (actor), C (commitment) or 1\u20139 (category); "
                              "N and P step through suggestions."));
        for (QComboBox *box : {m_actor, m_addressee}) {
            const QSignalBlocker blocker(box);
            box->setCurrentIndex(0);
        }
        m_condition->clear();
        m_time->clear();
        m_note->clear();
        m_accept->setEnabled(false);
        m_reject->setEnabled(false);
        return;
    }
    const Model::Annotation &a = *m_annotation;
    m_title->setText(tr("%1 \u2014 %2").arg(Models::AnnotationModel::kindLabel(a.kind), Models::AnnotationModel::originLabel(a.origin)));
    QString excerpt = a.span.textIn(m_text).toString().simplified();
    if (excerpt.size() > 240)
        excerpt = excerpt.left(239) + QChar(0x2026);
    m_excerpt->setText(excerpt);
    m_actorLabel->setText(a.kind == AnnotationKind::Commitment ? tr("&Holder:")
                          : a.kind == AnnotationKind::ActorMention ? tr("&Actor:")
                                                                  : tr("&Speaker:"));
    auto select = [](QComboBox *box, qint64 id) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(std::max(0, box->findData(id)));
    };
    select(m_actor, a.actorId);
    select(m_addressee, a.addresseeId);
    const bool commitment = a.kind == AnnotationKind::Commitment;
    m_addressee->setEnabled(editable && a.kind != AnnotationKind::ActorMention && a.kind != AnnotationKind::Category);
    m_type->setEnabled(editable && commitment);
    m_strength->setEnabled(editable && commitment);
    m_negated->setEnabled(editable && commitment);
    m_conditionFromSelection->setEnabled(editable && commitment);
    m_timeFromSelection->setEnabled(editable && commitment);
    {
        const QSignalBlocker b1(m_type), b2(m_strength), b3(m_negated);
        m_type->setCurrentIndex(std::max(0, m_type->findData(int(a.commitmentType))));
        m_strength->setValue(a.strength < 0 ? m_strength->minimum() : a.strength);
        m_negated->setChecked(a.negated);
    }
    m_condition->setText(a.condition.textIn(m_text).toString());
    m_time->setText(a.time.textIn(m_text).toString());
    if (!m_note->hasFocus())
        m_note->setText(a.note);
    const bool suggestion = a.origin == Model::Origin::Suggested;
    m_accept->setEnabled(editable && suggestion);
    m_reject->setEnabled(editable && suggestion);
}

void AnnotationForm::emitEdit(const Model::Annotation &after)
{
    if (!m_annotation || m_readOnly || after == *m_annotation)
        return;
    Q_EMIT edited(*m_annotation, after);
}

void AnnotationForm::actorChosen(QComboBox *box, bool addressee)
{
    if (!m_annotation || m_readOnly)
        return;
    const QString name = box->currentText().simplified();
    qint64 id = 0;
    if (!name.isEmpty()) {
        for (const Model::Actor &a : std::as_const(m_actors)) {
            if (a.isKnownAs(name)) {
                id = a.id;
                break;
            }
        }
        if (!id) {
            Q_EMIT newActorRequested(name, addressee);
            return;
        }
    }
    applyActor(id, addressee);
}

void AnnotationForm::applyActor(qint64 actorId, bool addressee)
{
    if (!m_annotation)
        return;
    Model::Annotation after = *m_annotation;
    (addressee ? after.addresseeId : after.actorId) = actorId;
    emitEdit(after);
}

} // namespace Parlance::Ui
