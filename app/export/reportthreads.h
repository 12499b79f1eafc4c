// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The commitment threads of an export (issue 18), built from what the export holds: its articles
// and their exported commitments, and the threads the project stores. An export of confirmed
// annotations gets the threads a person confirmed (with their exported commitments); an export with
// the suggestions also gets the proposed ones. Filled by ReportData::fromProject into
// ReportData::commitmentThreads, which the CSV, W3C and report exporters read.

#include "reportdata.h"
#include "storage/commitmentthreadrecord.h"
#include "timeline/commitmentthread.h"

namespace Parlance::Export {

QList<Timeline::CommitmentThread> commitmentThreadsOf(const ReportData &data,
                                                      const QList<Storage::CommitmentThreadRecord> &stored);

/// "confirmed" for a thread a person stored whose every step they put there, else "proposed".
QString threadStatusName(const Timeline::CommitmentThread &thread);

/// A stable IRI of a thread in exports: urn:parlance:thread:ID for a stored thread,
/// urn:parlance:thread:proposed-FIRST for a proposed one (FIRST: its first commitment's id).
QString threadIri(const Timeline::CommitmentThread &thread);

} // namespace Parlance::Export
