// SPDX-License-Identifier: GPL-2.0-or-later
#include "housekeeping.h"

#include "storage/projectwriter.h"

namespace Parlance::Jobs {

bool Housekeeping::remember(const QString &key, const QVariant &value, Error *error)
{
    return Storage::ProjectWriter(m_project).setSetting(key, value, error);
}

bool Housekeeping::seedCodebook(QList<Model::CodebookCategory> &categories, Error *error)
{
    Storage::ProjectWriter writer(m_project);
    return writer.atomically([&](Error *e) {
        for (Model::CodebookCategory &c : categories)
            if (!writer.addCategory(c, e))
                return false;
        return true;
    }, error);
}

} // namespace Parlance::Jobs
