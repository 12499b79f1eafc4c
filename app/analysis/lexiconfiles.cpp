// SPDX-License-Identifier: GPL-2.0-or-later
#include "lexiconfiles.h"

#include <QDir>
#include <QFile>

namespace Parlance::Analysis {

void readLexiconFiles(const QStringList &fileNames, const QStringList &extraFolders, QStringList *warnings,
                      const std::function<void(const QString &fileName, const QString &content)> &add)
{
    QStringList folders{QStringLiteral(":/parlance/lexicons")};
    folders += extraFolders;
    for (const QString &folder : std::as_const(folders)) {
        if (!QDir(folder).exists()) {
            if (warnings)
                warnings->append(QStringLiteral("lexicon folder %1 does not exist").arg(folder));
            continue;
        }
        for (const QString &name : fileNames) {
            QFile file(folder + QLatin1Char('/') + name);
            if (!file.exists())
                continue;
            if (!file.open(QIODevice::ReadOnly)) {
                if (warnings)
                    warnings->append(QStringLiteral("lexicon %1: %2").arg(file.fileName(), file.errorString()));
                continue;
            }
            add(name, QString::fromUtf8(file.readAll()));
        }
    }
}

} // namespace Parlance::Analysis
