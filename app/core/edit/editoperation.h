// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editrows.h"

#include <variant>

namespace twinatlas {

/** Any row a change can touch. */
using EditRow = std::variant<PlaceRow, AlternateNameRow, PartnershipRow, EventRow, SourceRow,
                             PartnershipSourceRow, EventSourceRow, ChecklistRow, TombstoneRow,
                             PlaceNameRow, WikidataPlaceRow, WikidataStatementRow>;

/**
 * One step of a ChangeSet: insert, update or delete one row. An update carries the whole new
 * row; a delete needs only the row's key (id, or the key columns of rows without one).
 */
struct EditOperation
{
    enum class Action { Insert, Update, Delete };

    Action action = Action::Insert;
    EditRow row;
};

} // namespace twinatlas
