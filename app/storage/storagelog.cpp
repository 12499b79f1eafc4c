// SPDX-License-Identifier: GPL-2.0-or-later
#include "storagelog.h"

Q_LOGGING_CATEGORY(lcStorage, "parlance.storage", QtWarningMsg)
