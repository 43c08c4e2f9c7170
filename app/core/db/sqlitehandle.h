// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;
struct sqlite3;

namespace twinatlas {

/**
 * The sqlite3 connection under a Qt SQL connection, for what Qt does not offer (the online
 * backup API). Debian's Qt SQLite plugin uses the system libsqlite3, the one we link, so the
 * handle may be passed to its functions.
 */
class SqliteHandle
{
public:
    /** The connection's handle, or nullptr if it is not an open QSQLITE connection. */
    static sqlite3 *of(const QSqlDatabase &db);

    /**
     * Copies the database "main" of from into "main" of to with sqlite3_backup, retrying while
     * the source is busy; false with error (and SQLite's result code) set on failure.
     */
    static bool copy(sqlite3 *from, sqlite3 *to, QString *error, int *code = nullptr);
};

} // namespace twinatlas
