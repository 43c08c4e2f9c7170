// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twinatlas {

/**
 * Why an edit is refused: the field at fault (a column name such as "end_date", for a form to
 * mark) and a message for the user that names the field.
 */
struct EditProblem
{
    QString field;
    QString message;
    int operation = -1; ///< index in the ChangeSet, or -1 where not from one
};

} // namespace twinatlas
