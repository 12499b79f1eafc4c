// SPDX-License-Identifier: GPL-2.0-or-later
#include "suggestionqueue.h"

#include <algorithm>

namespace Parlance::Session {

qint64 SuggestionQueue::step(const QList<Model::Annotation> &annotations, int position, qint64 currentId, int direction)
{
    QList<const Model::Annotation *> suggestions;
    for (const Model::Annotation &a : annotations)
        if (a.origin == Model::Origin::Suggested)
            suggestions.append(&a);
    if (suggestions.isEmpty())
        return 0;
    std::sort(suggestions.begin(), suggestions.end(), [](const Model::Annotation *a, const Model::Annotation *b) {
        return a->span.start != b->span.start ? a->span.start < b->span.start : a->id < b->id;
    });
    // After the place: further on in the text, or at the same place but later in the order.
    auto after = [&](const Model::Annotation &a) {
        return a.span.start > position || (a.span.start == position && (!currentId || a.id > currentId));
    };
    if (direction > 0) {
        for (const Model::Annotation *a : std::as_const(suggestions))
            if (a->id != currentId && after(*a))
                return a->id;
        return suggestions.first()->id;
    }
    for (auto it = suggestions.crbegin(); it != suggestions.crend(); ++it)
        if ((*it)->id != currentId && !after(**it))
            return (*it)->id;
    return suggestions.last()->id;
}

} // namespace Parlance::Session
