// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasrescuedialog.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace twinatlas {

class AtlasDatabase;

/**
 * Opens the atlas the window shows. The user's own atlas first takes in newer bundled data
 * (StartupUpgrade). When the atlas cannot be opened, one dialog (AtlasRescueDialog) names the
 * file and the cause and offers the ways out, which are then taken here, until the atlas opens
 * or the user quits. A sound atlas that cannot be written opens read-only: that is no failure.
 */
class StartupAtlas
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::StartupAtlas)

public:
    struct Options
    {
        QString path;
        bool userAtlas = false; ///< the user's own copy: updated, and replaceable by the bundled one
        QString bundledPath; ///< what "Start again" copies
        /** Runs the update of the user's atlas (StartupUpgrade::run); empty: none. */
        std::function<void()> upgrade;
        /** Damage found while the atlas was open: offer the ways out at once, saying this. */
        QString problem;
    };

    /**
     * Opens the atlas into atlas; false when the user chose to quit. Once open, what was done
     * to get there (a backup restored, the failed file set aside) is in note().
     */
    bool open(AtlasDatabase &atlas, Options options, QWidget *parent = nullptr);

    /** The path finally opened (another file may have been chosen). */
    QString path() const { return m_path; }
    /** What the ways out did, for the window to say; empty if nothing. */
    QString note() const { return m_note; }

    /** Called with each dialog before it is shown (tests drive it from here). */
    void setDialogHook(std::function<void(AtlasRescueDialog &)> hook) { m_hook = std::move(hook); }

private:
    bool takeWayOut(const AtlasRescueDialog &dialog, Options &options, QString *error);

    QString m_path;
    QString m_note;
    std::function<void(AtlasRescueDialog &)> m_hook;
};

} // namespace twinatlas
