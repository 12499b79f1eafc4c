// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "session/textsearch.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Parlance::Ui {

/// Find in Text's keyword-in-context list: every hit of a search across the project's articles,
/// the words before it, the hit and the words after it; activating a row opens the hit.
class FindResults final : public QWidget {
    Q_OBJECT
public:
    explicit FindResults(QWidget *parent = nullptr);

    /// Shows the hits of `query`; `titles` names their articles.
    void setHits(const QString &query, const QList<Session::TextHit> &hits, const QHash<qint64, QString> &titles);
    const QList<Session::TextHit> &hits() const { return m_hits; }
    /// Selects the row of a hit (the current one while stepping with F3).
    void setCurrent(int hit);
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void hitActivated(int hit);

private:
    QLabel *m_summary;
    QTreeWidget *m_list;
    QList<Session::TextHit> m_hits;
};

} // namespace Parlance::Ui
