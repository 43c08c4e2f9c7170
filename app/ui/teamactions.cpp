// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamactions.h"

#include "db/atlasdatabase.h"
#include "passwordkeeper.h"
#include "team/teamlocalstate.h"
#include "team/teamserver.h"
#include "team/teamsync.h"
#include "teamconflictsdialog.h"
#include "teamconnectdialog.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent>

namespace twinatlas {

namespace {

// The sync on a worker thread: a connection of its own to the atlas and to the server.
TeamSyncReport syncInWorker(const AtlasDatabase *atlas, const TeamServerAddress &address,
                            const QString &password)
{
    TeamSyncReport report;
    AtlasDatabase local;
    if (!atlas->openAnother(local, AtlasDatabase::Mode::ReadWrite)) {
        report.error.kind = TeamError::Kind::Atlas;
        report.error.message = QCoreApplication::translate("twinatlas::TeamActions",
                                                           "The atlas could not be opened for the sync.");
        report.error.detail = local.errorString();
        return report;
    }
    TeamServer server;
    if (!server.open(address, password)) {
        report.error = server.error();
        return report;
    }
    return TeamSync(local, server).run();
}

} // namespace

TeamActions::TeamActions(AtlasDatabase &atlas, QMainWindow *window)
    : QObject(window),
      m_atlas(atlas),
      m_window(window),
      m_keeper(new PasswordKeeper(this)),
      m_settings(TeamSettings::load()),
      m_connect(new QAction(tr("Connect to a &Team Atlas…"), this)),
      m_sync(new QAction(tr("S&ync with the Team Atlas"), this)),
      m_conflicts(new QAction(tr("Team &Conflicts…"), this)),
      m_disconnect(new QAction(tr("&Disconnect from the Team Atlas"), this)),
      m_status(new QLabel(window)),
      m_timer(new QTimer(this))
{
    m_connect->setObjectName(QStringLiteral("teamConnectAction"));
    m_sync->setObjectName(QStringLiteral("teamSyncAction"));
    m_sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_sync->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_conflicts->setObjectName(QStringLiteral("teamConflictsAction"));
    m_disconnect->setObjectName(QStringLiteral("teamDisconnectAction"));
    m_status->setObjectName(QStringLiteral("teamStatus"));
    window->statusBar()->addPermanentWidget(m_status);
    window->addAction(m_sync);

    connect(m_connect, &QAction::triggered, this, &TeamActions::connectToTeam);
    connect(m_sync, &QAction::triggered, this, [this] { syncNow(true); });
    connect(m_conflicts, &QAction::triggered, this, &TeamActions::showConflicts);
    connect(m_disconnect, &QAction::triggered, this, &TeamActions::disconnectFromTeam);
    connect(m_timer, &QTimer::timeout, this, [this] { syncNow(false); });
    connect(&m_watcher, &QFutureWatcher<TeamSyncReport>::finished, this, &TeamActions::finished);

    // What the last sync brought, as the atlas remembers it, until this session's first.
    QHash<QString, QString> meta;
    QString error;
    TeamLocalState state(atlas.connection());
    if (state.exists(&error) && state.readMeta(&meta, &error)) {
        m_last = TeamSyncReport::fromJson(meta.value(QStringLiteral("last_report")));
        m_openConflicts = state.conflictCount(&error);
    }
    applySettings();
    if (m_settings.isConnected() && m_settings.syncAtStart)
        QTimer::singleShot(0, this, [this] { syncNow(false); });
}

TeamActions::~TeamActions()
{
    // The worker writes into the atlas: let it finish its transaction.
    m_watcher.waitForFinished();
}

void TeamActions::addToMenu(QMenu *file) const
{
    file->addAction(m_connect);
    file->addAction(m_sync);
    file->addAction(m_conflicts);
    file->addAction(m_disconnect);
}

void TeamActions::setReadOnlyReason(const QString &reason)
{
    m_readOnlyReason = reason;
    applySettings();
}

QString TeamActions::keyringKey() const
{
    return m_settings.address.displayName();
}

void TeamActions::applySettings()
{
    const bool active = m_settings.isConnected() && m_readOnlyReason.isEmpty();
    if (active && m_settings.intervalMinutes > 0)
        m_timer->start(m_settings.intervalMinutes * 60 * 1000);
    else
        m_timer->stop();
    updateActions();
    updateStatus();
}

void TeamActions::updateActions()
{
    const bool writable = m_readOnlyReason.isEmpty();
    m_connect->setEnabled(writable && !isSyncing());
    m_sync->setEnabled(writable && m_settings.isConnected() && !isSyncing());
    m_conflicts->setEnabled(writable && m_openConflicts > 0);
    m_conflicts->setText(m_openConflicts > 0 ? tr("Team &Conflicts (%1)…").arg(m_openConflicts)
                                             : tr("Team &Conflicts…"));
    m_disconnect->setEnabled(m_settings.isConnected() && !isSyncing());
}

void TeamActions::updateStatus()
{
    if (!m_settings.isConnected()) {
        m_status->clear();
        m_status->setVisible(false);
        return;
    }
    m_status->setVisible(true);
    const QString server = m_settings.address.displayName();
    if (!m_readOnlyReason.isEmpty()) {
        m_status->setText(tr("Team: not syncing (read-only)"));
        m_status->setToolTip(m_readOnlyReason);
        return;
    }
    if (isSyncing()) {
        m_status->setText(tr("Team: syncing…"));
        m_status->setToolTip(server);
        return;
    }
    if (!m_last.ok()) {
        m_status->setText(tr("Team: the last sync failed"));
        m_status->setToolTip(m_last.error.text());
        return;
    }
    if (!m_last.at.isValid()) {
        m_status->setText(tr("Team: not synced yet"));
        m_status->setToolTip(server);
        return;
    }
    const QDateTime at = m_last.at.toLocalTime();
    const QLocale locale;
    const QString when = at.date() == QDate::currentDate()
            ? locale.toString(at.time(), QLocale::ShortFormat)
            : locale.toString(at, QLocale::ShortFormat);
    TeamSyncReport shown = m_last;
    shown.conflicts = m_openConflicts;
    m_status->setText(tr("Team: synced %1 · %2").arg(when, shown.summary()));
    m_status->setToolTip(tr("Last sync with %1 at %2").arg(server, locale.toString(at, QLocale::LongFormat)));
}

void TeamActions::connectToTeam()
{
    TeamConnectDialog dialog(m_settings, m_window);
    dialog.setPassword(m_password);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TeamSettings chosen = dialog.settings();
    if (!(chosen.address == m_settings.address)) {
        // Another team atlas: what this atlas knew of the old one no longer applies.
        QString error;
        QHash<QString, QString> meta;
        TeamLocalState state(m_atlas.connection());
        if (state.exists(&error) && state.readMeta(&meta, &error)
            && !meta.value(QLatin1String(TeamLocalState::teamIdKey)).isEmpty()) {
            const auto answer = QMessageBox::question(
                    m_window, tr("Another Team Atlas"),
                    tr("This atlas was synced with %1. Sync it with %2 instead? Its rows and "
                       "your changes stay; the new team atlas gets them at the first sync.")
                            .arg(meta.value(QLatin1String(TeamLocalState::serverKey)),
                                 chosen.address.displayName()));
            if (answer != QMessageBox::Yes)
                return;
            if (!TeamSync::forget(m_atlas, &error)) {
                QMessageBox::warning(m_window, tr("Another Team Atlas"), error);
                return;
            }
            m_openConflicts = 0;
        }
    }
    m_settings = chosen;
    m_settings.save();
    m_password = dialog.password();
    if (dialog.keepPassword() && !m_password.isEmpty())
        m_keeper->write(keyringKey(), m_password, [this](const QString &error) {
            if (!error.isEmpty())
                m_window->statusBar()->showMessage(
                        tr("The password could not be kept in the desktop's keyring (%1); Twinatlas "
                           "will ask for it again next time.")
                                .arg(error),
                        15000);
        });
    else
        m_keeper->remove(keyringKey());
    applySettings();
    startSync(true);
}

void TeamActions::syncNow(bool interactive)
{
    if (!m_settings.isConnected() || isSyncing() || !m_readOnlyReason.isEmpty())
        return;
    if (!m_password.isEmpty()) {
        startSync(interactive);
        return;
    }
    m_keeper->read(keyringKey(), [this, interactive](const QString &password, const QString &) {
        if (!password.isEmpty()) {
            m_password = password;
            startSync(interactive);
        } else if (interactive) {
            askPassword(tr("Enter the password for %1.").arg(m_settings.address.displayName()), true);
        } else {
            // libpq may still find one (PGPASSWORD, ~/.pgpass); if not, the status says so.
            startSync(false);
        }
    });
}

void TeamActions::askPassword(const QString &message, bool interactive)
{
    TeamConnectDialog dialog(m_settings, m_window);
    dialog.setMessage(message);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    m_settings.save();
    m_password = dialog.password();
    if (dialog.keepPassword() && !m_password.isEmpty())
        m_keeper->write(keyringKey(), m_password, [](const QString &) {});
    applySettings();
    startSync(interactive);
}

void TeamActions::startSync(bool interactive)
{
    if (isSyncing())
        return;
    m_interactive = interactive;
    m_watcher.setFuture(QtConcurrent::run(syncInWorker, &m_atlas, m_settings.address, m_password));
    updateActions();
    updateStatus();
}

void TeamActions::finished()
{
    const TeamSyncReport report = m_watcher.result();
    m_last = report;
    QString error;
    m_openConflicts = std::max(0, TeamLocalState(m_atlas.connection()).conflictCount(&error));
    updateActions();
    updateStatus();
    if (report.ok() && report.received() > 0)
        emit atlasChanged();
    emit syncFinished(report);
    if (report.error.kind == TeamError::Kind::Authentication) {
        m_password.clear();
        if (m_interactive)
            askPassword(report.error.message, true);
        return;
    }
    if (!report.ok()) {
        if (m_interactive) {
            QMessageBox box(QMessageBox::Warning, tr("Team Atlas"), report.error.message,
                            QMessageBox::Ok, m_window);
            box.setObjectName(QStringLiteral("teamSyncError"));
            box.setDetailedText(report.error.detail);
            box.exec();
        }
        return;
    }
    if (report.newConflicts > 0) {
        m_window->statusBar()->showMessage(
                tr("%Ln new conflict(s) with the team: File ▸ Team Conflicts… shows both values.",
                   nullptr, report.newConflicts),
                15000);
        if (m_interactive)
            showConflicts();
    }
}

void TeamActions::showConflicts()
{
    TeamConflictsDialog dialog(m_atlas, m_window);
    connect(&dialog, &TeamConflictsDialog::atlasChanged, this, &TeamActions::atlasChanged);
    connect(&dialog, &TeamConflictsDialog::conflictsChanged, this, [this](int count) {
        m_openConflicts = count;
        updateActions();
        updateStatus();
    });
    dialog.exec();
}

void TeamActions::disconnectFromTeam()
{
    const auto answer = QMessageBox::question(
            m_window, tr("Disconnect from the Team Atlas"),
            tr("Stop syncing this atlas with %1? The atlas keeps every row and your changes; the "
               "password is removed from the keyring.")
                    .arg(m_settings.address.displayName()));
    if (answer != QMessageBox::Yes)
        return;
    m_keeper->remove(keyringKey());
    TeamSettings::clear();
    m_settings = TeamSettings();
    m_password.clear();
    applySettings();
}

} // namespace twinatlas
