// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasdatabase.h"

#include "atlasschema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

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
        say(tr("The atlas file %1 is corrupt: its size does not match its page size.").arg(path));
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

bool AtlasDatabase::openConnection(const QString &path, Mode mode)
{
    close();
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    m_path = path;
    m_mode = mode;
    if (!m_db.open())
        return fail(Problem::Unreadable, tr("The atlas file %1 cannot be opened: %2")
                                                 .arg(path, m_db.lastError().text()));
    return true;
}

void AtlasDatabase::configureConnection()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (m_mode == Mode::ReadWrite) {
        // WAL with synchronous writes: a change the window showed as done survives a crash.
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
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
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next())
            return fail(Problem::Corrupt, tr("The atlas file %1 is corrupt: %2")
                                                  .arg(path, q.lastError().text()));
        if (version >= 1
            && (!q.exec(QStringLiteral("SELECT count(*) FROM meta")) || !q.next()))
            return fail(Problem::NotAnAtlas,
                        tr("%1 is not an atlas: its tables are missing (%2).")
                                .arg(path, q.lastError().text()));
    }
    if (check == Check::Full && !verifyIntegrity())
        return false;

    if (mode == Mode::ReadWrite) {
        if (!QFileInfo(path).isWritable())
            return fail(Problem::Unreadable,
                        tr("The atlas file %1 is read-only; it cannot be changed.").arg(path));
        if (!openConnection(path, Mode::ReadWrite))
            return false;
    }
    configureConnection();
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
    if (lock->tryLock(0)) {
        if (!open(path, Mode::ReadWrite, check))
            return false;
        m_lock = std::move(lock);
        return true;
    }
    QString reason;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, application;
        lock->getLockInfo(&pid, &host, &application);
        reason = tr("Another Twinatlas (process %1 on %2) is using this atlas, so it is open "
                    "read-only here: you can look, but not change anything until the other "
                    "window is closed.")
                         .arg(pid)
                         .arg(host.isEmpty() ? tr("this computer") : host);
    } else {
        reason = tr("The atlas is open read-only: its lock file %1 cannot be written.")
                         .arg(lockFilePath(path));
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
    QString error;
    if (!AtlasSchema::migrate(m_db, &error))
        return fail(Problem::Failed, tr("Cannot create the atlas %1: %2").arg(path, error));
    m_schemaVersion = AtlasSchema::currentVersion();
    return true;
}

bool AtlasDatabase::openAnother(AtlasDatabase &other, Mode mode) const
{
    if (!other.openConnection(m_path, mode))
        return false;
    other.configureConnection();
    other.m_schemaVersion = m_schemaVersion;
    return true;
}

bool AtlasDatabase::verifyIntegrity()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return fail(Problem::Corrupt, tr("The atlas file %1 is corrupt: %2")
                                              .arg(m_path, q.lastError().text()));
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return fail(Problem::Corrupt, tr("The atlas file %1 is corrupt: %2")
                                              .arg(m_path, problems.mid(0, 3).join(QStringLiteral("; "))));
    return true;
}

QString AtlasDatabase::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace twinatlas
