// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

#include <functional>

namespace Parlance::Analysis {

/// Reads lexicon files by name: first the built-in ones (:/parlance/lexicons), then those of the same
/// names in each extra folder, in order, so a user's files extend the built-in lists. A missing
/// extra folder or an unreadable file is reported in `warnings` and skipped.
void readLexiconFiles(const QStringList &fileNames, const QStringList &extraFolders, QStringList *warnings,
                      const std::function<void(const QString &fileName, const QString &content)> &add);

} // namespace Parlance::Analysis
