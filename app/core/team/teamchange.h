// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamkind.h"

#include <QDateTime>
#include <QString>

namespace twinatlas {

/** One entry of the server's audit: who added, changed or removed which row, and when. */
struct TeamChange
{
    qint64 id = 0; ///< the audit entry's number on the server
    TeamKind kind = TeamKind::Partnership;
    QString key;
    QString action; ///< added, changed or removed
    QString by; ///< the server's user
    QDateTime at;
    /** The changed columns as JSON: {"status": ["active", "ended"], ...}. */
    QString changes;
};

} // namespace twinatlas
