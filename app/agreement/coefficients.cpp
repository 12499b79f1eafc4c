// SPDX-License-Identifier: GPL-2.0-or-later
#include "coefficients.h"

#include <QList>

#include <algorithm>
#include <numeric>

namespace Parlance::Agreement {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// Exact agreement within rounding: Po computed as a sum of fractions may land a hair below 1.
bool isOne(double x)
{
    return std::abs(1.0 - x) < 1e-12;
}

Coefficient chanceCorrected(double observed, double expected, int units)
{
    Coefficient c;
    c.observed = observed;
    c.expected = expected;
    c.units = units;
    if (units == 0)
        return c;
    if (isOne(observed))
        c.value = 1.0;
    else if (!isOne(expected))
        c.value = (observed - expected) / (1.0 - expected);
    return c;
}

// n_uk: how many coders gave value k to unit u, for the pairable units.
struct Counts {
    QList<QList<int>> perUnit; // [unit][value]
    QList<int> raters;         // per unit
    int values = 0;
};

Counts countValues(const RatingTable &table)
{
    Counts counts;
    counts.values = int(table.values().size());
    for (int u = 0; u < table.unitCount(); ++u) {
        QList<int> row(counts.values, 0);
        int m = 0;
        for (int c = 0; c < table.coderCount(); ++c) {
            const int v = table.valueIndex(u, c);
            if (v >= 0) {
                ++row[v];
                ++m;
            }
        }
        if (m < 2)
            continue;
        counts.perUnit.append(row);
        counts.raters.append(m);
    }
    return counts;
}

// Po: agreeing ordered pairs of values within each unit over all pairs, averaged over units.
double observedPairAgreement(const Counts &counts)
{
    double sum = 0;
    for (qsizetype u = 0; u < counts.perUnit.size(); ++u) {
        const int m = counts.raters[u];
        double agreeing = 0;
        for (int n : counts.perUnit[u])
            agreeing += double(n) * (n - 1);
        sum += agreeing / (double(m) * (m - 1));
    }
    return sum / double(counts.perUnit.size());
}

int valuesUsed(const Counts &counts)
{
    int used = 0;
    for (int k = 0; k < counts.values; ++k) {
        const bool any = std::any_of(counts.perUnit.cbegin(), counts.perUnit.cend(), [k](const QList<int> &row) { return row[k] > 0; });
        used += any ? 1 : 0;
    }
    return used;
}

// Two coders' marginals over the units both rated.
struct TwoCoders {
    int units = 0;
    double observed = 0;
    QList<double> a, b; // proportions per value
};

TwoCoders twoCoders(const RatingTable &table, int a, int b)
{
    TwoCoders t;
    const qsizetype values = table.values().size();
    t.a.fill(0.0, values);
    t.b.fill(0.0, values);
    int agreeing = 0;
    for (int u = 0; u < table.unitCount(); ++u) {
        const int va = table.valueIndex(u, a);
        const int vb = table.valueIndex(u, b);
        if (va < 0 || vb < 0)
            continue;
        ++t.units;
        agreeing += va == vb ? 1 : 0;
        t.a[va] += 1;
        t.b[vb] += 1;
    }
    if (t.units > 0) {
        t.observed = double(agreeing) / t.units;
        for (qsizetype k = 0; k < values; ++k) {
            t.a[k] /= t.units;
            t.b[k] /= t.units;
        }
    }
    return t;
}

double numeric(const QString &value)
{
    bool ok = false;
    const double x = value.toDouble(&ok);
    return ok ? x : nan;
}

} // namespace

QString metricName(Metric metric)
{
    switch (metric) {
    case Metric::Nominal:
        return QStringLiteral("nominal");
    case Metric::Ordinal:
        return QStringLiteral("ordinal");
    case Metric::Interval:
        return QStringLiteral("interval");
    case Metric::Ratio:
        return QStringLiteral("ratio");
    }
    return {};
}

Coefficient percentAgreement(const RatingTable &table)
{
    const Counts counts = countValues(table);
    Coefficient c;
    c.units = int(counts.perUnit.size());
    if (c.units > 0)
        c.value = c.observed = observedPairAgreement(counts);
    return c;
}

Coefficient cohenKappa(const RatingTable &table, int a, int b)
{
    const TwoCoders t = twoCoders(table, a, b);
    double expected = 0;
    for (qsizetype k = 0; k < t.a.size(); ++k)
        expected += t.a[k] * t.b[k];
    return chanceCorrected(t.observed, expected, t.units);
}

Coefficient scottPi(const RatingTable &table, int a, int b)
{
    const TwoCoders t = twoCoders(table, a, b);
    double expected = 0;
    for (qsizetype k = 0; k < t.a.size(); ++k) {
        const double p = (t.a[k] + t.b[k]) / 2;
        expected += p * p;
    }
    return chanceCorrected(t.observed, expected, t.units);
}

Coefficient bennettS(const RatingTable &table, int a, int b)
{
    const TwoCoders t = twoCoders(table, a, b);
    int used = 0;
    for (qsizetype k = 0; k < t.a.size(); ++k)
        used += t.a[k] + t.b[k] > 0 ? 1 : 0;
    return chanceCorrected(t.observed, used > 0 ? 1.0 / used : nan, t.units);
}

Coefficient fleissKappa(const RatingTable &table)
{
    const Counts counts = countValues(table.complete());
    const int units = int(counts.perUnit.size());
    if (units == 0)
        return {};
    const int m = table.coderCount();
    double expected = 0;
    for (int k = 0; k < counts.values; ++k) {
        double total = 0;
        for (const QList<int> &row : counts.perUnit)
            total += row[k];
        const double p = total / (double(units) * m);
        expected += p * p;
    }
    return chanceCorrected(observedPairAgreement(counts), expected, units);
}

Coefficient gwetAc1(const RatingTable &table)
{
    const Counts counts = countValues(table);
    const int units = int(counts.perUnit.size());
    if (units == 0)
        return {};
    const int q = valuesUsed(counts);
    double expected = 0;
    if (q > 1) {
        for (int k = 0; k < counts.values; ++k) {
            double pi = 0;
            for (int u = 0; u < units; ++u)
                pi += double(counts.perUnit[u][k]) / counts.raters[u];
            pi /= units;
            expected += pi * (1 - pi);
        }
        expected /= q - 1;
    }
    return chanceCorrected(observedPairAgreement(counts), expected, units);
}

Coefficient krippendorffAlpha(const RatingTable &table, Metric metric)
{
    const Counts counts = countValues(table);
    Coefficient c;
    c.units = int(counts.perUnit.size());
    if (c.units == 0)
        return c;
    const int values = counts.values;

    // Coincidences o_ck = Σ_u n_uc·(n_uk − [c=k]) / (m_u − 1), and their marginals n_c.
    QList<double> o(qsizetype(values) * values, 0.0);
    for (int u = 0; u < c.units; ++u) {
        const QList<int> &row = counts.perUnit[u];
        const double weight = 1.0 / (counts.raters[u] - 1);
        for (int i = 0; i < values; ++i) {
            if (row[i] == 0)
                continue;
            for (int k = 0; k < values; ++k)
                o[qsizetype(i) * values + k] += weight * row[i] * (row[k] - (i == k ? 1 : 0));
        }
    }
    QList<double> n(values, 0.0);
    for (int i = 0; i < values; ++i)
        for (int k = 0; k < values; ++k)
            n[i] += o[qsizetype(i) * values + k];
    const double total = std::accumulate(n.cbegin(), n.cend(), 0.0);

    // δ² for each pair of values.
    QList<double> x(values, nan);
    for (int i = 0; i < values; ++i)
        x[i] = numeric(table.values()[i]);
    QList<int> rank(values); // values ordered by number, for the ordinal metric
    std::iota(rank.begin(), rank.end(), 0);
    std::sort(rank.begin(), rank.end(), [&](int a, int b) { return x[a] < x[b]; });
    QList<int> position(values);
    for (int r = 0; r < values; ++r)
        position[rank[r]] = r;
    auto delta2 = [&](int i, int k) -> double {
        if (i == k)
            return 0.0;
        switch (metric) {
        case Metric::Nominal:
            return 1.0;
        case Metric::Interval:
            return (x[i] - x[k]) * (x[i] - x[k]);
        case Metric::Ratio: {
            const double sum = x[i] + x[k];
            return sum == 0 ? 0.0 : ((x[i] - x[k]) / sum) * ((x[i] - x[k]) / sum);
        }
        case Metric::Ordinal: {
            int lo = position[i], hi = position[k];
            if (lo > hi)
                std::swap(lo, hi);
            double between = 0;
            for (int r = lo; r <= hi; ++r)
                between += n[rank[r]];
            between -= (n[i] + n[k]) / 2;
            return between * between;
        }
        }
        return 1.0;
    };

    double observed = 0, expected = 0;
    for (int i = 0; i < values; ++i) {
        for (int k = 0; k < values; ++k) {
            if (i == k)
                continue;
            const double d = delta2(i, k);
            observed += o[qsizetype(i) * values + k] * d;
            expected += n[i] * n[k] * d;
        }
    }
    c.observed = observed / total;
    c.expected = expected / (total * (total - 1));
    if (c.observed == 0)
        c.value = 1.0;
    else if (c.expected > 0)
        c.value = 1.0 - c.observed / c.expected;
    return c;
}

} // namespace Parlance::Agreement
