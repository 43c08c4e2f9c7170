// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlaslocation.h"

#include "atlasbackup.h"
#include "atlasdatabase.h"
#include "atlasupgrader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace twinatlas {

QString AtlasLocation::findBeside(const QString &fileName)
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{
            appDir + QLatin1Char('/') + fileName,
            appDir + QStringLiteral("/../share/twinatlas/") + fileName,
            appDir + QStringLiteral("/../app/") + fileName, // tools in the build tree
    };
    for (const QString &candidate : candidates)
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    return QDir::cleanPath(candidates.first());
}

QString AtlasLocation::bundledAtlas()
{
    return findBeside(QStringLiteral("twinatlas.sqlite"));
}

QString AtlasLocation::basemap()
{
    return findBeside(QStringLiteral("basemap.sqlite"));
}

QString AtlasLocation::userAtlas()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/atlas.sqlite");
}

QString AtlasLocation::backupFolder()
{
    return AtlasBackup::backupFolder(userAtlas());
}

UpgradeReport AtlasLocation::upgradeUserAtlas()
{
    return AtlasUpgrader::upgradeIfNeeded(userAtlas(), bundledAtlas(), backupFolder());
}

bool AtlasLocation::provisionUserAtlas(QString *error)
{
    const QString target = userAtlas();
    if (QFileInfo::exists(target))
        return true;
    const QString source = bundledAtlas();
    if (!QFileInfo::exists(source)) {
        *error = QCoreApplication::translate("twinatlas::AtlasLocation",
                                             "The bundled atlas %1 is missing; reinstall Twinatlas.")
                         .arg(source);
        return false;
    }
    const QString dir = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(dir)) {
        *error = QCoreApplication::translate("twinatlas::AtlasLocation",
                                             "Cannot create the folder %1 for your atlas.").arg(dir);
        return false;
    }
    const QString partial = target + QStringLiteral(".copying");
    QFile::remove(partial);
    QFile in(source);
    if (!in.copy(partial)) {
        *error = QCoreApplication::translate("twinatlas::AtlasLocation",
                                             "Cannot copy the bundled atlas to %1: %2")
                         .arg(target, in.errorString());
        QFile::remove(partial);
        return false;
    }
    QFile(partial).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    // As the window would leave it, without checking every page of the program's own atlas
    // first; the window's check in the background still does.
    AtlasDatabase::switchCopyToWal(partial, nullptr);
    if (!QFile::rename(partial, target)) {
        *error = QCoreApplication::translate("twinatlas::AtlasLocation",
                                             "Cannot move your new atlas into place at %1.").arg(target);
        QFile::remove(partial);
        return false;
    }
    return true;
}

} // namespace twinatlas
