// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitehandle.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

namespace twinatlas {

sqlite3 *SqliteHandle::of(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool SqliteHandle::copy(sqlite3 *from, sqlite3 *to, QString *error, int *code)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(to));
        if (code)
            *code = sqlite3_errcode(to);
        return false;
    }
    int rc = SQLITE_OK;
    int busyRounds = 0;
    // In steps, so that a writer elsewhere is not held off for the whole copy; a change made
    // by another connection restarts the copy, which then still yields one consistent state.
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        rc = sqlite3_backup_step(backup, 1024);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busyRounds > 500)
                break;
            QThread::msleep(10);
        }
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finish != SQLITE_OK) {
        const int failure = rc != SQLITE_DONE ? rc : finish;
        if (error)
            *error = QString::fromUtf8(sqlite3_errstr(failure));
        if (code)
            *code = failure;
        return false;
    }
    return true;
}

} // namespace twinatlas
