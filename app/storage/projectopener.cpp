// SPDX-License-Identifier: GPL-2.0-or-later
#include "projectopener.h"

#include "backups.h"
#include "checksumvfs.h"
#include "diskspace.h"
#include "errorhelpers.h"
#include "schema.h"
#include "storagelog.h"
#include "verifiedfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QThread>
#include <QFileInfo>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Parlance::Storage {

using Sqlite::Database;

namespace {

quint32 be32(const QByteArray &bytes, int offset)
{
    if (bytes.size() < offset + 4)
        return 0;
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData()) + offset;
    return quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | quint32(b[3]);
}

quint32 pageSizeOf(const QByteArray &header)
{
    if (header.size() < 18)
        return 0;
    const quint32 v = quint32(uchar(header[16])) << 8 | uchar(header[17]);
    return v == 1 ? 65536 : v;
}

bool isSqliteHeader(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayView("SQLite format 3\0", 16));
}

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// Writable by the mode bits as well as by access(): root may write anywhere, but a person who made
// a file read-only means it.
bool writableByMode(const QString &path)
{
    struct stat st;
    const QByteArray name = QFile::encodeName(path);
    if (::stat(name.constData(), &st) != 0)
        return false;
    return (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0 && ::access(name.constData(), W_OK) == 0;
}

// Maps SQLite's refusal to read a file onto our codes.
Error::Code codeForOpenFailure(int code)
{
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return Error::NotSqlite;
    case SQLITE_CORRUPT:
        return Error::Corrupt;
    default:
        return code == SQLITE_IOERR_DATA ? Error::Corrupt : Error::Io;
    }
}

// SQLite refuses to load a schema it would not create itself (e.g. a trigger on an FTS shadow
// table, which defensive mode forbids): someone altered it.
bool refusedSchema(const QString &message)
{
    return message.startsWith(QLatin1StringView("malformed database schema"));
}

bool hasContent(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && info.size() > 0;
}

// Makes a new, empty project with page checksums: built under a temporary name and moved into
// place when complete, so that a crash during creation never leaves a half-made project.
bool createProject(const QString &path, Error *error)
{
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return fail(error, {Error::NotFound, Error::Problem::FolderMissing, path});
    }
    const QString partial = path + QStringLiteral(".creating");
    QFile::remove(partial);
    QString why;
    {
        Database db;
        int reserve = ChecksumVfs::reserveBytes;
        if (db.open(partial, Database::Mode::ReadWriteCreate)
            && sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) == SQLITE_OK
            && db.exec("PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL") && Schema::create(db)) {
            db.close();
            // link() never replaces: a file that appeared meanwhile under this name is kept. Where
            // there are no hard links (FAT, some network shares), rename(), which checks first.
            if (::link(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) == 0) {
                QFile::remove(partial);
                return true;
            }
            why = QString::fromLocal8Bit(std::strerror(errno));
            if (errno != EEXIST && QFile::rename(partial, path))
                return true;
        } else {
            why = DiskSpace::isFull(db.errorCode(), db.systemErrno()) ? DiskSpace::noSpaceLeft(path) : db.errorMessage();
        }
    }
    QFile::remove(partial);
    QFile::remove(partial + QStringLiteral("-journal"));
    return fail(error, {Error::Io, Error::Problem::CannotCreate, path, {}, why});
}

// Does the rollback journal `journal` belong to the database whose first 100 bytes are `header`?
// SQLite itself cannot tell: it plays any journal beside a file under the right name. A journal
// records the page size, the database's size in pages before the change, and (if the change
// touched it) the first page as it was, with the file's change counter.
bool journalBelongs(const QString &journal, const QByteArray &header, QString *why)
{
    QFile file(journal);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("it cannot be read");
        return false;
    }
    const QByteArray head = file.read(28);
    static const QByteArray magic = QByteArray::fromHex("d9d505f920a163d7");
    if (!head.startsWith(magic)) {
        *why = QStringLiteral("it is not an SQLite journal");
        return false;
    }
    const quint32 records = be32(head, 8), nonce = be32(head, 12), pagesBefore = be32(head, 16);
    const quint32 sector = be32(head, 20), pageSize = be32(head, 24);
    const quint32 filePageSize = pageSizeOf(header);
    if (pageSize != filePageSize) {
        *why = QStringLiteral("its pages are of %1 bytes, the file's of %2").arg(pageSize).arg(filePageSize);
        return false;
    }
    if (sector < 512 || sector > 65536 || (sector & (sector - 1)) != 0 || pagesBefore == 0) {
        *why = QStringLiteral("its header is damaged");
        return false;
    }
    // The first page as it was, if the change touched it: only whole records whose checksum (the
    // journal's nonce plus every 200th byte) is right count, as for SQLite.
    const qint64 recordSize = qint64(pageSize) + 8;
    const qint64 count = records == 0 || records == 0xffffffffu ? (file.size() - sector) / recordSize : records;
    QByteArray firstPage;
    if (!file.seek(sector))
        return false;
    for (qint64 i = 0; i < count && firstPage.isEmpty(); ++i) {
        const QByteArray record = file.read(recordSize);
        if (record.size() != recordSize)
            break;
        quint32 sum = nonce;
        for (qint64 x = qint64(pageSize) - 200; x >= 0; x -= 200)
            sum += uchar(record[4 + x]);
        if (sum != be32(record, 4 + int(pageSize)))
            break;
        if (be32(record, 0) == 1)
            firstPage = record.mid(4, pageSize);
    }
    const quint32 counter = be32(header, 24);
    if (!firstPage.isEmpty()) {
        const quint32 before = be32(firstPage, 24);
        if (!isSqliteHeader(firstPage) || pageSizeOf(firstPage) != filePageSize
            || !Schema::isProjectApplicationId(be32(firstPage, 68))) {
            *why = QStringLiteral("its copy of the first page is not this file's");
            return false;
        }
        if (be32(firstPage, 92) == before && be32(firstPage, 28) != pagesBefore) {
            *why = QStringLiteral("its header and its copy of the first page disagree");
            return false;
        }
        // The change counter goes up by one when a change is committed: the file has the
        // journal's, or one more if the crash came while the change was being written.
        if (counter != before && counter != before + 1) {
            *why = QStringLiteral("it was written for another version of the file (change %1; the file is at change %2)")
                       .arg(before)
                       .arg(counter);
            return false;
        }
        return true;
    }
    // The change did not touch the first page, so the file's header is as it was before it.
    if (be32(header, 92) == counter && be32(header, 28) != pagesBefore) {
        *why = QStringLiteral("it was written for a file of %1 pages; this one has %2").arg(pagesBefore).arg(be32(header, 28));
        return false;
    }
    return true;
}

} // namespace

// ---- FirstWrite ---------------------------------------------------------------------------------

bool FirstWrite::beginMigration(Database &db, int fromVersion)
{
    // The migrated pages stay in memory (no cache spill), so the file does not change until commit.
    if (!db.exec("PRAGMA cache_spill=OFF; BEGIN IMMEDIATE"))
        return false;
    if (!Schema::migrate(db, fromVersion)) {
        db.exec("ROLLBACK");
        return false;
    }
    m_migrationPending = true;
    m_fromVersion = fromVersion;
    return true;
}

void FirstWrite::verifyPagesInBackground(const QString &path)
{
    m_pageCheck = std::async(std::launch::async, [path] { return ChecksumVfs::verifyFile(path); }).share();
}

bool FirstWrite::run(Database &db, const QString &path, Error *error)
{
    if (m_done)
        return true;
    auto fail = [&](Error::Problem problem, const QStringList &args, const QString &detail) {
        return Storage::fail(error, {Error::Io, problem, path, args, detail});
    };
    if (m_pageCheck.valid()) {
        ChecksumVfs::FileCheck pages = m_pageCheck.get();
        if (pages.badPage != 0)
            pages = ChecksumVfs::verifyFile(path); // once more, now that nothing else can be reading a page half-written
        if (pages.badPage != 0) {
            m_foundDamage = true;
            VerifiedFiles::forget(path);
            return Storage::fail(error, {Error::Corrupt, Error::Problem::PageChecksum, path, {QString::number(pages.badPage)}});
        }
        m_pageCheck = {};
    }
    if (m_migrationPending || m_legacyName || m_addChecksums) {
        // The backup is of the file as it is on disk: a second connection does not see the pending migration.
        Database source;
        Error backupError;
        const bool opened = source.open(path, Database::Mode::ReadOnly);
        const QString backup = opened ? Backups::make(source, path, &backupError) : QString();
        if (backup.isEmpty())
            return fail(Error::Problem::BackupBeforeConversion, {}, opened ? backupError.message() : source.errorMessage());
        qCInfo(lcStorage) << native(path) << "backed up before conversion as" << backup;
    }
    if (m_migrationPending) {
        if (!db.exec("COMMIT"))
            return fail(Error::Problem::CannotUpgrade, {QString::number(m_fromVersion)}, db.errorMessage());
        db.exec("PRAGMA cache_spill=ON");
        m_migrationPending = false;
    }
    if (m_legacyName) {
        if (!db.exec("PRAGMA application_id=" + QByteArray::number(Schema::applicationId)))
            return fail(Error::Problem::CannotConvertParley, {}, db.errorMessage());
        m_legacyName = false;
    }
    if (m_addChecksums) {
        // Page checksums need 8 reserved bytes in every page: VACUUM rewrites the file with them.
        // Not fatal: a file without them is still checked by quick_check on every open.
        int reserve = ChecksumVfs::reserveBytes;
        sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        sqlite3_limit(db.handle(), SQLITE_LIMIT_ATTACHED, 1); // VACUUM builds the copy in an attached database
        if (!db.exec("VACUUM"))
            qCInfo(lcStorage) << native(path) << "page checksums not added:" << db.errorMessage();
        sqlite3_limit(db.handle(), SQLITE_LIMIT_ATTACHED, 0);
        m_addChecksums = false;
    }
    const QVariant mode = db.scalar("PRAGMA journal_mode=WAL");
    if (mode.toString() != QLatin1StringView("wal")) {
        const QString why = DiskSpace::isFull(db.errorCode(), db.systemErrno()) ? DiskSpace::noSpaceLeft(path) : db.errorMessage();
        return fail(Error::Problem::CannotPrepareForWriting, {}, why);
    }
    m_done = true;
    return true;
}

void FirstWrite::abandon(Database &db)
{
    if (m_migrationPending)
        db.exec("ROLLBACK");
    m_migrationPending = false;
}

// ---- ProjectOpener ------------------------------------------------------------------------------

ProjectOpener::ProjectOpener(const QString &path, const OpenOptions &options)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_shown(native(m_path))
    , m_options(options)
{
}

bool ProjectOpener::fail(Error::Code code, Error::Problem problem, const QStringList &args, const QString &detail)
{
    *m_error = Error(code, problem, m_path, args, detail);
    qCInfo(lcStorage) << "not opened:" << m_error->message();
    return false; // the connection and the lock go with the opener
}

bool ProjectOpener::open(Error *error)
{
    m_error = error ? error : &m_ownError;
    *m_error = {};
    bool recovered = false;
    return sniff() && readHeader() && decideAccess() && setAsideStrayWal() && checkBeforeRecovery(&recovered) && openChecked()
        && openWriter();
}

void ProjectOpener::handOver(Database &db, FileLock &lock, FirstWrite &firstWrite)
{
    db.adopt(m_db);
    lock = std::move(m_lock);
    firstWrite = std::move(m_firstWrite);
}

// 1. Only a regular file: opening a FIFO would wait forever, a device would be read without end.
bool ProjectOpener::sniff()
{
    const QByteArray name = QFile::encodeName(m_path);
    struct stat st;
    if (::lstat(name.constData(), &st) != 0) {
        if (errno != ENOENT)
            return fail(Error::Io, Error::Problem::CannotRead, {}, QString::fromLocal8Bit(std::strerror(errno)));
        if (!m_options.createIfMissing || m_options.readOnly)
            return fail(Error::NotFound, Error::Problem::NoSuchFile);
        if (!createProject(m_path, m_error))
            return false;
        if (::lstat(name.constData(), &st) != 0)
            return fail(Error::Io, Error::Problem::UnreadableAfterCreating);
    }
    if (S_ISLNK(st.st_mode) && ::stat(name.constData(), &st) != 0) {
        return fail(Error::NotFound, Error::Problem::DanglingSymlink, {native(QFileInfo(m_path).symLinkTarget())});
    }
    if (S_ISDIR(st.st_mode))
        return fail(Error::NotSqlite, Error::Problem::IsFolder);
    if (S_ISFIFO(st.st_mode))
        return fail(Error::NotSqlite, Error::Problem::IsFifo);
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return fail(Error::NotSqlite, Error::Problem::IsDevice);
    if (!S_ISREG(st.st_mode))
        return fail(Error::NotSqlite, Error::Problem::NotRegularFile);
    return true;
}

// 2. The raw header, read without SQLite: cheap, clear messages, and nothing can be written.
bool ProjectOpener::readHeader()
{
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return fail(Error::Io, Error::Problem::CannotRead, {}, QString::fromLocal8Bit(std::strerror(errno)));
    struct stat st;
    char bytes[100];
    ssize_t got = -1;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) { // it may have been swapped since sniff()
        m_size = st.st_size;
        got = ::pread(fd, bytes, sizeof bytes, 0);
    }
    ::close(fd);
    if (got < 0)
        return fail(Error::NotSqlite, Error::Problem::UnreadableAsFile);
    m_header = QByteArray(bytes, int(got));
    if (m_size == 0)
        return fail(Error::NotSqlite, Error::Problem::EmptyFile);
    if (!isSqliteHeader(m_header))
        return fail(Error::NotSqlite, Error::Problem::NotSqlite);
    if (m_header.size() < 100)
        return fail(Error::Corrupt, Error::Problem::TruncatedTo, {QString::number(m_size)});
    if (!Schema::isProjectApplicationId(be32(m_header, 68)))
        return fail(Error::NotParlance, Error::Problem::OtherApplication);
    // The page count in the header is valid when the change counter matches "version valid for";
    // without a -wal file it tells how long the file must be. Another Parlance may be in the middle
    // of a commit (its new header written, the file not yet grown; this read takes no SQLite lock):
    // only a file that stays short is damaged.
    for (int attempt = 0;; ++attempt) {
        if (hasContent(m_path + QStringLiteral("-wal")) || be32(m_header, 24) != be32(m_header, 92))
            return true;
        const qint64 expected = qint64(be32(m_header, 28)) * pageSizeOf(m_header);
        if (expected <= m_size)
            return true;
        if (attempt == 5)
            return fail(Error::Corrupt, Error::Problem::TruncatedOf, {QString::number(m_size), QString::number(expected)});
        QThread::msleep(20);
        const int again = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
        if (again < 0)
            return fail(Error::Io, Error::Problem::CannotRead, {}, QString::fromLocal8Bit(std::strerror(errno)));
        char header[100];
        struct stat now;
        const bool read = ::fstat(again, &now) == 0 && ::pread(again, header, sizeof header, 0) == ssize_t(sizeof header);
        ::close(again);
        if (!read)
            return fail(Error::Corrupt, Error::Problem::TruncatedTo, {QString::number(now.st_size)});
        m_size = now.st_size;
        m_header = QByteArray(header, int(sizeof header));
    }
}

// 3. Read-only or read-write? And is another Parlance writing it?
bool ProjectOpener::decideAccess()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (m_options.readOnly)
        m_readOnlyReason = QStringLiteral("opened read-only as asked");
    else if (!writableByMode(m_path))
        m_readOnlyReason = QStringLiteral("the file is read-only");
    else if (!writableByMode(folder))
        m_readOnlyReason = QStringLiteral("its folder is read-only");
    if (m_readOnlyReason.isEmpty()) {
        QString why;
        switch (m_lock.lock(m_path, &why)) {
        case FileLock::Result::Locked:
            break;
        case FileLock::Result::HeldElsewhere:
            return fail(Error::Locked, Error::Problem::OpenForWritingElsewhere);
        case FileLock::Result::Failed:
            m_readOnlyReason = QStringLiteral("cannot lock it for writing (%1)").arg(why);
            break;
        }
    }
    // A file left in WAL mode on read-only media: SQLite would need to create NAME-shm beside it.
    // With no -wal to replay, nothing but the file itself is to be read.
    const bool walMode = uchar(m_header[18]) == 2;
    if (isReadOnly() && walMode && !hasContent(m_path + QStringLiteral("-wal")) && !writableByMode(folder))
        m_immutable = true;
    if (!isReadOnly()) {
        Backups::removeLeftovers(m_path); // only the lock holder makes backups: any partial one is a leftover
        // A creation killed between giving the new file its name and removing the temporary one.
        const QString creating = m_path + QStringLiteral(".creating");
        struct stat a, b;
        if (::stat(QFile::encodeName(creating).constData(), &a) == 0 && ::stat(QFile::encodeName(m_path).constData(), &b) == 0
            && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
            QFile::remove(creating);
    }
    return true;
}

// A -wal file is replayed by SQLite whatever the file's header says: one beside a file that is not
// in WAL mode (a backup restored by hand beside an old -wal) or of another page size is not its own.
bool ProjectOpener::setAsideStrayWal()
{
    const QString wal = m_path + QStringLiteral("-wal");
    if (!hasContent(wal) && !isReadOnly())
        adoptWalOfAnotherName();
    if (!hasContent(wal) || m_immutable)
        return true;
    QString why;
    if (uchar(m_header[18]) != 2 || uchar(m_header[19]) != 2) {
        why = QStringLiteral("the file is not in WAL mode");
    } else {
        QFile file(wal);
        const QByteArray head = file.open(QIODevice::ReadOnly) ? file.read(32) : QByteArray();
        const quint32 magic = be32(head, 0);
        if (magic != 0x377f0682 && magic != 0x377f0683)
            why = QStringLiteral("it is not an SQLite WAL file");
        else if (be32(head, 8) != pageSizeOf(m_header))
            why = QStringLiteral("its pages are of %1 bytes, the file's of %2").arg(be32(head, 8)).arg(pageSizeOf(m_header));
    }
    if (why.isEmpty())
        return true;
    if (isReadOnly()) {
        m_immutable = true;
        m_notices << QStringLiteral("the %1 beside it is not its own (%2) and was ignored").arg(native(wal), why);
        return true;
    }
    const QString moved = moveAside(wal, QStringLiteral("wal"));
    if (moved.isEmpty())
        return fail(Error::Io, Error::Problem::StrayWalStuck, {native(wal), why});
    QFile::remove(m_path + QStringLiteral("-shm")); // the index of that WAL, rebuilt from the file
    m_notices << QStringLiteral("the %1 beside it was not its own (%2); it was moved to %3 and not played").arg(native(wal), why, native(moved));
    return true;
}

// SQLite names the -wal after the name a file was opened by: a writer that died while writing
// through another name of this file (a hard link in the same folder) left its committed changes in
// OTHER-wal, which SQLite would never read here, and would play later over newer changes. The lock
// is ours, so no one is writing: that WAL is taken under this name.
void ProjectOpener::adoptWalOfAnotherName()
{
    if (uchar(m_header[18]) != 2)
        return; // only a file in WAL mode has committed changes in a WAL
    struct stat mine;
    if (::stat(QFile::encodeName(m_path).constData(), &mine) != 0 || mine.st_nlink < 2)
        return;
    const QFileInfo info(m_path);
    const QStringList wals = QDir(info.absolutePath()).entryList({QStringLiteral("*-wal")}, QDir::Files | QDir::Hidden);
    for (const QString &name : wals) {
        const QString other = info.absolutePath() + QLatin1Char('/') + name.chopped(4);
        struct stat st;
        if (other == m_path || ::stat(QFile::encodeName(other).constData(), &st) != 0 || st.st_dev != mine.st_dev
            || st.st_ino != mine.st_ino || !hasContent(other + QStringLiteral("-wal")))
            continue;
        QFile::remove(other + QStringLiteral("-shm"));
        if (QFile::rename(other + QStringLiteral("-wal"), m_path + QStringLiteral("-wal"))) {
            qCInfo(lcStorage) << m_shown << "took the WAL left under its other name" << other;
            m_forceFullCheck = true;
        }
        return;
    }
}

// Moves a journal or WAL that does not belong to the file into the backup folder, by a name
// SQLite never plays. Returns the new path, empty on failure.
QString ProjectOpener::moveAside(const QString &file, const QString &kind)
{
    const QString folder = Backups::folderFor(m_path);
    if (!QDir().mkpath(folder))
        return {};
    const QString target = folder + QLatin1Char('/') + QFileInfo(m_path).completeBaseName() + QStringLiteral("-stray-") + kind
        + QLatin1Char('-') + stamp();
    QString free = target;
    for (int n = 2; QFileInfo::exists(free); ++n)
        free = target + QLatin1Char('-') + QString::number(n);
    return QFile::rename(file, free) ? free : QString();
}

// 4. The first read. A hot journal (a crash in the middle of a change in rollback mode) makes a
// read-only connection refuse: it is checked here before anything plays it.
bool ProjectOpener::checkBeforeRecovery(bool *recovered)
{
    Database probe;
    if (!probe.open(m_path, Database::Mode::ReadOnly, {.immutable = m_immutable, .verifyChecksums = true}))
        return fail(codeForOpenFailure(probe.errorCode()), Error::Problem::CannotOpen, {}, probe.errorMessage());
    if (probe.scalar("PRAGMA application_id").isValid() || probe.errorCode() != SQLITE_READONLY_ROLLBACK) {
        if ((probe.errorCode() & 0xff) == SQLITE_READONLY && probe.errorCode() != SQLITE_READONLY_ROLLBACK && !isReadOnly()) {
            // A WAL index to rebuild that a read-only connection may not write: a read-write one
            // rebuilds it (the database file itself is not written).
            probe.close();
            Database recovery;
            if (!recovery.open(m_path, Database::Mode::ReadWrite) || !recovery.scalar("SELECT count(*) FROM sqlite_schema").isValid())
                return fail(Error::Corrupt, Error::Problem::CannotRecover, {}, recovery.errorMessage());
            m_forceFullCheck = true;
        }
        return true;
    }
    probe.close();
    *recovered = true;
    return recoverHotJournal();
}

bool ProjectOpener::recoverHotJournal()
{
    const QString journal = m_path + QStringLiteral("-journal");
    // The file as it is, without its journal: refused now, unchanged, if it was altered.
    {
        Database asIs;
        if (asIs.open(m_path, Database::Mode::ReadOnly, {.immutable = true, .verifyChecksums = false})) {
            const QVariant version = asIs.scalar("PRAGMA user_version");
            if (!version.isValid() && refusedSchema(asIs.errorMessage()))
                return fail(Error::Tampered, Error::Problem::Tampered, {}, asIs.errorMessage());
            if (version.isValid() && version.toInt() >= 1 && version.toInt() <= Schema::currentVersion()) {
                const QString difference = Schema::verify(asIs, version.toInt());
                if (!difference.isEmpty() && !difference.startsWith(QLatin1StringView("cannot read")))
                    return fail(Error::Tampered, Error::Problem::Tampered, {}, difference);
            }
        }
    }
    QString why;
    if (!journalBelongs(journal, m_header, &why)) {
        if (isReadOnly()) {
            m_immutable = true;
            m_notices << QStringLiteral("the journal %1 beside it is not its own (%2) and was ignored").arg(native(journal), why);
            return true;
        }
        const QString moved = moveAside(journal, QStringLiteral("journal"));
        if (moved.isEmpty())
            return fail(Error::Io, Error::Problem::StrayJournalStuck, {native(journal), why});
        m_notices << QStringLiteral("the journal %1 beside it was not its own (%2); it was moved to %3 and not played")
                         .arg(native(journal), why, native(moved));
        return true;
    }
    if (isReadOnly())
        return fail(Error::ReadOnly, Error::Problem::RecoveryNeedsWriting, {m_readOnlyReason});

    // Its own journal: the file and the journal are copied aside first (only the newest such copy
    // is kept), then SQLite plays the journal back.
    const QString folder = Backups::folderFor(m_path);
    const QString base = QFileInfo(m_path).completeBaseName();
    const qint64 journalSize = QFileInfo(journal).size();
    const qint64 free = DiskSpace::available(QFileInfo(m_path).absolutePath());
    if (free >= 0 && free < Backups::spaceNeeded(m_size + journalSize))
        return fail(Error::Io, Error::Problem::RecoveryCannotCopyAside, {}, DiskSpace::noSpaceLeft(m_path));
    if (!QDir().mkpath(folder))
        return fail(Error::Io, Error::Problem::RecoveryFolderMissing, {native(folder)});
    const QStringList older = QDir(folder).entryList({base + QStringLiteral("-before-recovery-*")}, QDir::Files);
    const QString aside = folder + QLatin1Char('/') + base + QStringLiteral("-before-recovery-") + stamp() + QStringLiteral(".parlance");
    QFile::remove(aside);
    QFile::remove(aside + QStringLiteral(".journal"));
    if (!QFile::copy(m_path, aside) || !QFile::copy(journal, aside + QStringLiteral(".journal"))) {
        QFile::remove(aside);
        QFile::remove(aside + QStringLiteral(".journal"));
        return fail(Error::Io, Error::Problem::RecoveryCannotCopyAside);
    }
    for (const QString &name : older) {
        if (folder + QLatin1Char('/') + name != aside && folder + QLatin1Char('/') + name != aside + QStringLiteral(".journal"))
            QFile::remove(folder + QLatin1Char('/') + name);
    }
    Database recovery;
    if (!recovery.open(m_path, Database::Mode::ReadWrite) || !recovery.scalar("SELECT count(*) FROM sqlite_schema").isValid())
        return fail(Error::Corrupt, Error::Problem::CannotRecoverKeptAside, {native(aside)}, recovery.errorMessage());
    recovery.close();
    m_forceFullCheck = true;
    // The header changed: read it again for the checks that follow.
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly))
        m_header = file.read(100);
    qCInfo(lcStorage) << m_shown << "recovered after a crash; the file as it was is kept as" << aside;
    return true;
}

// 5. The checks, through a hardened read-only connection: a refused file stays byte for byte as it was.
bool ProjectOpener::openChecked()
{
    if (!m_db.open(m_path, Database::Mode::ReadOnly, {.immutable = m_immutable, .verifyChecksums = true})) {
        if (hasContent(m_path + QStringLiteral("-wal")) && !writableByMode(QFileInfo(m_path).absolutePath()))
            return fail(Error::ReadOnly, Error::Problem::WalInReadOnlyFolder, {native(m_path + QStringLiteral("-wal"))});
        return fail(codeForOpenFailure(m_db.errorCode()), Error::Problem::CannotOpen, {}, m_db.errorMessage());
    }
    int version = 0;
    if (verifyChecked(m_db, &version))
        return true;
    // Read through a -wal, the file failed its checks: if it passes them without, the -wal is not its own.
    const QString wal = m_path + QStringLiteral("-wal");
    if (m_immutable || !hasContent(wal) || (m_error->code != Error::Corrupt && m_error->code != Error::Tampered))
        return false;
    const Error refused = *m_error;
    Database without;
    if (!without.open(m_path, Database::Mode::ReadOnly, {.immutable = true, .verifyChecksums = true})
        || without.check() != QLatin1StringView("ok"))
        return false; // the file itself is damaged: refused as it was
    *m_error = {};
    m_immutable = true;
    if (isReadOnly()) {
        m_notices << QStringLiteral("the %1 beside it is not its own (%2) and was ignored").arg(native(wal), refused.message());
    } else {
        const QString moved = moveAside(wal, QStringLiteral("wal"));
        if (moved.isEmpty()) {
            *m_error = refused;
            return false;
        }
        QFile::remove(m_path + QStringLiteral("-shm"));
        m_immutable = false;
        m_notices << QStringLiteral("the %1 beside it did not fit it (%2); it was moved to %3 and not played")
                         .arg(native(wal), refused.message(), native(moved));
    }
    return m_db.open(m_path, Database::Mode::ReadOnly, {.immutable = m_immutable, .verifyChecksums = true}) && verifyChecked(m_db, &version);
}

bool ProjectOpener::verifyChecked(Database &check, int *version)
{
    const QVariant appId = check.scalar("PRAGMA application_id");
    auto failTampered = [&](const QString &why) {
        return fail(Error::Tampered, Error::Problem::Tampered, {}, why);
    };
    if (!appId.isValid()) {
        if (refusedSchema(check.errorMessage()))
            return failTampered(check.errorMessage());
        if (check.errorCode() == SQLITE_IOERR_DATA)
            return classifyDamage(check.errorMessage(), ChecksumVfs::takeLastFault());
        const Error::Code code = codeForOpenFailure(check.errorCode());
        if (code == Error::NotSqlite)
            return fail(code, Error::Problem::NotSqlite);
        return fail(code, Error::Problem::Damaged, {}, check.errorMessage());
    }
    if (!Schema::isProjectApplicationId(appId.toLongLong()))
        return fail(Error::NotParlance, Error::Problem::OtherApplication);
    m_applicationId = appId.toLongLong();
    *version = check.scalar("PRAGMA user_version").toInt();
    if (*version > Schema::currentVersion())
        return fail(Error::TooNew, Error::Problem::TooNew, {QString::number(*version), QString::number(Schema::currentVersion())});
    if (*version < 1)
        return fail(Error::Corrupt, Error::Problem::NoSchemaVersion);

    // A file this user's Parlance verified or closed cleanly and that is unchanged since (by size,
    // time and header, see verifiedfiles.h) has its page checksums verified, as fast as the disk
    // reads; anything else, and a file without checksums, gets quick_check, which reads every page
    // in use through the checksum VFS and checks the structure too.
    bool unchanged = !m_forceFullCheck && !m_immutable && uchar(m_header[20]) == ChecksumVfs::reserveBytes
        && VerifiedFiles::isUnchanged(m_path);
    if (unchanged && !isReadOnly()) {
        m_firstWrite.verifyPagesInBackground(m_path); // the first change waits for it
    } else if (unchanged) {
        const ChecksumVfs::FileCheck pages = ChecksumVfs::verifyFile(m_path);
        if (!pages.hasChecksums || !pages.error.isEmpty())
            unchanged = false;
        else if (pages.badPage != 0)
            return classifyDamage(QStringLiteral("page %1 does not match its checksum").arg(pages.badPage),
                                  qint64(pages.badPage - 1) * pageSizeOf(m_header));
    }
    if (!unchanged) {
        const QString quick = check.check();
        if (quick != QLatin1StringView("ok")) {
            VerifiedFiles::forget(m_path);
            if (refusedSchema(quick))
                return failTampered(quick);
            const qint64 fault = ChecksumVfs::takeLastFault();
            if (fault >= 0 || check.errorCode() == SQLITE_IOERR_DATA)
                return classifyDamage(quick, fault);
            const Error::Code code = codeForOpenFailure(check.errorCode());
            return fail(code == Error::Io ? Error::Corrupt : code, Error::Problem::Damaged, {}, quick);
        }
        if (!m_immutable)
            VerifiedFiles::remember(m_path);
    }
    const QString difference = Schema::verify(check, *version);
    if (!difference.isEmpty()) {
        if (check.damageSeen())
            return classifyDamage(difference, ChecksumVfs::takeLastFault());
        return failTampered(difference);
    }
    m_schemaVersion = *version;
    return true;
}

// A page does not match its checksum: changed by another program (which does not keep our
// checksums), or damaged on the disk. The schema read without verification tells which.
bool ProjectOpener::classifyDamage(const QString &problem, qint64 faultOffset)
{
    VerifiedFiles::forget(m_path);
    m_db.close();
    Database raw;
    if (raw.open(m_path, Database::Mode::ReadOnly, {.immutable = m_immutable, .verifyChecksums = false})) {
        auto failTampered = [&](const QString &why) {
            return fail(Error::Tampered, Error::Problem::Tampered, {}, why);
        };
        if (!raw.scalar("SELECT count(*) FROM sqlite_schema").isValid() && refusedSchema(raw.errorMessage()))
            return failTampered(raw.errorMessage());
        const QVariant version = raw.scalar("PRAGMA user_version");
        if (version.isValid() && version.toInt() > Schema::currentVersion())
            return fail(Error::TooNew, Error::Problem::TooNew, {QString::number(version.toInt()), QString::number(Schema::currentVersion())});
        if (version.isValid() && version.toInt() < 1)
            return fail(Error::Corrupt, Error::Problem::NoSchemaVersion);
        if (version.isValid()) {
            const QString difference = Schema::verify(raw, version.toInt());
            if (!difference.isEmpty() && !difference.startsWith(QLatin1StringView("cannot read")))
                return failTampered(difference);
        }
    }
    const quint32 pageSize = pageSizeOf(m_header);
    if (faultOffset >= 0 && pageSize > 0)
        return fail(Error::Corrupt, Error::Problem::PageChecksumOnOpen, {QString::number(faultOffset / pageSize + 1)});
    return fail(Error::Corrupt, Error::Problem::Damaged, {}, problem);
}

// 6. The connection Project keeps: the checked one when read-only, else a read-write one that has
// written nothing yet.
bool ProjectOpener::openWriter()
{
    const int version = m_schemaVersion;
    if (isReadOnly()) {
        if (version < Schema::currentVersion())
            return fail(Error::ReadOnly, Error::Problem::UpgradeNeedsWriting, {QString::number(version), QString::number(Schema::currentVersion()), m_readOnlyReason});
        m_db.exec("PRAGMA query_only=ON");
        m_firstWrite.setNothingToDo();
        return true;
    }
    m_db.close();
    if (!m_db.open(m_path, Database::Mode::ReadWrite))
        return fail(Error::Io, Error::Problem::CannotOpenForWriting, {}, m_db.errorMessage());
    if (!m_db.exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL"))
        return fail(Error::Io, Error::Problem::CannotPrepareForWriting, {}, m_db.errorMessage());
    const QString backups = native(Backups::folderFor(m_path));
    if (version < Schema::currentVersion()) {
        if (!m_firstWrite.beginMigration(m_db, version))
            return fail(Error::Io, Error::Problem::CannotUpgradeFrom, {QString::number(version)}, m_db.errorMessage());
        m_schemaVersion = Schema::currentVersion();
    }
    const bool legacyName = m_applicationId == Schema::legacyApplicationId;
    if (legacyName) {
        m_notices << QStringLiteral("was made by Parley (this app's former name); with the first change it becomes a Parlance "
                                    "project, after a backup in %1")
                         .arg(backups);
    } else if (version < Schema::currentVersion()) {
        m_notices << QStringLiteral("was made by an earlier Parlance (project version %1); with the first change it is upgraded to "
                                    "version %2, after a backup in %3")
                         .arg(version)
                         .arg(Schema::currentVersion())
                         .arg(backups);
    }
    m_firstWrite.setLegacyName(legacyName);
    m_firstWrite.setAddChecksums(uchar(m_header[20]) != ChecksumVfs::reserveBytes);
    return true;
}

} // namespace Parlance::Storage
