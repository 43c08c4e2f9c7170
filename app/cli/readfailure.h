// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqlfailure.h"

namespace twinatlas {

/**
 * What a command says when a read of its atlas failed: the file and the cause (damaged, a disk
 * error, ...) on stderr, and exit status 2, as for an atlas that cannot be opened. Nothing read
 * before the failure is printed or written as if it were the answer.
 */
class ReadFailure
{
public:
    static int report(const char *command, const QString &path, const SqlFailure &failure);
};

} // namespace twinatlas
