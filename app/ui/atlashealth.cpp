// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlashealth.h"

#include "db/atlascheck.h"
#include "db/atlasdatabase.h"
#include "db/readfailures.h"
#include "db/sqlitehandle.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

namespace twinatlas {

namespace {

/** SQLite asks this every thousand steps: a window that closes ends the check at once. */
int stopRequested(void *flag)
{
    return static_cast<std::atomic_bool *>(flag)->load() ? 1 : 0;
}

AtlasHealthReport runCheck(const AtlasDatabase *atlas, std::shared_ptr<std::atomic_bool> stop)
{
    AtlasHealthReport report;
    // A connection of this thread's own: the window's stays free for the window.
    AtlasDatabase worker;
    if (!atlas->openAnother(worker, AtlasDatabase::Mode::ReadOnly)) {
        report.sound = false;
        report.failure = worker.errorString();
        report.failureIsDamage = worker.problem() == AtlasDatabase::Problem::Corrupt;
        return report;
    }
    sqlite3 *handle = SqliteHandle::of(worker.connection());
    if (handle)
        sqlite3_progress_handler(handle, 1000, &stopRequested, stop.get());
    AtlasCheck check;
    report.sound = check.run(worker.connection(), AtlasCheck::Depth::Quick, [&stop] { return stop->load(); });
    report.stopped = stop->load();
    report.problems = check.problems();
    if (check.failure()) {
        report.failure = check.failure().message(QDir::toNativeSeparators(atlas->path()));
        report.failureIsDamage = check.failure().isDamage();
    }
    if (handle)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    return report;
}

} // namespace

AtlasHealth::AtlasHealth(AtlasDatabase &atlas, QObject *parent) : QObject(parent), m_atlas(atlas)
{
    if (ReadFailures *failures = ReadFailures::of(atlas.connection()))
        connect(failures, &ReadFailures::failed, this, &AtlasHealth::readFailed);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AtlasHealth::checkFinished);
}

AtlasHealth::~AtlasHealth()
{
    m_stop->store(true);
    m_watcher.waitForFinished();
}

void AtlasHealth::start()
{
    if (m_atlas.wasChecked() || m_watcher.isRunning() || !m_atlas.isOpen())
        return;
    m_watcher.setFuture(QtConcurrent::run(&runCheck, &m_atlas, m_stop));
}

void AtlasHealth::checkFinished()
{
    const AtlasHealthReport result = m_watcher.result();
    if (result.stopped)
        return;
    if (!result.problems.isEmpty()) {
        const QString path = QDir::toNativeSeparators(m_atlas.path());
        report(tr("The atlas file %1 is damaged: SQLite's check found %2")
                       .arg(path, result.problems.mid(0, 3).join(QStringLiteral("; "))),
               true);
    } else if (!result.failure.isEmpty()) {
        report(result.failure, result.failureIsDamage);
    }
    emit checked(result.sound);
}

void AtlasHealth::readFailed(const SqlFailure &failure)
{
    // Whoever read can only show less; here the user hears why, once.
    const QString message = failure.message(QDir::toNativeSeparators(m_atlas.path()));
    QTimer::singleShot(0, this, [this, message, damage = failure.isDamage()] { report(message, damage); });
}

void AtlasHealth::report(const QString &message, bool isDamage)
{
    if (!m_damage.isEmpty() || (!isDamage && m_toldFailure))
        return;
    if (isDamage) {
        m_damage = message;
        emit damaged(message);
    }
    m_toldFailure = true;
    auto *box = new QMessageBox(QMessageBox::Warning,
                                isDamage ? tr("The atlas is damaged") : tr("The atlas could not be read"),
                                isDamage ? tr("Your atlas is damaged: what the window shows may be "
                                              "incomplete, and edits are off so that nothing is "
                                              "written onto the damaged pages.")
                                         : tr("A part of the atlas could not be read: what the "
                                              "window shows may be incomplete."),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(isDamage ? QStringLiteral("damageNotice") : QStringLiteral("readFailureNotice"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (isDamage) {
        QPushButton *wayOut = box->addButton(tr("Choose a &way out…"), QMessageBox::AcceptRole);
        wayOut->setObjectName(QStringLiteral("wayOut"));
        wayOut->setToolTip(tr("Close the window and restore a backup, start again from the bundled "
                              "atlas or open another file"));
        box->addButton(tr("&Keep looking"), QMessageBox::RejectRole);
        connect(wayOut, &QPushButton::clicked, this, &AtlasHealth::wayOutRequested);
    } else {
        box->addButton(QMessageBox::Ok);
    }
    m_notice = box;
    box->open();
}

} // namespace twinatlas
