// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Parlance::Cli {

/// `text` made safe to print on a terminal: control characters (C0, DEL, C1), line and paragraph
/// separators and bidirectional overrides are written as escapes (\n, \t, \x1B, \u{202E}), so
/// that a title or file name can neither break a line nor send the terminal a command
/// (ESC [2J clears the screen, ESC ]0; sets its title). Everything else is left as it is.
QString printable(QStringView text);

} // namespace Parlance::Cli
