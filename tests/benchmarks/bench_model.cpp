// SPDX-License-Identifier: GPL-2.0-or-later
// Prints how fast offsets convert between UTF-16 and code points on a large text with emoji, the
// conversion every code-point boundary (analyze JSON, W3C selectors) pays.

#include "model/span.h"

#include <QElapsedTimer>
#include <QString>
#include <cstdio>

int main()
{
    QString text;
    const QString chunk = QStringLiteral("Talks resumed in Vienna \U0001F30D on Tuesday, officials said. ");
    while (text.size() < 4 * 1024 * 1024)
        text += chunk;

    QElapsedTimer timer;
    timer.start();
    const Parlance::Model::CodePointMap map(text);
    const qint64 buildNs = timer.nsecsElapsed();

    timer.restart();
    qint64 sum = 0;
    constexpr int lookups = 1'000'000;
    for (int i = 0; i < lookups; ++i)
        sum += map.toCodePoint(int((qint64(i) * 7919) % text.size()));
    const qint64 lookupNs = timer.nsecsElapsed();

    std::printf("text: %.1f MB (UTF-16 units: %lld)\n", text.size() * 2 / 1e6, qint64(text.size()));
    std::printf("CodePointMap build: %.2f ms\n", buildNs / 1e6);
    std::printf("toCodePoint: %.1f ns per lookup (checksum %lld)\n", double(lookupNs) / lookups, sum);
    return 0;
}
