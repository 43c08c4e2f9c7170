// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamchange.h"

#include <QLocale>
#include <QVector>

namespace twinatlas {

/**
 * The server's audit of a shared row in the words of the detail pane: "Edited by bob on
 * 3 March 2026" for the last change, and the whole history one change a line.
 */
class TeamHistoryText
{
public:
    /**
     * The last change on the server; empty when there is none, or when the row was changed
     * here after it (localModifiedAt, not yet sent): then the local provenance says more.
     */
    static QString lastChange(const QVector<TeamChange> &history, const QString &localModifiedAt,
                              const QLocale &locale = QLocale());
    /** "3 March 2026 14:02 · bob changed Status, Note", oldest first, one change a line. */
    static QString lines(const QVector<TeamChange> &history, const QLocale &locale = QLocale());
};

} // namespace twinatlas
