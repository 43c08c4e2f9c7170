// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteerindex.h"
#include "importplan.h"
#include "inputfault.h"
#include "listreader.h"

#include "edit/applyresult.h"

#include <QAtomicInt>
#include <QString>

#include <functional>
#include <memory>

namespace twinatlas {

class AtlasDatabase;

/**
 * One import, step by step, off the UI thread: read the file, load the gazetteer, resolve,
 * and (after the review) write. Each step reports progress and honours cancel(), which may be
 * called from any thread; a cancelled or failed import leaves the atlas exactly as it was,
 * since everything is written by one AtlasWriter::apply() in one transaction, and a cancel
 * during that write interrupts it (SQLite's progress handler) so that it rolls back.
 */
class ImportJob
{
public:
    enum class Stage { Reading, Loading, Resolving, Writing };
    using Progress = std::function<void(Stage stage, int done, int total)>;

    explicit ImportJob(AtlasDatabase &atlas) : m_atlas(atlas) { }

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /**
     * Cancels the write after this many of SQLite's progress calls (one per 8 instructions),
     * as a Cancel pressed half-way through would: for tests of the rollback. 0 turns it off.
     */
    void setCancelDuringWrite(int steps) { m_cancelAfterSteps = steps; }

    /** Asks the running step to stop; thread-safe. */
    void cancel() { m_cancelled.storeRelaxed(1); }
    bool isCancelled() const { return m_cancelled.loadRelaxed() != 0; }

    /** Reads and parses the file; false with fault() on hostile input. */
    bool read(const QString &path, const ListReader::Options &options);
    /** Reads bytes already in memory (a pasted text), named fileName in faults and sources. */
    bool readBytes(const QByteArray &bytes, const QString &fileName, const ListReader::Options &options);
    /** Loads the gazetteer and resolves every reference; false on cancel or failure. */
    bool resolve();
    /** Writes the plan in one transaction; false (nothing written) on cancel or refusal. */
    bool apply();

    const InputFault &fault() const { return m_fault; }
    QString errorString() const { return m_fault.isNull() ? m_error : m_fault.toString(); }
    /** The read of the atlas that failed (loading the gazetteer, planning), if one did. */
    SqlFailure readFailure() const;
    const ListReader *reader() const { return m_reader.get(); }
    ImportPlan *plan() { return m_plan.get(); }
    const GazetteerIndex &index() const { return m_index; }
    /** What apply() returned: its inverse undoes the whole import as one step. */
    const ApplyResult &applied() const { return m_applied; }

private:
    bool report(Stage stage, int done, int total);
    static int writeStep(void *job);

    AtlasDatabase &m_atlas;
    Progress m_progress;
    QAtomicInt m_cancelled;
    InputFault m_fault;
    QString m_error;
    QString m_fileName;
    GazetteerIndex m_index;
    std::unique_ptr<ListReader> m_reader;
    std::unique_ptr<ImportPlan> m_plan;
    ApplyResult m_applied;
    bool m_indexLoaded = false;
    int m_cancelAfterSteps = 0;
    int m_writeSteps = 0;
};

} // namespace twinatlas
