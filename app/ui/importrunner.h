// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importjob.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

class QThread;

namespace twinatlas {

class AtlasDatabase;

/**
 * Runs an ImportJob's reading and resolving on a worker thread, with the worker's own
 * read-only connection to the atlas, so that the window stays responsive and Cancel works.
 * Nothing here writes: the plan it leaves is reviewed and committed on the window's thread,
 * with the window's connection. The gazetteer, loaded once, serves every later run (a new
 * mapping, another encoding) until a run is cancelled.
 */
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    /** atlas is the window's atlas; it must stay open while this lives. */
    explicit ImportRunner(AtlasDatabase &atlas, QObject *parent = nullptr);
    ~ImportRunner() override;

    /** The list is a file, read anew by each run. */
    void setFile(const QString &path);
    /** The list is text in memory (a pasted list), named name in faults and sources. */
    void setBytes(const QByteArray &bytes, const QString &name);
    QString listName() const;

    /** Reads the list with options and, if resolve, resolves it; finished() tells the end. */
    void start(const ListReader::Options &options, bool resolve);
    /** Stops the running step; finished() follows with ok false. */
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    /** Blocks until the run ends and finished() was emitted; for tests. */
    void waitForFinished();

    /** The reader of the last run (its table and mapping even if the mapping was refused). */
    const ListReader *reader() const;
    /** The plan of the last run that resolved, else null. */
    ImportPlan *plan() const;
    const GazetteerIndex &index() const { return m_job->index(); }
    bool wasCancelled() const { return m_cancelled; }

signals:
    /** stage is an ImportJob::Stage; emitted from the worker, delivered queued. */
    void progress(int stage, int done, int total);
    void finished(bool ok, const QString &error);

private:
    void threadFinished();

    AtlasDatabase &m_atlas;
    std::unique_ptr<AtlasDatabase> m_workerAtlas; ///< opened and closed by each run, in its thread
    std::unique_ptr<ImportJob> m_job;
    const ListReader *m_reader = nullptr; ///< the reader of the last run, if it got that far
    QThread *m_thread = nullptr;
    QString m_path;
    QByteArray m_bytes;
    QString m_name;
    bool m_ok = false;
    bool m_resolved = false;
    bool m_cancelled = false;
    QString m_error;
};

} // namespace twinatlas
