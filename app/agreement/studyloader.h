// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "agreementstudy.h"

namespace Parlance::Storage {
class Project;
}

namespace Parlance::Agreement {

/// Every article of the project with its annotations, and the names of its actors and categories.
StudyData loadStudy(const Storage::Project &project);

} // namespace Parlance::Agreement
