// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// What the storage classes share for their messages: a path as the person's system writes it, and
// filling in an optional Error.

#include "project.h"

#include <QDir>

namespace Parlance::Storage {

inline QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

inline void setError(Error *error, Error::Code code, const QString &message)
{
    if (error) {
        error->code = code;
        error->message = message;
    }
}

} // namespace Parlance::Storage
