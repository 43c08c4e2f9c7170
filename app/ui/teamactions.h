// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "team/teamsyncreport.h"
#include "teamsettings.h"

#include <QFutureWatcher>
#include <QObject>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QTimer;

namespace twinatlas {

class AtlasDatabase;
class PasswordKeeper;

/**
 * The team atlas in the window: File ▸ Connect to a team atlas…, Sync with the team atlas,
 * Team conflicts… and Disconnect; syncs on demand, on the user's timer and at start, each on a
 * worker thread with its own connections so that the window stays live; and a line in the
 * status bar that says when the last sync was and what came in. The sync itself is core's
 * (TeamSync); this only asks, shows and schedules.
 */
class TeamActions : public QObject
{
    Q_OBJECT

public:
    /** atlas must stay open while this lives. */
    TeamActions(AtlasDatabase &atlas, QMainWindow *window);
    ~TeamActions() override;

    void addToMenu(QMenu *file) const;
    /** Empty: writable. Otherwise syncing is off, and the status says why. */
    void setReadOnlyReason(const QString &reason);

    QAction *connectAction() const { return m_connect; }
    QAction *syncAction() const { return m_sync; }
    QAction *conflictsAction() const { return m_conflicts; }
    QAction *disconnectAction() const { return m_disconnect; }
    QLabel *statusLabel() const { return m_status; }
    bool isSyncing() const { return m_watcher.isRunning(); }

    /** For tests: the password to use instead of the keyring. */
    void setPassword(const QString &password) { m_password = password; }

public slots:
    void connectToTeam();
    /** Syncs now; interactive: a failure is also shown in a message box. */
    void syncNow(bool interactive = true);
    void showConflicts();
    void disconnectFromTeam();

signals:
    /** A sync or a settled conflict wrote into the atlas: the views should follow. */
    void atlasChanged();
    /** A sync finished, well or not. */
    void syncFinished(const twinatlas::TeamSyncReport &report);

private:
    void startSync(bool interactive);
    void finished();
    void askPassword(const QString &message, bool interactive);
    void applySettings();
    void updateStatus();
    void updateActions();
    QString keyringKey() const;

    AtlasDatabase &m_atlas;
    QMainWindow *m_window;
    PasswordKeeper *m_keeper;
    TeamSettings m_settings;
    QString m_password;
    QString m_readOnlyReason;
    QAction *m_connect;
    QAction *m_sync;
    QAction *m_conflicts;
    QAction *m_disconnect;
    QLabel *m_status;
    QTimer *m_timer;
    QFutureWatcher<TeamSyncReport> m_watcher;
    bool m_interactive = false;
    TeamSyncReport m_last;
    int m_openConflicts = 0;
};

} // namespace twinatlas
