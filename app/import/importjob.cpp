// SPDX-License-Identifier: GPL-2.0-or-later
#include "importjob.h"

#include "analysis/analyzer.h"
#include "articlefile.h"
#include "concurrency/backgroundpool.h"
#include "export/exportutil.h"
#include "storage/projectwriter.h"
#include "suggestionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QThread>
#include <QThreadPool>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace Parlance::Import {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Parlance::Import::ImportJob", text, nullptr, n);
}

// The writer stores what is waiting in batches: one transaction for many small articles keeps a
// large import fast (one sync instead of hundreds); each article still has a savepoint of its own,
// so one that fails leaves the others whole.
constexpr int batchSize = 100;
constexpr qsizetype batchChars = 16 * 1024 * 1024;

} // namespace

QString ImportSource::name() const
{
    if (!path.isEmpty())
        return QDir::toNativeSeparators(path);
    if (article)
        return article->displayTitle();
    return tr("article %1").arg(reanalyse);
}

QList<qint64> ImportReport::storedIds() const
{
    QList<qint64> ids;
    for (const ImportOutcome &o : outcomes)
        if (o.kind == ImportOutcome::Stored)
            ids.append(o.articleId);
    return ids;
}

bool ImportOutcome::isStorageFailure() const
{
    return kind == Failed && (error.code == Storage::Error::Io || error.code == Storage::Error::Corrupt || error.code == Storage::Error::ReadOnly);
}

int ImportReport::count(ImportOutcome::Kind kind) const
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(), [kind](const ImportOutcome &o) { return o.kind == kind; }));
}

QString ImportReport::summary() const
{
    QStringList parts;
    parts << Export::translateCounted("Parlance::Import::ImportJob", QT_TRANSLATE_N_NOOP("Parlance::Import::ImportJob", "Imported %n article(s)"),
                                     count(ImportOutcome::Stored));
    QStringList known, repeated;
    for (const ImportOutcome &o : outcomes) {
        if (o.kind == ImportOutcome::AlreadyInProject)
            known << o.source;
        else if (o.kind == ImportOutcome::SameAsEarlier)
            repeated << o.source;
    }
    if (!known.isEmpty())
        parts << tr("skipped %n already in the project: %1", int(known.size())).arg(known.join(QStringLiteral(", ")));
    if (!repeated.isEmpty())
        parts << tr("skipped %n repeated in this import: %1", int(repeated.size())).arg(repeated.join(QStringLiteral(", ")));
    int unreadable = 0;
    for (const ImportOutcome &o : outcomes)
        unreadable += o.kind == ImportOutcome::Failed && !o.isStorageFailure();
    if (unreadable)
        parts << tr("%n could not be read", unreadable);
    if (stoppedByStorage)
        parts << tr("stopped, the project could not be saved; %n not imported", count(ImportOutcome::NotDone) + count(ImportOutcome::Failed) - unreadable);
    else if (cancelled)
        parts << tr("cancelled, %n not imported", count(ImportOutcome::NotDone));
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

// ---- One source on its way ---------------------------------------------------------------------

struct ImportJob::Item {
    enum class State { Waiting, Reading, Analysing, Ready, Sent, Done };
    ImportSource source;
    State state = State::Waiting;
    std::optional<Model::Article> article;
    std::optional<Analysis::AnalysisResult> analysis;
    ImportOutcome outcome; ///< decided before storing: a failure or a text already in the project
    qint64 repair = 0;     ///< the article already in the project with this text, but without its suggestions
};

// ---- The writer thread -------------------------------------------------------------------------

/// Stores items in order, on a thread of its own with a connection of its own.
class ImportJob::Writer {
public:
    struct Task {
        int index = 0;
        ImportSource source;
        std::optional<Model::Article> article;
        std::optional<Analysis::AnalysisResult> analysis;
        ImportOutcome outcome;
        qint64 repair = 0;
    };

    Writer(ImportJob *job, std::unique_ptr<Storage::Project> connection, std::shared_ptr<std::atomic_bool> cancelled)
        : m_job(job)
        , m_connection(std::move(connection))
        , m_cancelled(std::move(cancelled))
    {
        m_thread.reset(QThread::create([this] {
            Concurrency::yieldToForeground();
            loop();
        }));
        m_thread->setObjectName(QStringLiteral("import writer"));
        m_connection->moveToThread(m_thread.get());
        m_thread->start();
    }

    ~Writer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread->wait();
    }

    void enqueue(Task task)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(task));
        }
        m_wake.notify_one();
    }

private:
    void loop()
    {
        for (;;) {
            QList<Task> batch;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
                if (m_queue.empty())
                    break;
                qsizetype chars = 0;
                while (!m_queue.empty() && batch.size() < batchSize && chars < batchChars) {
                    chars += m_queue.front().article ? m_queue.front().article->text.size() : 0;
                    batch.append(std::move(m_queue.front()));
                    m_queue.pop_front();
                }
            }
            QList<ImportOutcome> outcomes = store(batch);
            // The texts and findings are freed here, not on the GUI thread and not while it waits.
            batch.clear();
            QMetaObject::invokeMethod(m_job, [job = m_job, outcomes] { job->onWritten(outcomes); }, Qt::QueuedConnection);
        }
        // The connection closes on the thread that used it.
        m_connection.reset();
    }

    QList<ImportOutcome> store(QList<Task> &batch)
    {
        QList<ImportOutcome> outcomes;
        Storage::Error batchError;
        const bool committed = Storage::ProjectWriter(*m_connection).atomically([&](Storage::Error *) {
            for (Task &task : batch) {
                if (task.outcome.kind != ImportOutcome::NotDone || *m_cancelled) {
                    outcomes.append(task.outcome);
                    continue;
                }
                ImportOutcome done = task.outcome;
                Storage::Error error;
                if (!Storage::ProjectWriter(*m_connection).atomically([&](Storage::Error *e) { return storeOne(task, done, e); }, &error)) {
                    done.kind = ImportOutcome::Failed;
                    done.error = error;
                }
                outcomes.append(done);
            }
            return true;
        }, &batchError);
        if (!committed) {
            // The disk refused the batch: nothing of it is in the file.
            for (ImportOutcome &o : outcomes) {
                if (o.kind == ImportOutcome::Stored || o.suggestionsAdded) {
                    o.kind = ImportOutcome::Failed;
                    o.suggestionsAdded = false;
                    o.error = batchError;
                }
            }
        }
        return outcomes;
    }

    bool storeOne(const Task &task, ImportOutcome &done, Storage::Error *error)
    {
        if (task.repair) {
            // Still without suggestions (checked here, in the transaction): they are added now.
            done.kind = ImportOutcome::AlreadyInProject;
            done.articleId = task.repair;
            if (task.analysis && !wasAnalysed(*m_connection, task.repair)) {
                if (!storeSuggestions(*m_connection, task.repair, *task.analysis, error))
                    return false;
                done.suggestionsAdded = true;
            }
            return true;
        }
        if (task.source.reanalyse) {
            if (!m_connection->article(task.source.reanalyse)) {
                *error = {Storage::Error::Invalid, Storage::Error::Problem::ArticleGone, done.source};
                return false;
            }
            if (task.analysis && !storeSuggestions(*m_connection, task.source.reanalyse, *task.analysis, error))
                return false;
            done.kind = ImportOutcome::Stored;
            done.articleId = task.source.reanalyse;
            return true;
        }
        Model::Article article = *task.article;
        // Checked again here, in the transaction: another import may have stored the same text since.
        if (const qint64 existing = m_connection->articleIdForHash(article.contentHash)) {
            done.kind = ImportOutcome::AlreadyInProject;
            done.articleId = existing;
            return true;
        }
        if (!Storage::ProjectWriter(*m_connection).addArticle(article, error))
            return false;
        if (task.analysis && !storeSuggestions(*m_connection, article.id, *task.analysis, error))
            return false;
        done.kind = ImportOutcome::Stored;
        done.articleId = article.id;
        done.title = article.displayTitle();
        return true;
    }

    ImportJob *m_job;
    std::unique_ptr<Storage::Project> m_connection;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_queue;
    bool m_stop = false;
};

// ---- The job ------------------------------------------------------------------------------------

ImportJob::ImportJob(Storage::Project &project, std::shared_ptr<const Analysis::Analyzer> analyzer, Options options,
                     QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_analyzer(std::move(analyzer))
    , m_options(options)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<ImportOutcome>();
    qRegisterMetaType<ImportReport>();
    // Two items per core: one being analysed while the other waits to be stored.
    m_limit = std::max(2, 2 * Concurrency::backgroundPool()->maxThreadCount());
    // The window's models hear of new articles a few times a second, not once per article.
    m_announceTimer.setInterval(250);
    m_announceTimer.setSingleShot(true);
    connect(&m_announceTimer, &QTimer::timeout, this, &ImportJob::announce);
}

ImportJob::~ImportJob()
{
    m_cancelled->store(true);
    m_writer.reset();
}

void ImportJob::start(const QList<ImportSource> &sources)
{
    m_items.clear();
    m_seen.clear();
    m_storedBy.clear();
    m_report = {};
    m_started = m_sent = m_done = 0;
    m_cancelled->store(false);
    m_running = true;
    for (const ImportSource &source : sources) {
        Item item;
        item.source = source;
        item.outcome.source = source.name();
        m_items.push_back(std::move(item));
    }
    Storage::Error error;
    std::unique_ptr<Storage::Project> connection = m_items.empty() ? nullptr : m_project.openWorkerConnection(&error);
    if (!connection) {
        for (Item &item : m_items) {
            item.outcome.kind = ImportOutcome::Failed;
            item.outcome.error = error;
            Q_EMIT outcome(item.outcome);
            m_report.outcomes.append(item.outcome);
        }
        m_done = int(m_items.size());
        m_running = false;
        m_report.stoppedByStorage = !m_items.empty();
        Q_EMIT finished(m_report);
        return;
    }
    m_writer = std::make_unique<Writer>(this, std::move(connection), m_cancelled);
    Q_EMIT progress(0, int(m_items.size()), m_items.front().outcome.source);
    startMore();
}

void ImportJob::startMore()
{
    while (!*m_cancelled && m_started < int(m_items.size()) && m_started - m_done < m_limit) {
        const int index = m_started++;
        Item &item = m_items[index];
        if (item.source.reanalyse) {
            // The text comes from the project (a quick read on this thread); only analysing is slow.
            std::optional<Model::Article> article = m_project.article(item.source.reanalyse);
            onRead(index, article,
                   article ? Error() : Error::told(Error::Invalid, tr("%1: there is no such article").arg(item.outcome.source)));
            continue;
        }
        if (item.source.article) {
            Model::Article article = *item.source.article;
            if (article.contentHash.isEmpty())
                article.contentHash = Model::Article::hashText(article.text);
            onRead(index, article, Error());
            continue;
        }
        item.state = Item::State::Reading;
        struct Read {
            std::optional<Model::Article> article;
            Error error;
            ArticleFile::Encoding encoding = ArticleFile::Encoding::Utf8;
        };
        auto *watcher = new QFutureWatcher<Read>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, index, watcher] {
            watcher->deleteLater();
            if (!m_running || watcher->isCanceled())
                return;
            const Read read = watcher->result();
            onRead(index, read.article, read.error,
                   read.encoding == ArticleFile::Encoding::Utf8 ? QString() : ArticleFile::encodingName(read.encoding));
        });
        watcher->setFuture(Concurrency::run([path = item.source.path, cancelled = m_cancelled] {
            Read read;
            if (!*cancelled)
                read.article = ArticleFile::read(path, &read.error, &read.encoding);
            return read;
        }));
    }
}

void ImportJob::onRead(int index, std::optional<Model::Article> article, const Error &error, const QString &readAs)
{
    Item &item = m_items[index];
    item.outcome.readAs = readAs;
    if (!article) {
        item.outcome.kind = ImportOutcome::Failed;
        item.outcome.error = error;
        item.state = Item::State::Ready;
        return sendReady();
    }
    item.article = std::move(article);
    // A text the project has: not worth analysing (the writer checks again before storing).
    if (!item.source.reanalyse) {
        if (const qint64 existing = m_project.articleIdForHash(item.article->contentHash)) {
            if (m_options.analyse && m_analyzer && !m_storedBy.contains(existing) && !wasAnalysed(m_project, existing)) {
                // Stored without its analysis by an older Parlance interrupted mid-import: it gets it now.
                item.repair = existing;
            } else {
                item.outcome.kind = ImportOutcome::AlreadyInProject;
                item.outcome.articleId = existing;
                sameAsEarlier(item.outcome);
                item.state = Item::State::Ready;
                return sendReady();
            }
        }
    }
    if (!m_options.analyse || !m_analyzer) {
        item.state = Item::State::Ready;
        return sendReady();
    }
    item.state = Item::State::Analysing;
    auto *watcher = new QFutureWatcher<Analysis::AnalysisResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, index, watcher] {
        watcher->deleteLater();
        if (m_running && !watcher->isCanceled())
            onAnalysed(index, watcher->result());
    });
    watcher->setFuture(Concurrency::run([analyzer = m_analyzer, text = item.article->text, cancelled = m_cancelled] {
        return *cancelled ? Analysis::AnalysisResult() : analyzer->analyze(text);
    }));
}

void ImportJob::onAnalysed(int index, const Analysis::AnalysisResult &result)
{
    Item &item = m_items[index];
    item.analysis = result;
    item.state = Item::State::Ready;
    sendReady();
}

void ImportJob::sendReady()
{
    // In the order given, so that articles are numbered as their files were listed, and the same
    // text given twice is stored from its first file.
    while (!*m_cancelled && m_sent < int(m_items.size()) && m_items[m_sent].state == Item::State::Ready) {
        Item &item = m_items[m_sent];
        if (item.outcome.kind == ImportOutcome::NotDone && item.article && !item.source.reanalyse && !item.repair) {
            const auto earlier = m_seen.constFind(item.article->contentHash);
            if (earlier != m_seen.cend()) {
                item.outcome.kind = ImportOutcome::SameAsEarlier;
                item.outcome.earlierSource = *earlier;
            } else {
                m_seen.insert(item.article->contentHash, item.outcome.source);
            }
        }
        item.state = Item::State::Sent;
        m_writer->enqueue({m_sent, item.source, std::move(item.article), std::move(item.analysis), item.outcome, item.repair});
        item.article.reset();
        item.analysis.reset();
        ++m_sent;
    }
}

void ImportJob::onWritten(const QList<ImportOutcome> &outcomes)
{
    for (ImportOutcome o : outcomes) {
        sameAsEarlier(o);
        if (o.kind == ImportOutcome::Stored && !m_items[m_done].source.reanalyse)
            m_storedBy.insert(o.articleId, o.source);
        m_items[m_done].state = Item::State::Done;
        m_items[m_done].outcome = o;
        ++m_done;
        m_report.outcomes.append(o);
        if (o.kind == ImportOutcome::Stored || o.suggestionsAdded)
            m_unannounced.append(o.articleId);
        if (o.isStorageFailure() && !m_report.stoppedByStorage) {
            // The project cannot take more (e.g. the disk is full): the rest is not attempted.
            m_report.stoppedByStorage = true;
            m_cancelled->store(true);
        }
        Q_EMIT outcome(o);
    }
    if (!m_unannounced.isEmpty() && !m_announceTimer.isActive())
        m_announceTimer.start();
    if (m_done < int(m_items.size()))
        Q_EMIT progress(m_done, int(m_items.size()), m_items[m_done].outcome.source);
    startMore();
    finishIfDone();
}

void ImportJob::sameAsEarlier(ImportOutcome &outcome) const
{
    // Whether the earlier copy was stored before this one was read is a matter of timing: a text
    // this import stored is "the same as" its source either way.
    const auto earlier = m_storedBy.constFind(outcome.articleId);
    if (outcome.kind == ImportOutcome::AlreadyInProject && earlier != m_storedBy.cend()) {
        outcome.kind = ImportOutcome::SameAsEarlier;
        outcome.earlierSource = *earlier;
    }
}

void ImportJob::announce()
{
    m_project.announceWrittenElsewhere(std::exchange(m_unannounced, {}));
}

void ImportJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled->store(true);
    finishIfDone();
}

void ImportJob::finishIfDone()
{
    if (!m_running)
        return;
    const bool allDone = m_done == int(m_items.size());
    // Cancelled: done once the writer gave back everything it was handed.
    if (!allDone && !(*m_cancelled && m_done == m_sent))
        return;
    m_running = false;
    m_writer.reset();
    m_announceTimer.stop();
    announce();
    for (int i = m_done; i < int(m_items.size()); ++i)
        m_report.outcomes.append(m_items[i].outcome); // NotDone
    m_report.cancelled = !allDone && !m_report.stoppedByStorage;
    Q_EMIT progress(m_done, int(m_items.size()), QString());
    Q_EMIT finished(m_report);
}

ImportReport ImportJob::run(const QList<ImportSource> &sources)
{
    QEventLoop loop;
    connect(this, &ImportJob::finished, &loop, &QEventLoop::quit);
    start(sources);
    if (m_running)
        loop.exec();
    return m_report;
}

} // namespace Parlance::Import
