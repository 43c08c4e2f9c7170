// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/upgradereport.h"

#include <QCoreApplication>

class QWidget;

namespace twinatlas {

/**
 * The start-up step between provisioning the user's atlas and opening it: brings newer bundled
 * data into the user's atlas (AtlasLocation::upgradeUserAtlas, which can take seconds) on a
 * worker thread while a busy indicator shows, then tells the user what happened.
 */
class StartupUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(StartupUpgrade)

public:
    static UpgradeReport run(QWidget *parent = nullptr);
    /** The report's message: information when updated or skipped, a warning when it failed. */
    static void showReport(const UpgradeReport &report, QWidget *parent = nullptr);
};

} // namespace twinatlas
