// SPDX-License-Identifier: GPL-2.0-or-later
#include "analysislog.h"

Q_LOGGING_CATEGORY(lcLexicons, "parlance.analysis.lexicons")
Q_LOGGING_CATEGORY(lcCommitments, "parlance.analysis.commitments", QtWarningMsg)
