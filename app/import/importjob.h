// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The one way articles come into a project, for the command line and the window alike: files
// (or pasted texts) are read and analysed on every core (QtConcurrent), texts already in the
// project or earlier in the same import are skipped with a message naming them, and each article
// is stored with its suggestions and the actors they name in one transaction, by a writer thread
// with a connection of its own, so the window stays responsive. An import can be cancelled: what
// is stored is whole, the rest is not written at all. Articles already in the project can be
// analysed again the same way.

#include "storage/project.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace Parlance::Analysis {
class Analyzer;
struct AnalysisResult;
} // namespace Parlance::Analysis

namespace Parlance::Import {

/// Something to bring in: a file, a text given as an article (pasted), or an article of the
/// project to analyse again.
struct ImportSource {
    QString path;
    std::optional<Model::Article> article;
    qint64 reanalyse = 0;

    static ImportSource file(const QString &path) { return {path, std::nullopt, 0}; }
    static ImportSource text(const Model::Article &article) { return {QString(), article, 0}; }
    static ImportSource analysisOf(qint64 articleId) { return {QString(), std::nullopt, articleId}; }
    /// How messages name it: the file, else the article's title.
    QString name() const;
};

/// What became of one source, reported in the order the sources were given.
struct ImportOutcome {
    enum Kind { Stored, AlreadyInProject, SameAsEarlier, Failed, NotDone };
    Kind kind = NotDone;
    QString source;         ///< ImportSource::name()
    qint64 articleId = 0;   ///< the article stored, or the one already holding the same text
    QString title;          ///< of the article stored
    QString earlierSource;  ///< SameAsEarlier: the source of this run with the same text
    QString readAs;         ///< a file not in UTF-8: the encoding it was read in (e.g. "UTF-16 LE")
    Storage::Error error;   ///< Failed: why, naming the file
    /// AlreadyInProject: that article had no suggestions (an older import was interrupted) and got
    /// them now.
    bool suggestionsAdded = false;
    /// A failure of the project itself (a full disk, damage), not of this source: the import stops.
    bool isStorageFailure() const;
};

struct ImportReport {
    QList<ImportOutcome> outcomes; ///< one per source, in order (NotDone for those cancelled)
    bool cancelled = false;
    /// The project refused a write (e.g. the disk is full): the sources after it were not attempted.
    bool stoppedByStorage = false;

    QList<qint64> storedIds() const;
    int count(ImportOutcome::Kind kind) const;
    /// One line for people: how many were imported, which were skipped and why, how many failed.
    QString summary() const;
};

class ImportJob final : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool analyse = true; ///< store the analysis' findings as suggestions
    };

    /// Imports into `project` (which must stay open until finished()), analysing with `analyzer`.
    ImportJob(Storage::Project &project, std::shared_ptr<const Analysis::Analyzer> analyzer, Options options,
              QObject *parent = nullptr);
    /// Cancels what is still to do and waits for the article being stored.
    ~ImportJob() override;

    /// Starts importing; finished() follows (also for an empty list, or a project that refuses).
    void start(const QList<ImportSource> &sources);
    /// Stops: sources not yet stored are left out; the article being stored is finished first.
    void cancel();
    bool isRunning() const { return m_running; }
    const ImportReport &report() const { return m_report; }

    /// start(), then waits for finished() in an event loop of its own: for the command line.
    ImportReport run(const QList<ImportSource> &sources);

Q_SIGNALS:
    /// `done` of `total` sources dealt with; `current` names one still under way.
    void progress(int done, int total, const QString &current);
    /// One source dealt with, in the order given.
    void outcome(const Parlance::Import::ImportOutcome &outcome);
    void finished(const Parlance::Import::ImportReport &report);

private:
    struct Item;
    class Writer;
    void startMore();
    void onRead(int index, std::optional<Model::Article> article, const Error &error, const QString &readAs = {});
    void onAnalysed(int index, const Analysis::AnalysisResult &result);
    void sendReady();
    void onWritten(const QList<ImportOutcome> &outcomes);
    void sameAsEarlier(ImportOutcome &outcome) const;
    void announce();
    void finishIfDone();

    Storage::Project &m_project;
    std::shared_ptr<const Analysis::Analyzer> m_analyzer;
    Options m_options;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::unique_ptr<Writer> m_writer;
    std::vector<Item> m_items;
    QHash<QByteArray, QString> m_seen; ///< texts of this run already sent to the writer, by hash
    QHash<qint64, QString> m_storedBy; ///< articles this run stored, with their sources
    int m_started = 0;                 ///< items whose reading began
    int m_sent = 0;                    ///< items handed to the writer, in order
    int m_done = 0;                    ///< items the writer gave back
    int m_limit = 4;                   ///< items under way at once (bounds the memory they hold)
    bool m_running = false;
    ImportReport m_report;
    QList<qint64> m_unannounced;
    QTimer m_announceTimer;
};

} // namespace Parlance::Import

Q_DECLARE_METATYPE(Parlance::Import::ImportOutcome)
Q_DECLARE_METATYPE(Parlance::Import::ImportReport)
