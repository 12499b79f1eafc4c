// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The order in which a person reviews an article's pending suggestions (N and P in the window):
// reading order, from where they are, wrapping around at either end.

#include "model/annotation.h"

#include <QList>

namespace Parlance::Session {

class SuggestionQueue final {
public:
    /// The pending suggestion after (`direction` +1) or before (-1) the place a person is at: the
    /// selected annotation `currentId` at `position`, or the cursor at `position` (currentId 0).
    /// 0 when the article has no pending suggestion.
    static qint64 step(const QList<Model::Annotation> &annotations, int position, qint64 currentId, int direction);
};

} // namespace Parlance::Session
