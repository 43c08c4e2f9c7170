// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlfailure.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cerrno>
#include <sqlite3.h>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::SqlFailure", text);
}

sqlite3 *handleOf(const QSqlDriver *driver)
{
    if (!driver || !driver->isOpen())
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqlFailure fromError(const QSqlError &error, const QSqlDriver *driver)
{
    if (!error.isValid())
        return {};
    int code = error.nativeErrorCode().toInt();
    int systemError = 0;
    if (sqlite3 *db = handleOf(driver)) {
        // Qt gives the primary code; the extended one and errno say more (which file, why).
        const int extended = sqlite3_extended_errcode(db);
        if (code == 0 || (extended & 0xff) == (code & 0xff))
            code = extended;
        systemError = sqlite3_system_errno(db);
    }
    // A failure Qt found itself (a wrong bind count) has no SQLite code: a plain error.
    if (code == 0 || code == SQLITE_ROW || code == SQLITE_DONE)
        code = SQLITE_ERROR;
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return SqlFailure(code, systemError, text);
}

} // namespace

SqlFailure::SqlFailure(int code, int systemError, const QString &sqliteText)
    : m_code(code), m_systemError(systemError), m_text(sqliteText)
{
}

SqlFailure SqlFailure::of(const QSqlQuery &q)
{
    return fromError(q.lastError(), q.driver());
}

SqlFailure SqlFailure::of(const QSqlError &error, const QSqlDatabase &db)
{
    return fromError(error, db.driver());
}

SqlFailure SqlFailure::of(sqlite3 *db, int code)
{
    if (code == SQLITE_OK || code == SQLITE_ROW || code == SQLITE_DONE)
        return {};
    if (!db)
        return SqlFailure(code, 0, QString::fromUtf8(sqlite3_errstr(code)));
    const int extended = sqlite3_extended_errcode(db);
    return SqlFailure((extended & 0xff) == (code & 0xff) ? extended : code,
                      sqlite3_system_errno(db), QString::fromUtf8(sqlite3_errmsg(db)));
}

SqlFailure SqlFailure::inconsistency(const QString &what)
{
    return SqlFailure(SQLITE_CORRUPT, 0, tr("its rows contradict each other: %1").arg(what));
}

SqlFailure::Cause SqlFailure::cause() const
{
    if (m_code == 0)
        return Cause::None;
    switch (m_code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
        return Cause::Damaged;
    case SQLITE_FULL:
        return Cause::DiskFull;
    case SQLITE_READONLY:
        return Cause::ReadOnly;
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Cause::NoPermission;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Cause::Busy;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        break;
    default:
        return Cause::Other;
    }
    // An I/O failure: the system's error says whether the file or its surroundings are at fault.
    switch (m_systemError) {
    case ENOSPC:
    case EDQUOT:
        return Cause::DiskFull;
    case EROFS:
        return Cause::ReadOnly;
    case EACCES:
    case EPERM:
        return Cause::NoPermission;
    case ENOENT:
        return Cause::Missing;
    case EIO:
        return Cause::Disk;
    default:
        break;
    }
    // A page that ends before its end is a truncated file.
    if (m_code == SQLITE_IOERR_SHORT_READ)
        return Cause::Damaged;
    return (m_code & 0xff) == SQLITE_CANTOPEN ? Cause::Missing : Cause::Disk;
}

QString SqlFailure::reason() const
{
    const QString system = m_systemError ? qt_error_string(m_systemError) : m_text;
    switch (cause()) {
    case Cause::None:
        return {};
    case Cause::Damaged:
        return tr("is damaged (%1)").arg(m_text);
    case Cause::DiskFull:
        return tr("cannot be written: its disk is full");
    case Cause::ReadOnly:
        return tr("cannot be written: it, its folder or its disk is read-only (%1)").arg(system);
    case Cause::NoPermission:
        return tr("cannot be used: permission denied (%1)").arg(system);
    case Cause::Missing:
        return tr("cannot be opened: a file it needs is missing or cannot be made (%1)").arg(system);
    case Cause::Busy:
        return tr("is locked by another program (SQLite: “%1”)").arg(m_text);
    case Cause::Disk:
        return tr("could not be read from or written to its disk (%1)").arg(system);
    case Cause::Other:
        break;
    }
    return tr("could not be read (SQLite: “%1”)").arg(m_text);
}

QString SqlFailure::message(const QString &path) const
{
    return tr("The atlas file %1 %2.").arg(path, reason());
}

} // namespace twinatlas
