// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/actor.h"
#include "model/annotation.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Parlance::Ui {

/// The side form for the selected annotation's attributes: speaker (or holder) and addressee picked
/// from the project's actors or typed as a new name, commitment type, strength, negation, condition,
/// time and note. It never writes: it says what the annotation should become, and the window turns
/// that into an undoable command.
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

public:
    /// Applies an actor (just created on request) to the speaker or addressee.
    void applyActor(qint64 actorId, bool addressee);

private:
    void refresh();
    void emitEdit(const Model::Annotation &after);
    void actorChosen(QComboBox *box, bool addressee);

    std::optional<Model::Annotation> m_annotation;
    QString m_text;
    QList<Model::Actor> m_actors;
    bool m_readOnly = false;
    QLabel *m_title;
    QLabel *m_excerpt;
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
