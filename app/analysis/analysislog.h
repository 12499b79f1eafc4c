// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The analysis layer's logging categories, declared once for its files.
// QT_LOGGING_RULES="parlance.analysis.*.debug=true" shows everything.
#include <QLoggingCategory>

/// Loading the word lists of resources/lexicons/.
Q_DECLARE_LOGGING_CATEGORY(lcLexicons)
/// How each commitment and its holder were found.
Q_DECLARE_LOGGING_CATEGORY(lcCommitments)
