// SPDX-License-Identifier: GPL-2.0-or-later
#include "checksumvfs.h"

#include <QFile>

#include <sqlite3.h>

#include <cstring>
#include <mutex>
#include <set>
#include <vector>

namespace Parlance::Storage::ChecksumVfs {

namespace {

constexpr char vfsName[] = "parlance-checksums";
constexpr qint64 lockBytePage = 0x40000000; // SQLite's PENDING_BYTE: its page never holds data

thread_local qint64 lastFault = -1;

quint32 le32(const uchar *p)
{
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

quint32 be32(const uchar *p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
}

// A Fletcher-style sum over 32-bit words, seeded with the page number: any change of one byte
// changes it, a page of zeros does not match, and neither does a good page at the wrong place.
void checksum(const uchar *page, int pageSize, quint32 pageNumber, uchar out[8])
{
    quint32 a = 0x5061726Cu ^ pageNumber; // "Parl"
    quint32 b = 0x9E3779B9u * (pageNumber | 1u);
    const uchar *end = page + pageSize - reserveBytes;
    for (const uchar *p = page; p < end; p += 8) {
        a += le32(p) + b;
        b += le32(p + 4) + a;
    }
    for (int i = 0; i < 4; ++i) {
        out[i] = uchar(a >> (8 * i));
        out[4 + i] = uchar(b >> (8 * i));
    }
}

quint32 headerPageSize(const uchar *header)
{
    const quint32 v = quint32(header[16]) << 8 | header[17];
    return v == 1 ? 65536 : v;
}

bool isHeader(const void *buffer, int amount)
{
    return amount >= 100 && std::memcmp(buffer, "SQLite format 3", 16) == 0;
}

// ---- The VFS shim: every call goes to the default VFS; xRead and xWrite of the main file add checks.

struct File {
    sqlite3_file base;
    sqlite3_file *real;  // the default VFS's file, in the memory right after this struct
    bool sealed = false; // the header reserves our bytes: compute and verify
    bool verify = true;  // false when opened with ?checksums=0 (reading a damaged file on purpose)
    int pageSize = 0;
    const char *name = nullptr;
    // Page-sized writes made before the header said "sealed", in the transaction under way. The
    // pager may spill pages before it writes page 1 (a backup into a new file, the VACUUM that adds
    // checksums to an older project): those are sealed when page 1 turns checksums on.
    std::set<sqlite3_int64> writtenUnsealed;
};

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f)->real;
}

void noteHeader(File *file, const void *buffer, int amount)
{
    if (!isHeader(buffer, amount))
        return;
    const auto *h = static_cast<const uchar *>(buffer);
    file->sealed = h[20] == reserveBytes;
    file->pageSize = int(headerPageSize(h));
}

bool isPage(const File *file, int amount, sqlite3_int64 offset)
{
    return file->sealed && amount == file->pageSize && amount >= 512 && offset % amount == 0;
}

int fileClose(sqlite3_file *f)
{
    const int rc = real(f)->pMethods->xClose(real(f));
    reinterpret_cast<File *>(f)->~File();
    return rc;
}

int fileRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    auto *file = reinterpret_cast<File *>(f);
    const int rc = real(f)->pMethods->xRead(real(f), buffer, amount, offset);
    if (rc != SQLITE_OK)
        return rc; // a short read is zero-filled past the end: nothing to verify
    if (offset == 0)
        noteHeader(file, buffer, amount);
    if (file->verify && isPage(file, amount, offset)
        && !isSealed(static_cast<const uchar *>(buffer), amount, quint32(offset / amount + 1))) {
        lastFault = offset;
        sqlite3_log(SQLITE_IOERR_DATA, "page checksum mismatch at offset %lld of \"%s\"", offset, file->name);
        return SQLITE_IOERR_DATA;
    }
    return rc;
}

// Seals the pages written before checksums were turned on, reading each back from the file.
int sealEarlierWrites(File *file)
{
    std::vector<uchar> page(size_t(file->pageSize));
    for (const sqlite3_int64 offset : file->writtenUnsealed) {
        if (offset % file->pageSize != 0)
            continue;
        int rc = file->real->pMethods->xRead(file->real, page.data(), file->pageSize, offset);
        if (rc == SQLITE_IOERR_SHORT_READ)
            continue; // truncated away since
        if (rc == SQLITE_OK) {
            seal(page.data(), file->pageSize, quint32(offset / file->pageSize + 1));
            rc = file->real->pMethods->xWrite(file->real, page.data(), file->pageSize, offset);
        }
        if (rc != SQLITE_OK)
            return rc;
    }
    file->writtenUnsealed.clear();
    return SQLITE_OK;
}

int fileWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    auto *file = reinterpret_cast<File *>(f);
    const bool wasSealed = file->sealed;
    if (offset == 0)
        noteHeader(file, buffer, amount);
    if (file->sealed && !wasSealed && !file->writtenUnsealed.empty()) {
        const int rc = sealEarlierWrites(file);
        if (rc != SQLITE_OK)
            return rc;
    }
    if (!isPage(file, amount, offset)) {
        if (!file->sealed && amount >= 512 && offset % amount == 0)
            file->writtenUnsealed.insert(offset);
        return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
    }
    // SQLite's buffer is const: the sealed copy is written instead.
    thread_local std::vector<uchar> copy;
    copy.assign(static_cast<const uchar *>(buffer), static_cast<const uchar *>(buffer) + amount);
    seal(copy.data(), amount, quint32(offset / amount + 1));
    return real(f)->pMethods->xWrite(real(f), copy.data(), amount, offset);
}

int fileTruncate(sqlite3_file *f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); }
int fileSync(sqlite3_file *f, int flags)
{
    reinterpret_cast<File *>(f)->writtenUnsealed.clear(); // the transaction is complete on the disk
    return real(f)->pMethods->xSync(real(f), flags);
}
int fileSize(sqlite3_file *f, sqlite3_int64 *size) { return real(f)->pMethods->xFileSize(real(f), size); }
int fileLock(sqlite3_file *f, int level) { return real(f)->pMethods->xLock(real(f), level); }
int fileUnlock(sqlite3_file *f, int level) { return real(f)->pMethods->xUnlock(real(f), level); }
int fileCheckReservedLock(sqlite3_file *f, int *out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
int fileControl(sqlite3_file *f, int op, void *arg)
{
    if (op == SQLITE_FCNTL_VFSNAME) {
        // Say both names, as other shims do: "parlance-checksums/unix".
        const int rc = real(f)->pMethods->xFileControl(real(f), op, arg);
        if (rc == SQLITE_OK) {
            char **out = static_cast<char **>(arg);
            char *inner = *out;
            *out = sqlite3_mprintf("%s/%z", vfsName, inner);
        }
        return rc;
    }
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int fileSectorSize(sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); }
int fileDeviceCharacteristics(sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int fileShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int fileShmLock(sqlite3_file *f, int offset, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), offset, n, flags); }
void fileShmBarrier(sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); }
int fileShmUnmap(sqlite3_file *f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); }
// No memory-mapped reads: every page must pass through fileRead() to be verified.
int fileFetch(sqlite3_file *, sqlite3_int64, int, void **out)
{
    *out = nullptr;
    return SQLITE_OK;
}
int fileUnfetch(sqlite3_file *, sqlite3_int64, void *) { return SQLITE_OK; }

const sqlite3_io_methods methods = {
    3, fileClose, fileRead, fileWrite, fileTruncate, fileSync, fileSize, fileLock, fileUnlock,
    fileCheckReservedLock, fileControl, fileSectorSize, fileDeviceCharacteristics,
    fileShmMap, fileShmLock, fileShmBarrier, fileShmUnmap, fileFetch, fileUnfetch,
};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    if (!(flags & SQLITE_OPEN_MAIN_DB))
        return g_real->xOpen(g_real, name, f, flags, outFlags); // journals, WAL, temp files: as they are
    auto *file = reinterpret_cast<File *>(f);
    new (file) File;
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    file->name = name;
    file->verify = sqlite3_uri_boolean(name, "checksums", 1) != 0;
    const int rc = g_real->xOpen(g_real, name, file->real, flags, outFlags);
    // SQLite calls xClose only if pMethods is set, so set it only when the real file opened.
    file->base.pMethods = file->real->pMethods ? &methods : nullptr;
    return rc;
}

// The rest of the VFS is the default one's.
int vfsDelete(sqlite3_vfs *, const char *name, int syncDir) { return g_real->xDelete(g_real, name, syncDir); }
int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out) { return g_real->xAccess(g_real, name, flags, out); }
int vfsFullPathname(sqlite3_vfs *, const char *name, int n, char *out) { return g_real->xFullPathname(g_real, name, n, out); }
void *vfsDlOpen(sqlite3_vfs *, const char *) { return nullptr; } // never load extensions
void vfsDlError(sqlite3_vfs *, int n, char *out)
{
    if (n > 0)
        sqlite3_snprintf(n, out, "loading extensions is disabled");
}
void (*vfsDlSym(sqlite3_vfs *, void *, const char *))(void) { return nullptr; }
void vfsDlClose(sqlite3_vfs *, void *) {}
int vfsRandomness(sqlite3_vfs *, int n, char *out) { return g_real->xRandomness(g_real, n, out); }
int vfsSleep(sqlite3_vfs *, int micros) { return g_real->xSleep(g_real, micros); }
int vfsCurrentTime(sqlite3_vfs *, double *out) { return g_real->xCurrentTime(g_real, out); }
int vfsGetLastError(sqlite3_vfs *, int n, char *out) { return g_real->xGetLastError ? g_real->xGetLastError(g_real, n, out) : 0; }
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out) { return g_real->xCurrentTimeInt64(g_real, out); }
int vfsSetSystemCall(sqlite3_vfs *, const char *name, sqlite3_syscall_ptr call) { return g_real->xSetSystemCall(g_real, name, call); }
sqlite3_syscall_ptr vfsGetSystemCall(sqlite3_vfs *, const char *name) { return g_real->xGetSystemCall(g_real, name); }
const char *vfsNextSystemCall(sqlite3_vfs *, const char *name) { return g_real->xNextSystemCall(g_real, name); }

void registerVfs()
{
    sqlite3_initialize();
    g_real = sqlite3_vfs_find(nullptr);
    g_vfs = {};
    g_vfs.iVersion = std::min(g_real->iVersion, 3);
    g_vfs.szOsFile = int(sizeof(File)) + g_real->szOsFile;
    g_vfs.mxPathname = g_real->mxPathname;
    g_vfs.zName = vfsName;
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = vfsDelete;
    g_vfs.xAccess = vfsAccess;
    g_vfs.xFullPathname = vfsFullPathname;
    g_vfs.xDlOpen = vfsDlOpen;
    g_vfs.xDlError = vfsDlError;
    g_vfs.xDlSym = vfsDlSym;
    g_vfs.xDlClose = vfsDlClose;
    g_vfs.xRandomness = vfsRandomness;
    g_vfs.xSleep = vfsSleep;
    g_vfs.xCurrentTime = vfsCurrentTime;
    g_vfs.xGetLastError = vfsGetLastError;
    if (g_vfs.iVersion >= 2)
        g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    if (g_vfs.iVersion >= 3) {
        g_vfs.xSetSystemCall = vfsSetSystemCall;
        g_vfs.xGetSystemCall = vfsGetSystemCall;
        g_vfs.xNextSystemCall = vfsNextSystemCall;
    }
    sqlite3_vfs_register(&g_vfs, 0);
}

} // namespace

const char *name()
{
    static std::once_flag once;
    std::call_once(once, registerVfs);
    return vfsName;
}

void seal(uchar *page, int pageSize, quint32 pageNumber)
{
    checksum(page, pageSize, pageNumber, page + pageSize - reserveBytes);
}

bool isSealed(const uchar *page, int pageSize, quint32 pageNumber)
{
    uchar expected[8];
    checksum(page, pageSize, pageNumber, expected);
    return std::memcmp(expected, page + pageSize - reserveBytes, reserveBytes) == 0;
}

qint64 takeLastFault()
{
    const qint64 fault = lastFault;
    lastFault = -1;
    return fault;
}

namespace {

// A file read through the default VFS, not a descriptor of our own: closing a descriptor ends every
// POSIX lock of the process on the file (those of open connections included), while SQLite's VFS
// keeps such a descriptor open until the locks are gone.
class VfsReader {
public:
    explicit VfsReader(const QString &path)
        : m_vfs(sqlite3_vfs_find(nullptr))
        , m_memory(size_t(m_vfs->szOsFile), 0)
    {
        const QByteArray name = QFile::encodeName(path);
        m_name = sqlite3_create_filename(name.constData(), "", "", 0, nullptr);
        int out = 0;
        auto *file = reinterpret_cast<sqlite3_file *>(m_memory.data());
        m_open = m_name && m_vfs->xOpen(m_vfs, m_name, file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &out) == SQLITE_OK;
        m_file = file->pMethods ? file : nullptr;
    }
    ~VfsReader()
    {
        if (m_file)
            m_file->pMethods->xClose(m_file);
        sqlite3_free_filename(m_name);
    }
    bool isOpen() const { return m_open && m_file; }
    qint64 size() const
    {
        sqlite3_int64 bytes = 0;
        return m_file && m_file->pMethods->xFileSize(m_file, &bytes) == SQLITE_OK ? bytes : -1;
    }
    bool read(void *into, qint64 bytes, qint64 offset) const
    {
        return m_file && m_file->pMethods->xRead(m_file, into, int(bytes), offset) == SQLITE_OK;
    }

private:
    sqlite3_vfs *m_vfs;
    std::vector<char> m_memory;
    sqlite3_filename m_name = nullptr;
    sqlite3_file *m_file = nullptr;
    bool m_open = false;
};

} // namespace

FileCheck verifyFile(const QString &path)
{
    FileCheck result;
    const VfsReader file(path);
    if (!file.isOpen()) {
        result.error = QStringLiteral("cannot be read");
        return result;
    }
    uchar h[100];
    const qint64 fileSize = file.size();
    if (fileSize < 100 || !file.read(h, 100, 0) || !isHeader(h, 100)) {
        result.error = QStringLiteral("not an SQLite database");
        return result;
    }
    result.hasChecksums = h[20] == reserveBytes;
    if (!result.hasChecksums)
        return result;
    const int pageSize = int(headerPageSize(h));
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        result.error = QStringLiteral("an invalid page size");
        return result;
    }
    const quint32 pageCount = quint32(fileSize / pageSize);
    // The free-list leaves are never read by SQLite and may hold anything (a page freed in the
    // same transaction that allocated it is never written): skip them. Their trunk pages are
    // checked like any other page, before they are trusted.
    std::set<quint32> skipped{quint32(lockBytePage / pageSize + 1)};
    std::vector<uchar> page(size_t(pageSize), 0);
    quint32 trunk = be32(h + 32);
    for (quint32 guard = 0; trunk != 0 && trunk <= pageCount && guard < pageCount; ++guard) {
        if (!file.read(page.data(), pageSize, qint64(trunk - 1) * pageSize) || !isSealed(page.data(), pageSize, trunk)) {
            result.badPage = trunk;
            return result;
        }
        const quint32 leaves = std::min<quint32>(be32(page.data() + 4), quint32(pageSize / 4 - 2));
        for (quint32 i = 0; i < leaves; ++i)
            skipped.insert(be32(page.data() + 8 + 4 * i));
        trunk = be32(page.data());
    }
    // In large reads: as fast as the disk.
    constexpr qint64 chunkBytes = 1 << 20;
    const int perChunk = int(std::max<qint64>(1, chunkBytes / pageSize));
    std::vector<uchar> chunk(size_t(perChunk) * size_t(pageSize));
    for (quint32 first = 1; first <= pageCount; first += quint32(perChunk)) {
        const quint32 count = std::min<quint32>(quint32(perChunk), pageCount - first + 1);
        if (!file.read(chunk.data(), qint64(count) * pageSize, qint64(first - 1) * pageSize)) {
            result.error = QStringLiteral("a read failed");
            return result;
        }
        for (quint32 i = 0; i < count; ++i) {
            const quint32 number = first + i;
            if (skipped.count(number))
                continue;
            ++result.pages;
            if (!isSealed(chunk.data() + size_t(i) * size_t(pageSize), pageSize, number)) {
                result.badPage = number;
                return result;
            }
        }
    }
    return result;
}

} // namespace Parlance::Storage::ChecksumVfs
