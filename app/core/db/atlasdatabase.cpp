// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasdatabase.h"

#include "atlascheck.h"
#include "atlasschema.h"
#include "sqlread.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>

#include <cerrno>
#include <unistd.h>

namespace twinatlas {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("twinatlas-%1").arg(counter.fetchAndAddRelaxed(1));
}

quint32 bigEndian32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::AtlasDatabase", text);
}

/** Less free space than this where a write failed is a full disk. */
constexpr qint64 nearlyFullBytes = 1 << 20;

/**
 * Why the atlas at path cannot be written, as a clause ("its folder /a is read-only"); empty
 * when nothing stops it. access() asks the system as it will decide, for root too (an
 * immutable file) and for a read-only mount. SQLite writes its journal, or its -wal and -shm
 * files, beside the atlas: the folder must be writable as well as the file.
 */
QString notWritableReason(const QString &path, bool afterFailedWrite = false)
{
    // A free function: the context of AtlasDatabase's tr(), spelled out where lupdate reads it.
    const QString folder = QFileInfo(path).absolutePath();
    int error = 0;
    const auto denied = [&error](const QString &where) {
        const bool no = ::access(QFile::encodeName(where).constData(), W_OK) != 0;
        error = errno;
        return no;
    };
    if (denied(path)) {
        if (error == EROFS)
            return QCoreApplication::translate("twinatlas::AtlasDatabase", "the disk that holds it is read-only");
        return QCoreApplication::translate("twinatlas::AtlasDatabase", "the file is read-only (%1)").arg(qt_error_string(error));
    }
    if (denied(folder)) {
        if (error == EROFS)
            return QCoreApplication::translate("twinatlas::AtlasDatabase", "the disk that holds it is read-only");
        return QCoreApplication::translate("twinatlas::AtlasDatabase",
                                           "its folder %1 is read-only (%2), and SQLite writes its "
                                           "journal there")
                .arg(folder, qt_error_string(error));
    }
    const QStorageInfo storage(folder);
    if (afterFailedWrite && storage.isValid() && storage.bytesAvailable() < nearlyFullBytes)
        return QCoreApplication::translate("twinatlas::AtlasDatabase", "the disk that holds it is full");
    return {};
}

/** Whether a read of the file failed for what is around it, not for what is in it. */
bool isAboutTheSurroundings(const SqlFailure &failure)
{
    switch (failure.cause()) {
    case SqlFailure::Cause::ReadOnly:
    case SqlFailure::Cause::DiskFull:
    case SqlFailure::Cause::NoPermission:
    case SqlFailure::Cause::Missing:
        return true;
    default:
        return false;
    }
}

/** Byte 18 of the header: 2 for a file in WAL mode. */
bool isInWalMode(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(20).mid(18, 1) == QByteArray(1, '\x02');
}

} // namespace

AtlasDatabase::AtlasDatabase() = default;

AtlasDatabase::~AtlasDatabase()
{
    close();
}

void AtlasDatabase::close()
{
    m_lock.reset();
    m_readOnlyReason.clear();
    m_checked = false;
    m_immutable = false;
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool AtlasDatabase::fail(Problem problem, const QString &message)
{
    close();
    m_problem = problem;
    m_error = message;
    return false;
}

bool AtlasDatabase::failRead(const SqlFailure &failure)
{
    switch (failure.cause()) {
    case SqlFailure::Cause::Damaged:
        return fail(Problem::Corrupt, failure.message(m_path));
    case SqlFailure::Cause::ReadOnly:
    case SqlFailure::Cause::DiskFull:
    case SqlFailure::Cause::NoPermission:
    case SqlFailure::Cause::Missing:
    case SqlFailure::Cause::Disk:
        return fail(Problem::Unreadable, failure.message(m_path));
    default:
        return fail(Problem::Failed, failure.message(m_path));
    }
}

AtlasDatabase::Problem AtlasDatabase::inspectHeader(const QString &path, int *userVersion,
                                                    QString *error)
{
    const QFileInfo info(path);
    auto say = [error](const QString &text) {
        if (error)
            *error = text;
    };
    if (!info.exists()) {
        say(tr("The atlas file %1 is missing.").arg(path));
        return Problem::Missing;
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        say(tr("The atlas file %1 cannot be read: %2")
                    .arg(path, info.isDir() ? tr("it is a folder") : file.errorString()));
        return Problem::Unreadable;
    }
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        say(tr("%1 is not an atlas: it is not an SQLite database.").arg(path));
        return Problem::NotAnAtlas;
    }
    const quint32 appId = bigEndian32(header.constData() + 68);
    const int version = int(bigEndian32(header.constData() + 60));
    if (appId != quint32(AtlasSchema::applicationId)) {
        say(tr("%1 is not an atlas: it is an SQLite database of another program.").arg(path));
        return Problem::NotAnAtlas;
    }
    const quint32 pageSizeField = (quint32(quint8(header[16])) << 8) | quint8(header[17]);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) || info.size() % pageSize != 0) {
        say(tr("The atlas file %1 is damaged: its size does not match its page size (it may "
               "have been cut short).")
                    .arg(path));
        return Problem::Corrupt;
    }
    if (version > AtlasSchema::currentVersion()) {
        say(tr("The atlas file %1 was made by a newer Twinatlas (schema %2; this program "
               "understands up to %3). Update Twinatlas to open it.")
                    .arg(path)
                    .arg(version)
                    .arg(AtlasSchema::currentVersion()));
        return Problem::TooNew;
    }
    if (userVersion)
        *userVersion = version;
    return Problem::None;
}

bool AtlasDatabase::openConnection(const QString &path, Mode mode, bool immutable)
{
    close();
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_path = path;
    m_mode = mode;
    m_immutable = immutable && mode == Mode::ReadOnly;
    if (m_immutable) {
        // No lock and no -shm: nobody can write the file while it cannot be written here.
        m_db.setDatabaseName(QString::fromLatin1(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded())
                             + QStringLiteral("?immutable=1"));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        m_db.setDatabaseName(path);
        if (mode == Mode::ReadOnly)
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!m_db.open()) {
        const SqlFailure failure = SqlFailure::of(m_db.lastError(), m_db);
        return fail(Problem::Unreadable, failure.message(path));
    }
    return true;
}

bool AtlasDatabase::probe(bool needsMeta)
{
    QSqlQuery q(m_db);
    SqlFailure failure;
    if (!SqlRead::first(q, QStringLiteral("SELECT count(*) FROM sqlite_schema"), &failure)) {
        m_probeFailure = failure;
        return false;
    }
    if (needsMeta && !SqlRead::first(q, QStringLiteral("SELECT count(*) FROM meta"), &failure)) {
        m_probeFailure = failure;
        // Only a table that is not there makes a file not an atlas; a damaged page is damage.
        if (failure.cause() == SqlFailure::Cause::Other
            && failure.sqliteText().startsWith(QLatin1String("no such table"))) {
            fail(Problem::NotAnAtlas, tr("%1 is not an atlas: its tables are missing (%2).")
                                              .arg(m_path, failure.sqliteText()));
            return false;
        }
        return false;
    }
    m_probeFailure = {};
    return true;
}

void AtlasDatabase::configureConnection()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    // With synchronous writes, a change the window showed as done survives a crash.
    if (m_mode == Mode::ReadWrite)
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
}

bool AtlasDatabase::useWriteAheadLog()
{
    QSqlQuery q(m_db);
    SqlFailure failure;
    if (!SqlRead::first(q, QStringLiteral("PRAGMA journal_mode"), &failure))
        return failRead(failure);
    if (q.value(0).toString() == QLatin1String("wal"))
        return true;
    q.finish();
    // Switching writes the file's header: a damaged file must be found first, and left as it is.
    if (!m_checked && !verifyIntegrity())
        return false;
    // WAL: readers in other threads and processes never wait for the window's writes.
    if (!SqlRead::first(q, QStringLiteral("PRAGMA journal_mode = WAL"), &failure))
        return failWrite(failure);
    return true;
}

bool AtlasDatabase::failWrite(const SqlFailure &failure)
{
    const QString why = notWritableReason(m_path, true);
    if (!why.isEmpty())
        return failNotWritable(why);
    if (isAboutTheSurroundings(failure))
        return failNotWritable(tr("it %1").arg(failure.reason()));
    return failRead(failure);
}

bool AtlasDatabase::failNotWritable(const QString &why)
{
    fail(Problem::NotWritable, tr("The atlas file %1 cannot be changed: %2.").arg(m_path, why));
    m_notWritableReason = why;
    return false;
}

bool AtlasDatabase::switchCopyToWal(const QString &copyPath, QString *error)
{
    AtlasDatabase copy;
    if (!copy.openConnection(copyPath, Mode::ReadWrite)) {
        if (error)
            *error = copy.errorString();
        return false;
    }
    copy.m_checked = true; // a copy of what is known to be sound
    if (copy.useWriteAheadLog())
        return true;
    if (error)
        *error = copy.errorString();
    return false;
}

bool AtlasDatabase::open(const QString &path, Mode mode, Check check)
{
    m_problem = Problem::None;
    m_error.clear();
    int version = 0;
    QString error;
    const Problem header = inspectHeader(path, &version, &error);
    if (header != Problem::None)
        return fail(header, error);

    // Look at the file read-only first: a damaged or old file must not be touched.
    if (!openConnection(path, Mode::ReadOnly))
        return false;
    SqlFailure surroundings;
    if (!probe(version >= 1)) {
        if (m_problem != Problem::None)
            return false;
        surroundings = m_probeFailure;
        // A WAL file needs its -shm file beside it, which a read-only folder or disk, or a full
        // disk, does not let SQLite make: read it as an immutable file instead, as long as no
        // committed change waits in a -wal file (which immutable reading would not see).
        if (!isAboutTheSurroundings(surroundings) || !isInWalMode(path))
            return failRead(surroundings);
        if (QFileInfo(path + QStringLiteral("-wal")).size() > 0) {
            const QString why = notWritableReason(path, true);
            return fail(Problem::Unreadable,
                        tr("The atlas file %1 cannot be read: its latest changes are in %2, which "
                           "SQLite reads only where it may write beside the atlas, and %3.")
                                .arg(path, path + QStringLiteral("-wal"),
                                     why.isEmpty() ? surroundings.reason() : why));
        }
        if (!openConnection(path, Mode::ReadOnly, true))
            return false;
        if (!probe(version >= 1))
            return m_problem != Problem::None ? false : failRead(m_probeFailure);
    }
    if (check == Check::Full && !verifyIntegrity())
        return false;

    if (mode == Mode::ReadWrite) {
        if (const QString why = notWritableReason(path, surroundings.isFailure()); !why.isEmpty())
            return failNotWritable(why);
        if (surroundings)
            return failNotWritable(tr("it %1").arg(surroundings.reason()));
        const bool checked = m_checked;
        if (!openConnection(path, Mode::ReadWrite))
            return false;
        m_checked = checked;
        // The -wal and -shm files of a WAL atlas are made now: a full disk shows here.
        if (!probe(version >= 1))
            return m_problem != Problem::None ? false : failWrite(m_probeFailure);
    }
    configureConnection();
    if (mode == Mode::ReadWrite && !useWriteAheadLog())
        return false;
    if (version < AtlasSchema::currentVersion()) {
        if (mode == Mode::ReadOnly)
            return fail(Problem::Failed, tr("The atlas file %1 is of an older schema (%2) and "
                                            "was opened read-only, so it cannot be upgraded.")
                                                 .arg(path)
                                                 .arg(version));
        QString migrationError;
        if (!AtlasSchema::migrate(m_db, &migrationError))
            return fail(Problem::Failed, tr("The atlas file %1 could not be upgraded: %2")
                                                 .arg(path, migrationError));
    }
    m_schemaVersion = AtlasSchema::currentVersion();
    return true;
}

QString AtlasDatabase::lockFilePath(const QString &atlasPath)
{
    // Keyed on the file, not on the name it was given: a symbolic link or "dir/../atlas.sqlite"
    // to an atlas a window holds meets the window's lock.
    const QFileInfo info(atlasPath);
    const QString canonical = info.canonicalFilePath();
    return (canonical.isEmpty() ? info.absoluteFilePath() : canonical) + QStringLiteral(".lock");
}

bool AtlasDatabase::openForEditing(const QString &path, Check check)
{
    auto lock = std::make_unique<QLockFile>(lockFilePath(path));
    // Only a lock whose program is gone is stale; a window left open for days keeps its lock.
    lock->setStaleLockTime(0);
    QString reason;
    if (lock->tryLock(0)) {
        if (open(path, Mode::ReadWrite, check)) {
            m_lock = std::move(lock);
            return true;
        }
        if (m_problem != Problem::NotWritable)
            return false;
        // Sound, but it cannot be written: look, without edits, and say why.
        reason = tr("The atlas is open read-only, so edits are off: %1.").arg(m_notWritableReason);
    } else if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, application;
        lock->getLockInfo(&pid, &host, &application);
        reason = tr("Another Twinatlas (process %1 on %2) is using this atlas, so it is open "
                    "read-only here: you can look, but not change anything until the other "
                    "window is closed.")
                         .arg(pid)
                         .arg(host.isEmpty() ? tr("this computer") : host);
    } else {
        const QString why = notWritableReason(path, true);
        reason = why.isEmpty() ? tr("The atlas is open read-only: its lock file %1 cannot be written.")
                                         .arg(lockFilePath(path))
                               : tr("The atlas is open read-only, so edits are off: %1.").arg(why);
    }
    if (!open(path, Mode::ReadOnly, check))
        return false;
    m_readOnlyReason = reason;
    return true;
}

bool AtlasDatabase::create(const QString &path)
{
    m_problem = Problem::None;
    m_error.clear();
    if (QFileInfo::exists(path))
        return fail(Problem::Failed, tr("Cannot create the atlas %1: the file exists.").arg(path));
    if (!openConnection(path, Mode::ReadWrite))
        return false;
    configureConnection();
    m_checked = true; // nothing in it to check
    if (!useWriteAheadLog())
        return false;
    QString error;
    if (!AtlasSchema::migrate(m_db, &error))
        return fail(Problem::Failed, tr("Cannot create the atlas %1: %2").arg(path, error));
    m_schemaVersion = AtlasSchema::currentVersion();
    return true;
}

bool AtlasDatabase::openAnother(AtlasDatabase &other, Mode mode) const
{
    if (!other.openConnection(m_path, mode, m_immutable))
        return false;
    other.configureConnection();
    other.m_schemaVersion = m_schemaVersion;
    return true;
}

bool AtlasDatabase::verifyIntegrity()
{
    AtlasCheck check;
    if (check.run(m_db, AtlasCheck::Depth::Quick)) {
        m_checked = true;
        return true;
    }
    if (check.problems().isEmpty())
        return failRead(check.failure());
    return fail(Problem::Corrupt, tr("The atlas file %1 is damaged: %2")
                                          .arg(m_path, check.problems().mid(0, 3).join(QStringLiteral("; "))));
}

QString AtlasDatabase::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    SqlFailure failure;
    if (SqlRead::first(q, &failure))
        return q.value(0).toString();
    return {};
}

} // namespace twinatlas
