// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ParlanceTest {

// An RFC 4180 reader written independently of the exporter: quoted fields may hold commas,
// doubled quotes and line breaks; records end with CRLF.
inline QList<QStringList> parseCsv(const QString &csv, bool *wellFormed)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    *wellFormed = true;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < csv.size() && csv[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (fieldStarted)
                *wellFormed = false;
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < csv.size() && csv[i + 1] == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            *wellFormed = false; // a bare line break outside quotes
            field += c;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *wellFormed = false; // the last record must end with CRLF
    return rows;
}

} // namespace ParlanceTest
