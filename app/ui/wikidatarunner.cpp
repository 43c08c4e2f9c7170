// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikidatarunner.h"

#include "db/atlasdatabase.h"

#include <QCoreApplication>
#include <QDate>
#include <QThread>

namespace twinatlas {

WikidataRunner::WikidataRunner(AtlasDatabase &atlas, QObject *parent)
    : QObject(parent), m_atlas(atlas), m_workerAtlas(std::make_unique<AtlasDatabase>())
{ }

WikidataRunner::~WikidataRunner()
{
    m_stop.storeRelaxed(1);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void WikidataRunner::start(const WikidataScope &scope, const WikidataFetch::Options &options)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_ok = false;
    m_error.clear();
    m_stop.storeRelaxed(0);
    m_scope = scope;
    m_language = options.language;
    m_update.reset();
    // Read anew each time: places the last fetch created are in the atlas now.
    m_index = GazetteerIndex();
    QString error;
    const QVector<WikidataChunk> chunks = scope.chunks(m_atlas.connection(), &error);
    m_fetch = std::make_unique<WikidataFetch>(options);
    connect(m_fetch.get(), &WikidataFetch::chunkStarted, this, &WikidataRunner::chunkStarted);
    connect(m_fetch.get(), &WikidataFetch::chunkFinished, this,
            [this](int index, int count, int statements, bool) { emit chunkFinished(index, count, statements); });
    connect(m_fetch.get(), &WikidataFetch::waiting, this, &WikidataRunner::waiting);
    connect(m_fetch.get(), &WikidataFetch::finished, this, &WikidataRunner::fetched);
    if (chunks.isEmpty()) {
        // Queued, as every other end, so that the caller sees it after start() returns.
        QMetaObject::invokeMethod(this, [this, error] { end(false, error); }, Qt::QueuedConnection);
        return;
    }
    emit stageChanged(int(Stage::Fetching), 0, int(chunks.size()));
    m_fetch->start(chunks);
}

void WikidataRunner::fetched(bool ok)
{
    if (!ok) {
        end(false, m_fetch->errorString());
        return;
    }
    // The comparison reads the whole gazetteer and the atlas's record of earlier fetches:
    // seconds of work, on a worker with its own connection.
    m_update = std::make_unique<WikidataUpdate>(m_index, m_workerAtlas->connection());
    m_update->setLanguage(m_language);
    m_update->setRetrieved(QDate::currentDate());
    const WikidataBatch batch = m_fetch->batch();
    QSqlDatabase windowConnection = m_atlas.connection();
    m_thread = QThread::create([this, batch, windowConnection] {
        if (!m_atlas.openAnother(*m_workerAtlas, AtlasDatabase::Mode::ReadOnly)) {
            m_error = m_workerAtlas->errorString();
            return;
        }
        QString error;
        auto going = [this](int stage, int done, int total) {
            QMetaObject::invokeMethod(this, [this, stage, done, total] { emit stageChanged(stage, done, total); },
                                      Qt::QueuedConnection);
            return m_stop.loadRelaxed() == 0;
        };
        if (!m_index.load(m_workerAtlas->connection(), &error,
                             [&](int percent) { return going(int(Stage::Loading), percent, 100); })) {
            m_error = error.isEmpty() ? tr("The fetch was cancelled; nothing was changed.") : error;
        } else {
            m_update->setDatabase(m_workerAtlas->connection());
            if (!m_update->prepare(batch, m_scope,
                                   [&](int done, int total) { return going(int(Stage::Resolving), done, total); }))
                m_error = m_update->errorString();
        }
        // Reviewed and written on the window's thread, with its connection; the worker's goes.
        m_update->setDatabase(windowConnection);
        m_workerAtlas->close();
    });
    connect(m_thread, &QThread::finished, this, &WikidataRunner::resolved);
    m_thread->start();
}

void WikidataRunner::resolved()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_cancelled) {
        end(false, tr("The fetch was cancelled; nothing was changed."));
        return;
    }
    end(m_error.isEmpty(), m_error);
}

void WikidataRunner::end(bool ok, const QString &error)
{
    m_running = false;
    m_ok = ok;
    if (!ok)
        m_update.reset();
    emit finished(ok, error);
}

void WikidataRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_stop.storeRelaxed(1);
    if (m_fetch && m_fetch->isRunning())
        m_fetch->cancel(); // finished(false) follows, through fetched()
}

void WikidataRunner::waitForFinished()
{
    while (m_running)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
}

} // namespace twinatlas
