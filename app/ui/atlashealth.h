// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqlfailure.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QWidget;

namespace twinatlas {

class AtlasDatabase;

/** What the check after opening found. */
struct AtlasHealthReport
{
    bool sound = true;
    bool stopped = false;
    QStringList problems;
    /** Why the check could not read the file (a disk error), as a sentence; damage or not. */
    QString failure;
    bool failureIsDamage = false;
};

/**
 * Watches the window's atlas for damage: SQLite's quick_check over every page, off the UI
 * thread, once the window is up (unless opening it just ran one), and every read that fails
 * anywhere (ReadFailures). The first damage is said once, in a message that names the file and
 * what is wrong; edits go off, so that nothing is written onto damaged pages, and the user can
 * choose a way out (restore a backup, start again), which closes the window for it.
 */
class AtlasHealth : public QObject
{
    Q_OBJECT

public:
    /** Listens to the atlas's reads from now on: make it before the window reads anything. */
    explicit AtlasHealth(AtlasDatabase &atlas, QObject *parent = nullptr);
    ~AtlasHealth() override;

    /** The window the message belongs to. */
    void setWindow(QWidget *window) { m_window = window; }
    /** Starts the check in the background (nothing if the open ran it already). */
    void start();
    bool isChecking() const { return m_watcher.isRunning(); }

    /** The damage found, as the message says it; empty while there is none. */
    QString damage() const { return m_damage; }
    /** The message box that said it, while it is open (tests). */
    QMessageBox *notice() const { return m_notice; }

signals:
    /** The check in the background ended; sound unless it found damage. */
    void checked(bool sound);
    /** Damage was found: the window turns edits off and says why. */
    void damaged(const QString &message);
    /** The user asked for the ways out: the window is to close, and StartupAtlas to offer them. */
    void wayOutRequested();

private:
    void readFailed(const SqlFailure &failure);
    void checkFinished();
    void report(const QString &message, bool isDamage);

    AtlasDatabase &m_atlas;
    QPointer<QWidget> m_window;
    QFutureWatcher<AtlasHealthReport> m_watcher;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    QString m_damage;
    bool m_toldFailure = false;
    QPointer<QMessageBox> m_notice;
};

} // namespace twinatlas
