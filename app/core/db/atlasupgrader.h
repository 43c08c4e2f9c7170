// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "upgradereport.h"

#include <QString>

namespace twinatlas {

/**
 * Brings the user's atlas up to a newer bundled atlas at start, keeping every edit of the
 * user: when the bundled data_version is newer than the user's, the user's atlas is copied to
 * its backups folder (SQLite's online backup) and the new data merged in by stable uid in one
 * transaction (AtlasMerge). The window calls upgradeIfNeeded() before it opens the atlas and
 * shows report.message() when it is not empty.
 */
class AtlasUpgrader
{
public:
    static UpgradeReport upgradeIfNeeded(const QString &userPath, const QString &bundledPath);
    /** The same, keeping the copy made before the upgrade in backupFolder. */
    static UpgradeReport upgradeIfNeeded(const QString &userPath, const QString &bundledPath,
                                         const QString &backupFolder);

    /**
     * Orders data versions such as "2026.11.1" < "2026.12.0" and "test-2" < "test-10": runs of
     * digits compare as numbers, everything else as text.
     */
    static int compareDataVersions(const QString &a, const QString &b);
};

} // namespace twinatlas
