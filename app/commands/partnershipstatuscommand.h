// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlascommand.h"

#include <QCoreApplication>

namespace twinatlas {

/**
 * Ends, suspends, resumes or renews a partnership: one step that changes its status and adds
 * the matching event to its history, so that the two never disagree. event.type says which
 * ("ended", "suspended", "resumed" or "renewed"); ending sets the end date to the event's date,
 * and making a partnership active again clears it.
 */
class PartnershipStatusCommand : public AtlasCommand
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::PartnershipStatusCommand)

public:
    /** The status a partnership has after an event of this type. */
    static QString statusAfter(const QString &eventType);

    PartnershipStatusCommand(CommandContext &context, const EventRow &event,
                             const QVector<SourceRow> &sources);

private:
    static ChangeSet changesFor(const RowStore &rows, const EventRow &event,
                                const QVector<SourceRow> &sources);
    static QString textFor(const RowStore &rows, const EventRow &event);
};

} // namespace twinatlas
