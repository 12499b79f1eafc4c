// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The storage layer's logging category, declared once for its files. Quiet by default: failures
// reach people through Error; QT_LOGGING_RULES="parlance.storage.info=true" shows more.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
