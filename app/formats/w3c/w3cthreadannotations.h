// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Commitment threads in the W3C export, as linked annotations: per thread one annotation with the
// motivation "linking" whose targets are its commitments' annotations (in step order), and per step
// one "classifying" annotation on the step's commitment whose body is its move, with the words that
// changed, the thread it belongs to and the step before.

#include "export/reportdata.h"

#include <QJsonArray>

namespace Parlance::Export {

QJsonArray commitmentThreadAnnotations(const ReportData &data);

} // namespace Parlance::Export
