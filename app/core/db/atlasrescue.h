// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

namespace twinatlas {

/** A copy of the atlas in its backups folder that the user can go back to. */
struct AtlasBackupFile
{
    QString path;
    QDateTime made; ///< from the name AtlasBackup gave it, else the file's time
    QString reason; ///< "manual", "before-2026.11.1", "schema-2", "before-restore"
};

/**
 * The ways out when the user's atlas cannot be opened (damaged, cut short, not an atlas, a
 * folder): go back to one of its backups, or start again from the bundled atlas. Nothing is
 * deleted: the file that failed is kept beside the new one as atlas.sqlite.broken-DATE, with
 * its -wal and -shm files, for the user or a helper to look at.
 */
class AtlasRescue
{
public:
    /** The backups of the atlas at atlasPath that are atlas files, newest first. */
    static QVector<AtlasBackupFile> backups(const QString &atlasPath);

    /**
     * Puts a checked copy of backupPath in place of the atlas at atlasPath, and the atlas
     * there before aside (brokenPath). A backup that is itself damaged is refused, and then
     * nothing has moved.
     */
    static bool restoreBackup(const QString &backupPath, const QString &atlasPath,
                              QString *brokenPath, QString *error);
    /** The same with a fresh copy of the bundled atlas: the user's edits are in brokenPath. */
    static bool startAgain(const QString &bundledPath, const QString &atlasPath,
                           QString *brokenPath, QString *error);

    /** Renames the atlas (or whatever is at atlasPath) to atlasPath.broken-DATE. */
    static bool setAside(const QString &atlasPath, QString *brokenPath, QString *error);

    /**
     * Removes the .partial files an interrupted backup or upgrade left in the backups folder
     * of atlasPath (a finished copy never keeps that name); returns how many.
     */
    static int removePartialCopies(const QString &atlasPath);
};

} // namespace twinatlas
