// SPDX-License-Identifier: GPL-2.0-or-later
// The project opener (Storage::Project::open) on mutated project files: each input is written to a
// file and opened read-only; what opens is read as the window would read it (articles, their
// texts and annotations, actors, codebook). Refusing a file is fine; crashing, hanging or
// changing it is not.
#include "storage/project.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace Parlance;

namespace {
QTemporaryDir *folder = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QStandardPaths::setTestModeEnabled(true); // the list of verified files goes to a test folder
    folder = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = folder->filePath(QStringLiteral("fuzz.parlance"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    Storage::Error error;
    {
        const auto project = Storage::Project::open(path, {.readOnly = true, .createIfMissing = false}, &error);
        if (!project) {
            if (error.message().isEmpty())
                std::abort(); // refused without saying why
        } else {
            const QList<Storage::ArticleSummary> articles = project->articles();
            for (qsizetype i = 0; i < articles.size() && i < 8; ++i) {
                (void)project->article(articles[i].id);
                (void)project->annotations(articles[i].id);
            }
            (void)project->actors();
            (void)project->categories();
        }
    }
    // Read-only means byte for byte unchanged.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.readAll() != QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)))
        std::abort();
    return 0;
}
