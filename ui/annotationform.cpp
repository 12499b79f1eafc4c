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
#include <QResizeEvent>
#include <QTextLayout>

#include <cstdlib>

namespace Parlance::Ui {

using Model::AnnotationKind;

AnnotationForm::AnnotationForm(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_excerpt(new QLabel(this))
    , m_problem(new QLabel(this))
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
    // Three lines whatever the quote's length, so that the fields below never move.
    m_excerpt->setFixedHeight(3 * m_excerpt->fontMetrics().lineSpacing() + 2);
    m_excerpt->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_excerpt->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("FormProblem"));
    m_problem->hide();
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
    m_condition->setAccessibleName(tr("Condition"));
    m_condition->setPlaceholderText(tr("if …, unless … (words of the text)"));
    m_condition->setToolTip(tr("Type the condition's words as the article has them, or select them in the text "
                               "and press From Selection"));
    m_time->setAccessibleName(tr("Time"));
    m_time->setPlaceholderText(tr("by Friday, next week (words of the text)"));
    m_time->setToolTip(tr("Type the time's words as the article has them, or select them in the text "
                          "and press From Selection"));
    m_conditionFromSelection->setAccessibleName(tr("Condition from selection"));
    m_timeFromSelection->setAccessibleName(tr("Time from selection"));
    m_conditionFromSelection->setToolTip(tr("The condition is the text selected in the article"));
    m_timeFromSelection->setToolTip(tr("The time is the text selected in the article"));
    m_note->setPlaceholderText(tr("A note for this annotation"));
    m_note->setAccessibleName(tr("Note"));
    m_accept->setToolTip(tr("Accept the suggestion (Y or Enter in the text)"));
    m_reject->setToolTip(tr("Reject the suggestion (X or Delete in the text)"));

    auto *condition = m_conditionRow = new QHBoxLayout;
    condition->addWidget(m_condition, 1);
    condition->addWidget(m_conditionFromSelection);
    auto *time = m_timeRow = new QHBoxLayout;
    time->addWidget(m_time, 1);
    time->addWidget(m_timeFromSelection);
    auto *decision = m_decisionRow = new QHBoxLayout;
    decision->addWidget(m_accept);
    decision->addWidget(m_reject);
    decision->addStretch(1);

    auto *form = new QFormLayout(this);
    m_form = form;
    form->addRow(m_title);
    form->addRow(m_excerpt);
    form->addRow(m_actorLabel, m_actor);
    m_actorLabel->setBuddy(m_actor);
    form->addRow(tr("&Addressee:"), m_addressee);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("S&trength:"), m_strength);
    form->addRow(QString(), m_negated);
    form->addRow(tr("Con&dition:"), condition);
    form->addRow(tr("Ti&me:"), time);
    form->addRow(m_problem);
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
    connect(m_condition, &QLineEdit::editingFinished, this, [this] { spanTyped(false); });
    connect(m_time, &QLineEdit::editingFinished, this, [this] { spanTyped(true); });
    for (QLineEdit *edit : {m_condition, m_time, m_note})
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (!m_problem->isVisible())
                Q_EMIT editingDone();
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
    const AnnotationKind kind = has ? m_annotation->kind : AnnotationKind::Category;
    const bool commitment = has && kind == AnnotationKind::Commitment;
    // Only the fields of the annotation's kind: no greyed fields of another, none with nothing selected.
    m_form->setRowVisible(m_actor, has && kind != AnnotationKind::Category);
    m_form->setRowVisible(m_addressee, has && (kind == AnnotationKind::Quote || commitment));
    for (QWidget *w : std::initializer_list<QWidget *>{m_type, m_strength, m_negated})
        m_form->setRowVisible(w, commitment);
    m_form->setRowVisible(m_conditionRow, commitment);
    m_form->setRowVisible(m_timeRow, commitment);
    m_form->setRowVisible(m_note, has);
    m_form->setRowVisible(m_decisionRow, has);
    m_problem->hide();
    for (QWidget *w : std::initializer_list<QWidget *>{m_actor, m_addressee, m_type, m_strength, m_negated, m_conditionFromSelection,
                                                        m_timeFromSelection, m_note})
        w->setEnabled(editable);
    m_condition->setReadOnly(!editable);
    m_time->setReadOnly(!editable);
    if (!has) {
        m_title->setText(tr("No annotation selected"));
        m_excerptText = tr("Select text and press Q (quote), A (actor), C (commitment) or 1\u20139 (category); "
                           "N and P step through suggestions.");
        showExcerpt();
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
    m_excerptText = a.span.textIn(m_text).toString().simplified();
    showExcerpt();
    m_actorLabel->setText(commitment ? tr("&Holder:") : kind == AnnotationKind::ActorMention ? tr("&Actor:") : tr("&Speaker:"));
    auto select = [](QComboBox *box, qint64 id) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(std::max(0, box->findData(id)));
    };
    select(m_actor, a.actorId);
    select(m_addressee, a.addresseeId);
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

bool AnnotationForm::isFieldShown(QWidget *field) const
{
    // A field of a row with a button beside it is found by its row's layout.
    for (QHBoxLayout *row : {m_conditionRow, m_timeRow, m_decisionRow})
        if (row->indexOf(field) >= 0)
            return m_form->isRowVisible(row);
    return m_form->isRowVisible(field);
}

void AnnotationForm::resizeEvent(QResizeEvent *e)
{
    QWidget::resizeEvent(e);
    showExcerpt();
}

void AnnotationForm::showExcerpt()
{
    // At most three lines at the label's width; a longer excerpt ends with an ellipsis.
    constexpr int maxLines = 3;
    const int width = std::max(40, m_excerpt->contentsRect().width());
    QTextLayout layout(m_excerptText, m_excerpt->font());
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    for (int n = 0;; ++n) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (n == maxLines - 1 && line.textStart() + line.textLength() < m_excerptText.size()) {
            // The last line shown: cut so that the ellipsis fits.
            const QString rest = m_excerptText.mid(line.textStart());
            const QString last = m_excerpt->fontMetrics().elidedText(rest, Qt::ElideRight, width);
            m_excerpt->setText(m_excerptText.left(line.textStart()) + last);
            layout.endLayout();
            return;
        }
    }
    layout.endLayout();
    m_excerpt->setText(m_excerptText);
}

Model::Span AnnotationForm::findNear(const QString &text, const QString &words, Model::Span near)
{
    const QString wanted = words.trimmed();
    if (wanted.isEmpty())
        return {};
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        Model::Span best;
        long bestDistance = -1;
        for (qsizetype at = text.indexOf(wanted, 0, cs); at >= 0; at = text.indexOf(wanted, at + 1, cs)) {
            const Model::Span found{int(at), int(at + wanted.size())};
            // Inside or touching the commitment is nearest; else the gap to it.
            const long distance = found.end <= near.start ? near.start - found.end
                                  : found.start >= near.end ? found.start - near.end
                                                            : 0;
            if (bestDistance < 0 || distance < bestDistance) {
                best = found;
                bestDistance = distance;
            }
        }
        if (bestDistance >= 0)
            return best;
    }
    return {};
}

void AnnotationForm::spanTyped(bool time)
{
    if (!m_annotation || m_readOnly || m_annotation->kind != AnnotationKind::Commitment)
        return;
    QLineEdit *edit = time ? m_time : m_condition;
    const Model::Span stored = time ? m_annotation->time : m_annotation->condition;
    const QString typed = edit->text().trimmed();
    if (typed == stored.textIn(m_text).toString().trimmed()) {
        m_problem->hide();
        return;
    }
    Model::Annotation after = *m_annotation;
    Model::Span &span = time ? after.time : after.condition;
    span = typed.isEmpty() ? Model::Span{} : findNear(m_text, typed, m_annotation->span);
    if (!typed.isEmpty() && span.isEmpty()) {
        // Nothing is stored that the article does not say: the words stay for the person to correct.
        m_problem->setText(time ? tr("\u201c%1\u201d is not in the article: the time is words of the text.").arg(typed)
                                : tr("\u201c%1\u201d is not in the article: the condition is words of the text.").arg(typed));
        m_problem->show();
        return;
    }
    m_problem->hide();
    emitEdit(after);
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
