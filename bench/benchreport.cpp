// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreport.h"

#include <QTextStream>
#include <algorithm>
#include <cmath>

namespace twinatlas::bench {

void BenchReport::figure(const QString &name, double value, const QString &unit, double budget)
{
    QTextStream out(stdout);
    const QString number = QString::number(value, 'f', value < 10 ? 3 : 1);
    out << name << ' ' << number << ' ' << unit;
    if (budget >= 0)
        out << "    # budget " << budget << ' ' << unit << (value <= budget ? " ok" : " OVER");
    out << '\n';
    out.flush();
    if (budget >= 0 && value > budget)
        m_overBudget << QStringLiteral("%1 %2 %3 (budget %4)").arg(name, number, unit).arg(budget);
}

double BenchReport::percentile(QVector<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const int rank = std::clamp(int(std::ceil(p / 100.0 * samples.size())) - 1, 0, int(samples.size()) - 1);
    return samples.at(rank);
}

} // namespace twinatlas::bench
