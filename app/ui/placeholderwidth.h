// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

namespace twinatlas {

/**
 * Makes a line edit at least as wide as its placeholder, so that the example it gives is read
 * whole (German says most things at greater length than English). The 16 pixels are the frame
 * and the text margins of the common styles, as DateField allows for its own.
 */
inline void fitPlaceholder(QLineEdit *edit)
{
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 16);
}

} // namespace twinatlas
