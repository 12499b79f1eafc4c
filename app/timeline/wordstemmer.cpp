// SPDX-License-Identifier: GPL-2.0-or-later
#include "wordstemmer.h"

#include "storage/sqlite.h"

#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStemmer, "parlance.timeline.stemmer")

namespace Parlance::Timeline {

struct WordStemmer::Private {
    Storage::Sqlite::Database db; // owns the tokenizer's module; in memory, never written
    fts5_tokenizer api{};
    Fts5Tokenizer *tokenizer = nullptr;
    QHash<QString, QString> cache; // words repeat a lot in news

    bool open()
    {
        if (!db.open(QStringLiteral(":memory:"), Storage::Sqlite::Database::Mode::ReadWriteCreate))
            return false;
        // The documented way to reach the FTS5 API: a pointer handed out by SELECT fts5(?1).
        fts5_api *fts5 = nullptr;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
            return false;
        sqlite3_bind_pointer(stmt, 1, &fts5, "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
        sqlite3_finalize(stmt);
        if (!fts5 || fts5->iVersion < 1)
            return false;
        void *userData = nullptr;
        if (fts5->xFindTokenizer(fts5, "porter", &userData, &api) != SQLITE_OK)
            return false;
        // No arguments: porter over the default unicode61 tokenizer (case folding included).
        return api.xCreate(userData, nullptr, 0, &tokenizer) == SQLITE_OK && tokenizer;
    }

    ~Private()
    {
        if (tokenizer)
            api.xDelete(tokenizer);
    }
};

WordStemmer::WordStemmer()
    : d(std::make_unique<Private>())
{
    if (!d->open()) {
        qCWarning(lcStemmer) << "SQLite's FTS5 porter tokenizer is not available; words are compared unstemmed";
        d->tokenizer = nullptr;
    }
}

WordStemmer::~WordStemmer() = default;

bool WordStemmer::isValid() const
{
    return d->tokenizer != nullptr;
}

QString WordStemmer::stem(QStringView word)
{
    const QString folded = word.toString().toCaseFolded();
    if (!d->tokenizer)
        return folded;
    if (const auto cached = d->cache.constFind(folded); cached != d->cache.cend())
        return *cached;
    const QByteArray utf8 = folded.toUtf8();
    QByteArray out;
    auto collect = [](void *context, int, const char *token, int length, int, int) -> int {
        auto *result = static_cast<QByteArray *>(context);
        if (result->isEmpty()) // one word in, one stem out ("don't" gives "don" and "t": keep the first)
            result->append(token, length);
        return SQLITE_OK;
    };
    if (d->api.xTokenize(d->tokenizer, &out, FTS5_TOKENIZE_DOCUMENT, utf8.constData(), int(utf8.size()), collect) != SQLITE_OK
        || out.isEmpty())
        out = utf8;
    const QString stem = QString::fromUtf8(out);
    d->cache.insert(folded, stem);
    return stem;
}

} // namespace Parlance::Timeline
