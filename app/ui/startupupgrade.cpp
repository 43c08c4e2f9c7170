// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupupgrade.h"

#include "db/atlaslocation.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace twinatlas {

namespace {

/** An upgrade that finishes sooner shows no indicator at all, rather than a flash. */
constexpr int indicatorDelayMs = 400;

} // namespace

UpgradeReport StartupUpgrade::run(QWidget *parent)
{
    QProgressDialog busy(tr("Bringing the new atlas data into your atlas…"), QString(), 0, 0,
                         parent);
    busy.setWindowTitle(tr("Twinatlas"));
    busy.setWindowModality(Qt::ApplicationModal);
    busy.setMinimumDuration(0);
    busy.setAutoClose(false);
    busy.reset();
    QTimer later;
    later.setSingleShot(true);
    QObject::connect(&later, &QTimer::timeout, &busy, &QWidget::show);

    QFutureWatcher<UpgradeReport> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    // The upgrade opens its own connections, in its thread.
    watcher.setFuture(QtConcurrent::run(&AtlasLocation::upgradeUserAtlas));
    later.start(indicatorDelayMs);
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    later.stop();
    busy.hide();
    const UpgradeReport report = watcher.result();
    showReport(report, parent);
    return report;
}

void StartupUpgrade::showReport(const UpgradeReport &report, QWidget *parent)
{
    const QString message = report.message();
    if (message.isEmpty())
        return;
    if (report.status == UpgradeReport::Status::Failed)
        QMessageBox::warning(parent, tr("The atlas data was not updated"), message);
    else
        QMessageBox::information(parent, tr("Atlas data"), message);
}

} // namespace twinatlas
