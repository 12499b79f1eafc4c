// SPDX-License-Identifier: GPL-2.0-or-later
#include "zipwriter.h"


#include <array>

namespace Parlance::Export {

namespace {

void put16(QByteArray &out, quint16 v)
{
    const std::array<char, 2> b{char(v & 0xff), char(v >> 8)};
    out.append(b.data(), 2);
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v & 0xffff));
    put16(out, quint16(v >> 16));
}

constexpr quint16 utf8Names = 1u << 11;

} // namespace

ZipWriter::ZipWriter(const QDateTime &modified)
{
    // MS-DOS date and time (local time, two-second resolution, years from 1980).
    const QDate d = modified.date();
    const QTime t = modified.time();
    if (d.isValid() && d.year() >= 1980) {
        m_dosDate = quint16(((d.year() - 1980) << 9) | (d.month() << 5) | d.day());
        m_dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    } else {
        m_dosDate = (1 << 5) | 1;
    }
}

quint32 ZipWriter::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

void ZipWriter::addFile(const QString &name, const QByteArray &data)
{
    Entry e;
    e.name = name.toUtf8();
    e.crc = crc32(data);
    e.size = quint32(data.size());
    e.offset = quint32(m_data.size());
    put32(m_data, 0x04034b50); // local file header
    put16(m_data, 10);         // version needed: 1.0 (stored)
    put16(m_data, utf8Names);
    put16(m_data, 0);          // method: stored
    put16(m_data, m_dosTime);
    put16(m_data, m_dosDate);
    put32(m_data, e.crc);
    put32(m_data, e.size);     // compressed size
    put32(m_data, e.size);
    put16(m_data, quint16(e.name.size()));
    put16(m_data, 0);          // extra field length
    m_data += e.name;
    m_data += data;
    m_entries.append(e);
}

QByteArray ZipWriter::finish() const
{
    QByteArray out = m_data;
    const quint32 directoryOffset = quint32(out.size());
    for (const Entry &e : m_entries) {
        put32(out, 0x02014b50); // central directory header
        put16(out, (3 << 8) | 20); // made by: Unix, 2.0
        put16(out, 10);
        put16(out, utf8Names);
        put16(out, 0);
        put16(out, m_dosTime);
        put16(out, m_dosDate);
        put32(out, e.crc);
        put32(out, e.size);
        put32(out, e.size);
        put16(out, quint16(e.name.size()));
        put16(out, 0);          // extra
        put16(out, 0);          // comment
        put16(out, 0);          // disk number
        put16(out, 0);          // internal attributes
        put32(out, quint32(0100644) << 16); // external attributes: a regular file, rw-r--r--
        put32(out, e.offset);
        out += e.name;
    }
    const quint32 directorySize = quint32(out.size()) - directoryOffset;
    put32(out, 0x06054b50); // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, directorySize);
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

} // namespace Parlance::Export
