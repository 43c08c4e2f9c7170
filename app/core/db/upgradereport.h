// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace twinatlas {

/** What an update of the bundled data did to one kind of row. */
struct UpgradeCounts
{
    int added = 0;
    int corrected = 0;
    int removed = 0;
    /** Dropped by the new data, but kept because rows of the user still refer to them. */
    int keptInUse = 0;
};

/**
 * The outcome of AtlasUpgrader::upgradeIfNeeded(), for the message the window shows at start
 * ("142 new partnerships, 18 corrected; your 7 edits kept").
 */
struct UpgradeReport
{
    enum class Status {
        UpToDate, ///< nothing to do
        Upgraded, ///< the new bundled data came in; see the counts
        Skipped, ///< another Twinatlas has the atlas open; try at the next start
        Failed, ///< nothing was changed; see errorString
        /** The user's atlas cannot be opened at all: opening it says why, and offers ways out. */
        Unopenable,
    };

    Status status = Status::UpToDate;
    QString fromVersion;
    QString toVersion;
    QString backupPath; ///< the copy of the user's atlas made before the upgrade
    QString errorString;
    UpgradeCounts places;
    UpgradeCounts partnerships;
    UpgradeCounts events;
    UpgradeCounts sources;
    /** Rows the user added, changed or deleted, and checklist entries: all kept. */
    int userEdits = 0;
    /** One line for each row kept because the user's rows use it. */
    QStringList keptInUse;

    /** The message for the user; empty when there is nothing to say. */
    QString message() const;
};

} // namespace twinatlas
