// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;
struct sqlite3;

namespace twinatlas {

/**
 * Why an SQLite call failed, in terms a user can act on. SQLite's result code together with
 * the system's error number tells a damaged file from a sound one that something around it
 * stops (a read-only file, folder or disk, a full disk, no permission, another program holding
 * it), so that a good atlas is never called corrupt. Qt's own texts ("Unable to fetch row")
 * are never part of it: only SQLite's.
 */
class SqlFailure
{
public:
    enum class Cause {
        None,
        Damaged, ///< the file's pages are not a sound database
        ReadOnly, ///< the file, its folder or its disk cannot be written
        DiskFull,
        NoPermission,
        Missing, ///< the file (or a -wal/-shm beside it) cannot be found
        Busy, ///< another program holds a lock on it
        Disk, ///< the disk could not be read or written (EIO)
        Other,
    };

    SqlFailure() = default;
    SqlFailure(int code, int systemError, const QString &sqliteText);

    /** The failure of q's last exec() or next(); none if it worked. Call it at once. */
    static SqlFailure of(const QSqlQuery &q);
    /** The failure of a call on db (transaction(), commit()) that returned error. */
    static SqlFailure of(const QSqlError &error, const QSqlDatabase &db);
    /** The failure of a call of SQLite's own on db that returned code. */
    static SqlFailure of(sqlite3 *db, int code);
    /**
     * Damage SQLite cannot see: rows that contradict each other (an index naming a row the
     * table lacks). what says which.
     */
    static SqlFailure inconsistency(const QString &what);

    bool isFailure() const { return m_code != 0; }
    explicit operator bool() const { return isFailure(); }
    Cause cause() const;
    bool isDamage() const { return cause() == Cause::Damaged; }
    /** SQLite's extended result code (SQLITE_CORRUPT, SQLITE_IOERR_SHMSIZE, ...). */
    int code() const { return m_code; }
    int systemError() const { return m_systemError; }
    QString sqliteText() const { return m_text; }

    /**
     * What happened, as a clause to follow a file's name: "is damaged (SQLite: “database disk
     * image is malformed”)", "cannot be written: its disk is full".
     */
    QString reason() const;
    /** A sentence naming the file: "The atlas file /a/b.sqlite is damaged (…)." */
    QString message(const QString &path) const;

private:
    int m_code = 0;
    int m_systemError = 0;
    QString m_text;
};

} // namespace twinatlas
