// SPDX-License-Identifier: GPL-2.0-or-later
#include "analysisservice.h"

#include "analysis/analyzer.h"
#include "concurrency/backgroundpool.h"


namespace Parlance::Session {

AnalysisService::AnalysisService(QObject *parent)
    : QObject(parent)
{
}

AnalysisService::~AnalysisService()
{
    clear();
}

std::shared_ptr<const Analysis::Analyzer> AnalysisService::analyzer()
{
    if (!m_analyzer)
        m_analyzer = std::make_shared<const Analysis::Analyzer>();
    return m_analyzer;
}

const Analysis::AnalysisResult *AnalysisService::request(qint64 articleId, const QString &text)
{
    m_recent.removeOne(articleId);
    m_recent.append(articleId);
    while (m_recent.size() > Kept)
        m_results.remove(m_recent.takeFirst());
    const auto found = m_results.constFind(articleId);
    if (found != m_results.cend())
        return &*found;
    if (m_running.contains(articleId))
        return nullptr;
    auto *watcher = new QFutureWatcher<Analysis::AnalysisResult>(this);
    m_running.insert(articleId, watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, articleId, watcher] {
        m_running.remove(articleId);
        watcher->deleteLater();
        if (watcher->isCanceled())
            return;
        if (!m_recent.contains(articleId))
            return; // asked for long ago, and dropped since
        m_results.insert(articleId, watcher->result());
        Q_EMIT analysed(articleId);
    });
    // The task holds the analyzer and the text (shared, never copied), not this service.
    watcher->setFuture(Concurrency::run([analyzer = analyzer(), text] { return analyzer->analyze(text); }));
    return nullptr;
}

void AnalysisService::clear()
{
    // Running analyses finish on the pool; nobody hears of them.
    for (QFutureWatcher<Analysis::AnalysisResult> *watcher : std::as_const(m_running)) {
        watcher->disconnect(this);
        watcher->deleteLater();
    }
    m_running.clear();
    m_results.clear();
    m_recent.clear();
}

} // namespace Parlance::Session
