// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Running the command line tools of the build environment (pdftotext, unzip, xmllint) from tests.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ParlanceTest {

struct ToolResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ToolResult runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForStarted(10000))
        return {-1, {}, "cannot start " + program.toUtf8()};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

/// White space runs as one space, for searching text that a layout may have wrapped.
inline QString simplified(const QString &text)
{
    return text.simplified();
}

} // namespace ParlanceTest
