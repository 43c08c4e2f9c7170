// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/gazetteerindex.h"
#include "wikidata/wikidatafetch.h"
#include "wikidata/wikidatascope.h"
#include "wikidata/wikidataupdate.h"

#include <QObject>

#include <memory>

class QThread;

namespace twinatlas {

class AtlasDatabase;

/**
 * A fetch from Wikidata for the window: the queries on the window's thread (the network is
 * asynchronous), then the gazetteer and the comparison with the atlas on a worker with its own
 * read-only connection, so that the window stays responsive and Cancel works at every moment.
 * Nothing here writes: the WikidataUpdate it leaves is reviewed and committed by the dialog.
 */
class WikidataRunner : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Fetching, Loading, Resolving };

    /** atlas is the window's atlas; it must stay open while this lives. */
    explicit WikidataRunner(AtlasDatabase &atlas, QObject *parent = nullptr);
    ~WikidataRunner() override;

    /** Starts fetching scope; finished() tells the end. */
    void start(const WikidataScope &scope, const WikidataFetch::Options &options);
    /** Stops at once; finished(false) follows. */
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    /** Blocks until the run ends, handling events (for tests). */
    void waitForFinished();

    /** The fetch of the last run (its chunk times and counts). */
    const WikidataFetch *fetch() const { return m_fetch.get(); }
    /** What the last successful run would change, for the review; else null. */
    WikidataUpdate *update() const { return m_ok ? m_update.get() : nullptr; }
    const GazetteerIndex &index() const { return m_index; }
    const WikidataScope &scope() const { return m_scope; }

signals:
    void chunkStarted(int index, int count, const QString &title);
    void chunkFinished(int index, int count, int statements);
    void waiting(int seconds, const QString &reason);
    void stageChanged(int stage, int done, int total);
    void finished(bool ok, const QString &error);

private:
    void fetched(bool ok);
    void resolved();
    void end(bool ok, const QString &error);

    AtlasDatabase &m_atlas;
    std::unique_ptr<AtlasDatabase> m_workerAtlas;
    std::unique_ptr<WikidataFetch> m_fetch;
    GazetteerIndex m_index;
    std::unique_ptr<WikidataUpdate> m_update;
    WikidataScope m_scope;
    QString m_language;
    QThread *m_thread = nullptr;
    QAtomicInt m_stop;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_ok = false;
    QString m_error;
};

} // namespace twinatlas
