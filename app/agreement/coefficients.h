// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The textbook agreement coefficients over a RatingTable. Every one of them ignores units that
// fewer than two coders rated. Conventions where a formula divides by zero: perfect observed
// agreement is 1 (identical coders give 1, even when they used one value only); otherwise a
// coefficient whose chance term leaves nothing to explain is undefined (NaN).
//
// References (the worked examples in tests/agreement/tst_coefficients.cpp reproduce them):
// Cohen 1960; Scott 1955; Bennett, Alpert & Goldstein 1954; Fleiss 1971; Krippendorff 2004/2011;
// Gwet 2008.

#include "ratingtable.h"

#include <cmath>
#include <limits>

namespace Parlance::Agreement {

/// A coefficient with the terms it was computed from.
struct Coefficient {
    double value = std::numeric_limits<double>::quiet_NaN();
    double observed = std::numeric_limits<double>::quiet_NaN(); ///< Po, or D_o for α
    double expected = std::numeric_limits<double>::quiet_NaN(); ///< Pe, or D_e for α
    int units = 0; ///< the units it was computed over

    bool isDefined() const { return !std::isnan(value); }
};

/// The level of measurement of Krippendorff's α: how far apart two values are.
enum class Metric { Nominal, Ordinal, Interval, Ratio };

QString metricName(Metric metric);

/// Share of agreeing pairs of values within units (Po of Fleiss and AC1).
Coefficient percentAgreement(const RatingTable &table);
/// Cohen's κ for coders `a` and `b`, over the units both rated.
Coefficient cohenKappa(const RatingTable &table, int a = 0, int b = 1);
/// Scott's π for coders `a` and `b` (Fleiss' κ of two coders).
Coefficient scottPi(const RatingTable &table, int a = 0, int b = 1);
/// Bennett, Alpert and Goldstein's S for coders `a` and `b` (chance = 1 / values used).
Coefficient bennettS(const RatingTable &table, int a = 0, int b = 1);
/// Fleiss' κ over the units every coder rated (the formula needs the same number per unit).
Coefficient fleissKappa(const RatingTable &table);
/// Krippendorff's α: any number of coders, missing values. Numeric metrics read the values
/// as numbers; the ordinal metric ranks them by their numeric value.
Coefficient krippendorffAlpha(const RatingTable &table, Metric metric = Metric::Nominal);
/// Gwet's AC1: any number of coders, missing values (the chance term over the pairable units).
Coefficient gwetAc1(const RatingTable &table);

} // namespace Parlance::Agreement
