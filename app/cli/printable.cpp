// SPDX-License-Identifier: GPL-2.0-or-later
#include "printable.h"

namespace Parlance::Cli {

namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

} // namespace

QString printable(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && !needsEscape(text[i].unicode()))
        ++i;
    if (i == text.size())
        return text.toString();
    QString out = text.first(i).toString();
    out.reserve(text.size() + 16);
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!needsEscape(c)) {
            out += QChar(c);
        } else if (c == u'\n') {
            out += QLatin1StringView("\\n");
        } else if (c == u'\r') {
            out += QLatin1StringView("\\r");
        } else if (c == u'\t') {
            out += QLatin1StringView("\\t");
        } else {
            const QString hex = QString::number(uint(c), 16).toUpper();
            if (c < 0x100)
                out += QLatin1StringView("\\x") + hex.rightJustified(2, u'0');
            else
                out += QLatin1StringView("\\u{") + hex.rightJustified(4, u'0') + u'}';
        }
    }
    return out;
}

} // namespace Parlance::Cli
