// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The automatic analysis for a session, run off the GUI thread: one Analyzer (const and
// thread-safe) shared by every job, and the results of the articles open in the reading area
// (their site text), computed on the thread pool and kept for the last few articles asked for.

#include "analysis/analysisresult.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <memory>

namespace Parlance::Analysis {
class Analyzer;
}

namespace Parlance::Session {

class AnalysisService final : public QObject {
    Q_OBJECT
public:
    explicit AnalysisService(QObject *parent = nullptr);
    ~AnalysisService() override;

    /// The analyzer, made on first use (loading the lexicons takes a moment).
    std::shared_ptr<const Analysis::Analyzer> analyzer();

    /// The analysis of an article if it is ready; else null, and it is started (analysed() follows).
    const Analysis::AnalysisResult *request(qint64 articleId, const QString &text);
    /// Forgets every result (another project was opened).
    void clear();

Q_SIGNALS:
    void analysed(qint64 articleId);

private:
    /// Results kept: the reading area shows at most four articles, and going back to one just
    /// read should not analyse it again.
    static constexpr int Kept = 8;
    std::shared_ptr<const Analysis::Analyzer> m_analyzer;
    QHash<qint64, Analysis::AnalysisResult> m_results;
    QList<qint64> m_recent; ///< most recently asked for last
    QHash<qint64, QFutureWatcher<Analysis::AnalysisResult> *> m_running;
};

} // namespace Parlance::Session
