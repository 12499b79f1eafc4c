// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Stable identities: the UUIDs that name articles, actors, categories, annotations, coders and
// comparison sets in every copy of a project, so that copies can be merged (row ids differ
// between files; UUIDs do not).

#include <QString>

namespace Parlance::Storage::Identity {

/// A new random (version 4) UUID, lower-case, without braces.
QString newUuid();

/// A name-based (version 5) UUID for `name` within `base`: the same inputs always give the same
/// UUID (e.g. one coder's copy of a master's suggestion, in every distribution of that master).
QString derivedUuid(const QString &base, const QString &name);

/// True for the text form newUuid() writes.
bool isUuid(const QString &text);

} // namespace Parlance::Storage::Identity
