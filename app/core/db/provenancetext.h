// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace twinatlas {

/**
 * Where a row comes from, in the words the detail pane uses: "From the bundled data
 * 2026.11.1", "Added by you on 3 March 2026" or "Edited by you on 3 March 2026", from the
 * origin, modified_at and data_version columns every editable row has.
 */
class ProvenanceText
{
public:
    static QString describe(const QString &origin, const QString &modifiedAt,
                            const QString &dataVersion, const QLocale &locale = QLocale());
};

} // namespace twinatlas
