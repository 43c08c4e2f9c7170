// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace twinatlas::bench {

/** Prints one figure as a line `name value unit`, and keeps it for the budget summary. */
class BenchReport
{
public:
    void figure(const QString &name, double value, const QString &unit, double budget = -1);
    /** Percentile (0..100) of a set of samples, nearest rank. */
    static double percentile(QVector<double> samples, double p);
    /** Lines of the figures that exceed their budget. */
    QStringList overBudget() const { return m_overBudget; }

private:
    QStringList m_overBudget;
};

} // namespace twinatlas::bench
