// SPDX-License-Identifier: GPL-3.0-or-later
#include "editdistance.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstdlib>

namespace twinatlas {

int EditDistance::bounded(QStringView a, QStringView b, int max)
{
    const qsizetype n = a.size(), m = b.size();
    if (std::abs(int(n - m)) > max)
        return max + 1;
    if (n == 0 || m == 0)
        return int(std::max(n, m));
    // Three rows: the one before the previous is needed for transpositions.
    QVarLengthArray<int, 192> rows(3 * (m + 1));
    int *prev2 = rows.data(), *prev = prev2 + (m + 1), *cur = prev + (m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > max)
            return max + 1;
        int *recycled = prev2;
        prev2 = prev;
        prev = cur;
        cur = recycled;
    }
    return std::min(prev[m], max + 1);
}

} // namespace twinatlas
