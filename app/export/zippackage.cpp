// SPDX-License-Identifier: GPL-2.0-or-later
#include "zippackage.h"

#include <zip.h>

#include <sys/stat.h>

namespace Parlance::Export {

struct ZipPackage::Archive {
    zip_source_t *buffer = nullptr; // where libzip writes the archive
    zip_t *zip = nullptr;
    time_t time = 0;
    ~Archive()
    {
        if (zip)
            zip_discard(zip);
        if (buffer)
            zip_source_free(buffer);
    }
};

namespace {
QString describe(zip_error_t *error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}
} // namespace

ZipPackage::ZipPackage(const QDateTime &time)
    : m_archive(std::make_unique<Archive>())
{
    m_archive->time = time_t(time.isValid() ? time.toSecsSinceEpoch() : 0);
    zip_error_t error;
    zip_error_init(&error);
    m_archive->buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (m_archive->buffer)
        m_archive->zip = zip_open_from_source(m_archive->buffer, ZIP_TRUNCATE, &error);
    if (m_archive->zip)
        zip_source_keep(m_archive->buffer); // the archive frees its source on close; we read it after
    else
        m_error = describe(&error);
    zip_error_fini(&error);
}

ZipPackage::~ZipPackage() = default;

bool ZipPackage::add(const QString &name, const QByteArray &content, Compression compression)
{
    zip_t *zip = m_archive->zip;
    if (!zip)
        return false;
    m_contents.append(content);
    const QByteArray &kept = m_contents.constLast();
    zip_source_t *source = zip_source_buffer(zip, kept.constData(), zip_uint64_t(kept.size()), 0);
    const zip_int64_t index = source ? zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
        if (source)
            zip_source_free(source);
        m_error = QString::fromLocal8Bit(zip_strerror(zip));
        return false;
    }
    const zip_uint64_t entry = zip_uint64_t(index);
    const bool ok = zip_set_file_compression(zip, entry, compression == Compression::Stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) == 0
        && zip_file_set_mtime(zip, entry, m_archive->time, 0) == 0
        && zip_file_set_external_attributes(zip, entry, 0, ZIP_OPSYS_UNIX, zip_uint32_t(S_IFREG | 0644) << 16) == 0;
    if (!ok)
        m_error = QString::fromLocal8Bit(zip_strerror(zip));
    return ok;
}

QByteArray ZipPackage::finish()
{
    Archive &a = *m_archive;
    if (!a.zip)
        return {};
    if (zip_close(a.zip) != 0) {
        m_error = QString::fromLocal8Bit(zip_strerror(a.zip));
        return {};
    }
    a.zip = nullptr;
    m_contents.clear();
    QByteArray bytes;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(a.buffer, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) && zip_source_open(a.buffer) == 0) {
        bytes.resize(qsizetype(stat.size));
        const zip_int64_t read = zip_source_read(a.buffer, bytes.data(), stat.size);
        zip_source_close(a.buffer);
        if (read == zip_int64_t(stat.size))
            return bytes;
    }
    m_error = describe(zip_source_error(a.buffer));
    return {};
}

} // namespace Parlance::Export
