// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// What the automatic analysis finds in one text. Offsets are UTF-16 (QString indexes), end
// exclusive; the `analyze` command converts them to code points at its boundary.

#include "model/actor.h"
#include "model/annotation.h"
#include "model/span.h"

#include <QList>
#include <QString>

namespace Parlance::Analysis {

struct FoundQuote {
    Model::QuoteKind kind = Model::QuoteKind::Direct;
    QList<Model::Span> content; ///< without quotation marks; several parts for a split quote
    Model::Span cue;            ///< reporting verb or phrase; invalid if none
    Model::Span source;         ///< the words naming the speaker ("Blinken", "he"); invalid if none
    Model::SourceKind sourceKind = Model::SourceKind::None;
    QString speaker;            ///< canonical name of the resolved speaker; empty if unknown
    double confidence = 1.0;    ///< 0..1: how often attributions like this one are right (calibrated on news)
};

struct FoundActor {
    QString name;               ///< canonical name
    Model::ActorType type = Model::ActorType::Other;
    QString role;               ///< e.g. "Foreign Minister"; empty if none
    QStringList aliases;        ///< the other names used in the text
    QList<Model::Span> mentions;
};

struct FoundCommitment {
    Model::CommitmentType type = Model::CommitmentType::Promise;
    Model::Span span;
    Model::Span cue;            ///< the commissive verb or modal that makes it a commitment
    QString holder;             ///< canonical name; empty if unknown
    QString addressee;          ///< canonical name; empty if not stated
    double strength = 0.0;      ///< 0..1 on the modality ladder (resources/lexicons/modality.txt)
    bool negated = false;
    Model::Span condition;      ///< invalid if none
    Model::Span time;           ///< invalid if none
};

struct AnalysisResult {
    QList<FoundQuote> quotes;
    QList<FoundActor> actors;
    QList<FoundCommitment> commitments;
    QList<Model::Span> boilerplate;
};

} // namespace Parlance::Analysis
