// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasrescue.h"

#include "atlasbackup.h"
#include "atlasdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::AtlasRescue", text);
}

const char *sidecars[] = {"-wal", "-shm", "-journal"};

/** Puts a finished copy at staged in place of atlasPath, the old file set aside first. */
bool replaceWith(const QString &staged, const QString &atlasPath, QString *brokenPath, QString *error)
{
    if (QFileInfo::exists(atlasPath) || QFileInfo(atlasPath).isSymLink()) {
        if (!AtlasRescue::setAside(atlasPath, brokenPath, error)) {
            QFile::remove(staged);
            return false;
        }
    }
    if (!QFile::rename(staged, atlasPath)) {
        if (error)
            *error = QCoreApplication::translate("twinatlas::AtlasRescue",
                                                 "The new atlas cannot be moved into place at %1.")
                             .arg(atlasPath);
        QFile::remove(staged);
        return false;
    }
    return true;
}

} // namespace

QVector<AtlasBackupFile> AtlasRescue::backups(const QString &atlasPath)
{
    // atlas-<reason>-<yyyyMMdd-HHmmss>[-n].sqlite, the times in UTC (AtlasBackup::timestampedPath).
    static const QRegularExpression name(
            QStringLiteral("^atlas-(.+)-(\\d{8}-\\d{6})(?:-\\d+)?\\.sqlite$"));
    QVector<AtlasBackupFile> found;
    const QDir folder(AtlasBackup::backupFolder(atlasPath));
    const QFileInfoList files = folder.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (AtlasDatabase::inspectHeader(file.absoluteFilePath(), nullptr, nullptr)
            != AtlasDatabase::Problem::None)
            continue; // not an atlas this program can open: no way back
        AtlasBackupFile backup;
        backup.path = file.absoluteFilePath();
        const auto match = name.match(file.fileName());
        if (match.hasMatch()) {
            backup.reason = match.captured(1);
            backup.made = QDateTime::fromString(match.captured(2), QStringLiteral("yyyyMMdd-HHmmss"));
            backup.made.setTimeSpec(Qt::UTC);
        }
        if (!backup.made.isValid())
            backup.made = file.lastModified();
        found << backup;
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const AtlasBackupFile &a, const AtlasBackupFile &b) { return a.made > b.made; });
    return found;
}

bool AtlasRescue::setAside(const QString &atlasPath, QString *brokenPath, QString *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.broken-%2").arg(atlasPath, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.broken-%2-%3").arg(atlasPath, stamp).arg(n);
    // QFile::rename would copy a folder's name only; QDir renames files and folders alike.
    if (!QDir().rename(atlasPath, target)) {
        if (error)
            *error = tr("%1 cannot be set aside as %2; nothing was changed.").arg(atlasPath, target);
        return false;
    }
    // The -wal file holds the last changes of the file that failed: it goes with it.
    for (const char *suffix : sidecars)
        if (QFileInfo::exists(atlasPath + QLatin1String(suffix)))
            QDir().rename(atlasPath + QLatin1String(suffix), target + QLatin1String(suffix));
    if (brokenPath)
        *brokenPath = target;
    return true;
}

bool AtlasRescue::restoreBackup(const QString &backupPath, const QString &atlasPath,
                                QString *brokenPath, QString *error)
{
    const QString staged = atlasPath + QStringLiteral(".restoring");
    QString why;
    // A checked copy (AtlasBackup reads every page of it): a damaged backup replaces nothing.
    if (!AtlasBackup::backupFile(backupPath, staged, &why)) {
        if (error)
            *error = tr("The backup %1 cannot be restored: %2").arg(backupPath, why);
        return false;
    }
    return replaceWith(staged, atlasPath, brokenPath, error);
}

bool AtlasRescue::startAgain(const QString &bundledPath, const QString &atlasPath,
                             QString *brokenPath, QString *error)
{
    const QString staged = atlasPath + QStringLiteral(".copying");
    QFile::remove(staged);
    QFile in(bundledPath);
    if (!in.copy(staged)) {
        if (error)
            *error = tr("The bundled atlas %1 cannot be copied to %2: %3")
                             .arg(bundledPath, atlasPath, in.errorString());
        QFile::remove(staged);
        return false;
    }
    QFile(staged).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                 | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    AtlasDatabase::switchCopyToWal(staged, nullptr);
    return replaceWith(staged, atlasPath, brokenPath, error);
}

int AtlasRescue::removePartialCopies(const QString &atlasPath)
{
    const QDir folder(AtlasBackup::backupFolder(atlasPath));
    int removed = 0;
    for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("*.partial"), QStringLiteral("*.partial-*")},
                                                      QDir::Files))
        if (QFile::remove(file.absoluteFilePath()))
            ++removed;
    return removed;
}

} // namespace twinatlas
