// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasbackup.h"

#include "atlasdatabase.h"
#include "sqlitehandle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace twinatlas {

namespace {

/** tr() for the free functions here, in the context lupdate gives them as well. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::AtlasBackup)
};

QString tr(const char *text)
{
    return Text::tr(text);
}

void removeWithSidecars(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Copies from an open connection into a new file at target, as one self-contained file in
// rollback-journal mode (a copy in WAL mode could not be opened from a read-only folder).
bool copyInto(sqlite3 *from, const QString &target, QString *error)
{
    const QString partial = target + QStringLiteral(".partial");
    removeWithSidecars(partial);
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = Text::tr("Cannot create the folder %1.").arg(folder);
        return false;
    }
    sqlite3 *to = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &to,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString why;
    int code = SQLITE_OK;
    bool ok = rc == SQLITE_OK && SqliteHandle::copy(from, to, &why, &code);
    if (rc != SQLITE_OK)
        why = QString::fromUtf8(sqlite3_errmsg(to));
    if (ok) {
        rc = sqlite3_exec(to, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        ok = rc == SQLITE_OK;
        if (!ok) {
            why = QString::fromUtf8(sqlite3_errmsg(to));
            code = sqlite3_errcode(to);
        }
    }
    // The pages are copied as they are: damage shows when the copy is read.
    bool sourceDamaged = (code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB;
    sqlite3_close(to);
    if (ok) {
        // Check the copy as any atlas is checked before it replaces anything.
        AtlasDatabase check;
        if (!check.open(partial, AtlasDatabase::Mode::ReadOnly, AtlasDatabase::Check::Full)
            && check.problem() != AtlasDatabase::Problem::Failed) { // Failed: an older schema
            ok = false;
            why = check.errorString();
            sourceDamaged = check.problem() == AtlasDatabase::Problem::Corrupt;
        }
    }
    if (ok) {
        removeWithSidecars(target);
        ok = QFile::rename(partial, target);
        if (!ok)
            why = Text::tr("it cannot be moved into place");
    }
    if (!ok) {
        removeWithSidecars(partial);
        *error = sourceDamaged ? Text::tr("the atlas to be copied is corrupt: %1").arg(why)
                               : Text::tr("Cannot write the copy %1: %2").arg(target, why);
    }
    return ok;
}

} // namespace

QString AtlasBackup::backupFolder(const QString &atlasPath)
{
    return QFileInfo(atlasPath).absolutePath() + QStringLiteral("/backups");
}

QString AtlasBackup::timestampedPath(const QString &folder, const QString &reason)
{
    const QString stamp =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QStringLiteral("%1/atlas-%2-%3.sqlite").arg(folder, reason, stamp);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1/atlas-%2-%3-%4.sqlite").arg(folder, reason, stamp).arg(n);
    return path;
}

bool AtlasBackup::backup(AtlasDatabase &atlas, const QString &target, QString *error)
{
    QString why;
    sqlite3 *from = SqliteHandle::of(atlas.connection());
    if (!from) {
        why = tr("No atlas is open.");
    } else if (QFileInfo(target).absoluteFilePath() == QFileInfo(atlas.path()).absoluteFilePath()) {
        why = tr("A backup cannot replace the atlas itself.");
    } else if (copyInto(from, target, &why)) {
        return true;
    }
    if (error)
        *error = why;
    return false;
}

bool AtlasBackup::backupFile(const QString &source, const QString &target, QString *error)
{
    sqlite3 *from = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(source).constData(), &from,
                                   SQLITE_OPEN_READONLY, nullptr);
    QString why;
    bool ok = false;
    if (rc != SQLITE_OK)
        why = tr("Cannot read %1: %2").arg(source, QString::fromUtf8(sqlite3_errmsg(from)));
    else
        ok = copyInto(from, target, &why);
    sqlite3_close(from);
    if (!ok && error)
        *error = why;
    return ok;
}

bool AtlasBackup::restore(AtlasDatabase &atlas, const QString &backupPath, QString *safetyCopy,
                          QString *error)
{
    auto failed = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!atlas.isOpen() || atlas.isReadOnly())
        return failed(tr("The atlas is not open for changes, so it cannot be restored."));
    QString why;
    if (AtlasDatabase::inspectHeader(backupPath, nullptr, &why) != AtlasDatabase::Problem::None)
        return failed(tr("%1 cannot be restored: %2").arg(backupPath, why));

    // Stage the backup beside the atlas: the checks, and an upgrade of an older schema, work on
    // the staging copy, so the backup file itself is never written.
    const QString folder = backupFolder(atlas.path());
    const QString staging = folder + QStringLiteral("/restore-staging.sqlite");
    if (!backupFile(backupPath, staging, &why))
        return failed(tr("%1 cannot be restored: %2").arg(backupPath, why));
    bool ok = false;
    {
        AtlasDatabase staged;
        if (!staged.open(staging, AtlasDatabase::Mode::ReadWrite, AtlasDatabase::Check::Full)) {
            why = tr("%1 cannot be restored: %2").arg(backupPath, staged.errorString());
        } else {
            const QString keep = timestampedPath(folder, QStringLiteral("before-restore"));
            if (!backup(atlas, keep, &why)) {
                why = tr("The atlas as it is could not be kept before the restore, so nothing "
                         "was changed: %1")
                              .arg(why);
            } else {
                if (safetyCopy)
                    *safetyCopy = keep;
                sqlite3 *to = SqliteHandle::of(atlas.connection());
                ok = SqliteHandle::copy(SqliteHandle::of(staged.connection()), to, &why);
                if (!ok)
                    why = tr("The restore failed, and the atlas is as it was: %1").arg(why);
            }
        }
    }
    removeWithSidecars(staging);
    return ok || failed(why);
}

} // namespace twinatlas
