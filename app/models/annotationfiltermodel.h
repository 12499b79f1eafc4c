// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/annotation.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace Parlance::Models {

/// Filters an AnnotationModel by kind, speaker (of quotes), holder (of commitments), coder and origin.
/// An empty set or a zero id means "any".
class AnnotationFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AnnotationFilterModel(QObject *parent = nullptr);

    void setKinds(const QSet<Model::AnnotationKind> &kinds);
    void setOrigins(const QSet<Model::Origin> &origins);
    void setSpeaker(qint64 actorId);
    void setHolder(qint64 actorId);
    void setCoder(const QString &coder);

    QSet<Model::AnnotationKind> kinds() const { return m_kinds; }
    QSet<Model::Origin> origins() const { return m_origins; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<Model::AnnotationKind> m_kinds;
    QSet<Model::Origin> m_origins;
    qint64 m_speaker = 0;
    qint64 m_holder = 0;
    QString m_coder;
};

} // namespace Parlance::Models
