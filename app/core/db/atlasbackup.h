// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twinatlas {

class AtlasDatabase;

/**
 * File → Back up atlas… and Restore from backup…, and the copies kept before an update. Every
 * copy goes through SQLite's online backup API, never a file copy: a database in use may have
 * committed changes still in its WAL file, and a copy of the main file alone would lose them or
 * be torn. Copies are written under a temporary name, checked, and then renamed into place.
 */
class AtlasBackup
{
public:
    /** Copies the open atlas, with every committed change, to target (replaced if it exists). */
    static bool backup(AtlasDatabase &atlas, const QString &target, QString *error);

    /** Copies an atlas file that is not open, e.g. before its schema is upgraded. */
    static bool backupFile(const QString &source, const QString &target, QString *error);

    /**
     * Replaces the open atlas's contents with the backup at backupPath. The backup is checked
     * first as AtlasDatabase checks any file (an atlas, not newer than this program, not
     * corrupt; an older schema is upgraded in a staging copy, never in the backup itself), and
     * the atlas as it was is kept in safetyCopy's folder first. After a restore, everything read
     * from the atlas must be read again.
     */
    static bool restore(AtlasDatabase &atlas, const QString &backupPath, QString *safetyCopy,
                        QString *error);

    /** Where copies of the atlas at atlasPath are kept: a backups folder beside it. */
    static QString backupFolder(const QString &atlasPath);
    /** A new file name in folder for a copy made now: atlas-<reason>-<UTC time>.sqlite. */
    static QString timestampedPath(const QString &folder, const QString &reason);
};

} // namespace twinatlas
