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

/// Fills in an optional Error; returns false, for `return fail(error, {...});`.
inline bool fail(Error *error, Error what)
{
    if (error)
        *error = std::move(what);
    return false;
}

/// The same error, told of the file `to` where it was of `from` (a scratch copy standing in for it).
inline Error retold(Error error, const QString &from, const QString &to)
{
    if (error.file == from)
        error.file = to;
    for (QString &arg : error.args)
        arg.replace(native(from), native(to));
    error.detail.replace(native(from), native(to));
    return error;
}

/// Words made elsewhere, kept as given (a part not moved to Error's sentences yet).
inline void setError(Error *error, Error::Code code, const QString &message)
{
    if (error)
        *error = Error::told(code, message);
}

} // namespace Parlance::Storage
