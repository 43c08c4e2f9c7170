// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/applyresult.h"
#include "edit/changeset.h"
#include "edit/rowstore.h"

namespace twinatlas {

/**
 * What a command needs from the atlas: rows as stored, to build its ChangeSet, and a way to
 * apply one that also tells the window the atlas changed. AtlasEdits is the one real context;
 * keeping it an interface lets the commands stay ignorant of the facade and its stack.
 */
class CommandContext
{
public:
    virtual ~CommandContext() = default;

    virtual ApplyResult apply(const ChangeSet &changes) = 0;
    virtual RowStore rows() const = 0;
};

} // namespace twinatlas
