// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunner.h"

#include "db/atlasdatabase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

namespace twinatlas {

ImportRunner::ImportRunner(AtlasDatabase &atlas, QObject *parent)
    : QObject(parent),
      m_atlas(atlas),
      m_workerAtlas(std::make_unique<AtlasDatabase>()),
      m_job(std::make_unique<ImportJob>(*m_workerAtlas))
{ }

ImportRunner::~ImportRunner()
{
    if (m_thread) {
        m_job->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ImportRunner::setFile(const QString &path)
{
    m_path = path;
    m_bytes.clear();
    m_name = path;
}

void ImportRunner::setBytes(const QByteArray &bytes, const QString &name)
{
    m_path.clear();
    m_bytes = bytes;
    m_name = name;
}

QString ImportRunner::listName() const
{
    return m_path.isEmpty() ? m_name : QFileInfo(m_path).fileName();
}

void ImportRunner::start(const ListReader::Options &options, bool resolve)
{
    if (m_thread)
        return;
    if (m_cancelled) {
        // A cancelled job stays cancelled: the next run starts afresh.
        m_job = std::make_unique<ImportJob>(*m_workerAtlas);
        m_cancelled = false;
    }
    m_ok = false;
    m_resolved = false;
    m_reader = nullptr;
    m_error.clear();
    m_job->setProgress([this](ImportJob::Stage stage, int done, int total) {
        emit progress(int(stage), done, total);
    });
    QSqlDatabase windowConnection = m_atlas.connection();
    m_thread = QThread::create([this, options, resolve, windowConnection] {
        // Qt SQL connections belong to the thread that made them: the worker makes its own.
        if (!m_atlas.openAnother(*m_workerAtlas, AtlasDatabase::Mode::ReadOnly)) {
            m_error = m_workerAtlas->errorString();
            return;
        }
        const bool read = m_path.isEmpty() ? m_job->readBytes(m_bytes, m_name, options)
                                           : m_job->read(m_path, options);
        const ListReader *reader = m_job->reader();
        // A file that cannot be opened never reaches a reader: the last one is an earlier run's.
        m_reader = read || (reader && !reader->fault().isNull() && reader->fault().toString() == m_job->errorString())
                ? reader
                : nullptr;
        if (!read) {
            m_error = m_job->errorString();
        } else if (resolve && !m_job->resolve()) {
            m_error = m_job->errorString();
        } else {
            m_ok = true;
            m_resolved = resolve;
        }
        if (m_job->plan())
            m_job->plan()->setDatabase(windowConnection);
        m_workerAtlas->close();
    });
    connect(m_thread, &QThread::finished, this, &ImportRunner::threadFinished);
    m_thread->start();
}

void ImportRunner::cancel()
{
    if (!m_thread)
        return;
    m_cancelled = true;
    m_job->cancel();
}

void ImportRunner::waitForFinished()
{
    // Events are handled as they come, in order: progress, a Cancel it prompts, the end.
    while (m_thread)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
}

void ImportRunner::threadFinished()
{
    m_thread->wait(); // finished() comes just before the thread ends
    delete m_thread;
    m_thread = nullptr;
    if (m_cancelled) {
        m_ok = false;
        m_resolved = false;
        m_error = tr("The import was cancelled; nothing was written.");
    }
    emit finished(m_ok, m_error);
}

const ListReader *ImportRunner::reader() const
{
    return m_thread ? nullptr : m_reader;
}

ImportPlan *ImportRunner::plan() const
{
    return !m_thread && m_resolved ? m_job->plan() : nullptr;
}

} // namespace twinatlas
