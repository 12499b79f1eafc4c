// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/actor.h"
#include "model/annotation.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Parlance::Ui {

/// The side form for the selected annotation's attributes, with the fields of its kind only: a quote's
/// speaker and addressee, an actor mention's actor, a commitment's holder, addressee, type, strength,
/// negation, condition and time, and a note for each. Actors are picked from the project's or typed
/// as a new name; condition and time are words of the article, typed (found near the commitment) or
/// taken from the selected text. It never writes: it says what the annotation should become, and
/// the window turns that into an undoable command.
class AnnotationForm final : public QWidget {
    Q_OBJECT
public:
    explicit AnnotationForm(QWidget *parent = nullptr);

    /// Shows an annotation (nullopt: nothing selected) of an article with this text.
    void setAnnotation(const std::optional<Model::Annotation> &annotation, const QString &articleText);
    std::optional<Model::Annotation> annotation() const { return m_annotation; }
    void setActors(const QList<Model::Actor> &actors);
    void setReadOnly(bool readOnly);

    QComboBox *actorBox() const { return m_actor; }
    QComboBox *addresseeBox() const { return m_addressee; }
    QComboBox *typeBox() const { return m_type; }
    QDoubleSpinBox *strengthBox() const { return m_strength; }
    QLineEdit *noteEdit() const { return m_note; }
    QLineEdit *conditionEdit() const { return m_condition; }
    QLineEdit *timeEdit() const { return m_time; }
    /// Whether the form shows a field (its row) for the annotation on show.
    bool isFieldShown(QWidget *field) const;

    /// Where `words` occur in `text` closest to `near` (case and spacing as typed first, then any
    /// case); an invalid span when they do not occur.
    static Model::Span findNear(const QString &text, const QString &words, Model::Span near);

Q_SIGNALS:
    /// The annotation should become `after`.
    void edited(const Parlance::Model::Annotation &before, const Parlance::Model::Annotation &after);
    /// A name typed in the speaker or addressee box is no actor yet: the window creates it, then
    /// the form applies it. `addressee` tells which box.
    void newActorRequested(const QString &name, bool addressee);
    /// Set the condition or the time from the text selected in the view.
    void spanFromSelectionRequested(bool time);
    void acceptRequested();
    void rejectRequested();
    /// Enter in a field stored its value: the person goes back to the text.
    void editingDone();

public:
    /// Applies an actor (just created on request) to the speaker or addressee.
    void applyActor(qint64 actorId, bool addressee);

protected:
    void resizeEvent(QResizeEvent *e) override;

private:
    void refresh();
    void showExcerpt();
    void spanTyped(bool time);
    void emitEdit(const Model::Annotation &after);
    void actorChosen(QComboBox *box, bool addressee);

    std::optional<Model::Annotation> m_annotation;
    QString m_text;
    QList<Model::Actor> m_actors;
    bool m_readOnly = false;
    QLabel *m_title;
    QLabel *m_excerpt;
    QString m_excerptText; ///< the annotated text, shown cut to three lines
    QLabel *m_problem; ///< why a typed condition or time was not taken
    QFormLayout *m_form;
    QHBoxLayout *m_conditionRow;
    QHBoxLayout *m_timeRow;
    QHBoxLayout *m_decisionRow;
    QComboBox *m_actor;
    QLabel *m_actorLabel;
    QComboBox *m_addressee;
    QComboBox *m_type;
    QDoubleSpinBox *m_strength;
    QCheckBox *m_negated;
    QLineEdit *m_condition;
    QLineEdit *m_time;
    QPushButton *m_conditionFromSelection;
    QPushButton *m_timeFromSelection;
    QLineEdit *m_note;
    QPushButton *m_accept;
    QPushButton *m_reject;
};

} // namespace Parlance::Ui
