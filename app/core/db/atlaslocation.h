// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "upgradereport.h"

#include <QString>

namespace twinatlas {

/**
 * Where the atlas files are: the bundled database and base map beside the executable (build
 * tree) or in ../share/twinatlas (installed or unpacked package), and the user's own copy in
 * the application data folder, made from the bundled one on first start so edits survive.
 */
class AtlasLocation
{
public:
    static QString bundledAtlas();
    static QString basemap();
    static QString userAtlas();

    /**
     * Copies the bundled atlas to userAtlas() if the user has none yet; false with error set
     * when that cannot be done. The copy is written to a temporary name and renamed, so a
     * half-copied atlas never exists under the real name.
     */
    static bool provisionUserAtlas(QString *error);

    /** Where copies of the user's atlas are kept (before updates and restores). */
    static QString backupFolder();

    /**
     * The start-up step after provisionUserAtlas() and before the atlas is opened: when this
     * Twinatlas brings newer bundled data, merges it into the user's atlas, keeping every edit
     * of the user (AtlasUpgrader). Show report.message() when it is not empty.
     */
    static UpgradeReport upgradeUserAtlas();

private:
    static QString findBeside(const QString &fileName);
};

} // namespace twinatlas
