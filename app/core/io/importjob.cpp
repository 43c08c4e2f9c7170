// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "db/atlasdatabase.h"
#include "edit/atlaswriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::ImportJob", text);
}

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace

int ImportJob::writeStep(void *data)
{
    auto *job = static_cast<ImportJob *>(data);
    if (job->m_cancelAfterSteps > 0 && ++job->m_writeSteps >= job->m_cancelAfterSteps)
        job->cancel();
    return job->isCancelled() ? 1 : 0;
}

bool ImportJob::report(Stage stage, int done, int total)
{
    if (m_progress)
        m_progress(stage, done, total);
    if (isCancelled()) {
        m_error = tr("The import was cancelled; nothing was written.");
        return false;
    }
    return true;
}

bool ImportJob::read(const QString &path, const ListReader::Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fault = InputFault{path, 0, 0, tr("cannot be read: %1").arg(file.errorString())};
        return false;
    }
    if (file.size() > TextDecoder::defaultMaxBytes) {
        m_fault = InputFault{path, 0, 0, tr("the file is larger than %1 MB; split it").arg(TextDecoder::defaultMaxBytes >> 20)};
        return false;
    }
    return readBytes(file.readAll(), path, options);
}

bool ImportJob::readBytes(const QByteArray &bytes, const QString &fileName, const ListReader::Options &options)
{
    m_fileName = fileName;
    if (!report(Stage::Reading, 0, 1))
        return false;
    // The country names are needed to read lists (which cell is a country), and the gazetteer
    // to resolve them: both come with the index.
    if (!m_indexLoaded) {
        if (!report(Stage::Loading, 0, 100))
            return false;
        QString error;
        const bool loaded = m_index.load(m_atlas.connection(), &error, [this](int percent) {
            return report(Stage::Loading, percent, 100);
        });
        if (!loaded) {
            if (m_error.isEmpty())
                m_error = error;
            return false;
        }
        m_indexLoaded = true;
    }
    m_reader = std::make_unique<ListReader>(m_index.countries());
    if (!m_reader->read(bytes, fileName, options)) {
        m_fault = m_reader->fault();
        return false;
    }
    m_plan = std::make_unique<ImportPlan>(m_index, m_atlas.connection());
    m_plan->setRecords(m_reader->records(), fileName, m_reader->inputRows());
    return report(Stage::Reading, 1, 1);
}

bool ImportJob::resolve()
{
    if (!m_plan)
        return false;
    return m_plan->resolve([this](int done, int total) { return report(Stage::Resolving, done, total); });
}

SqlFailure ImportJob::readFailure() const
{
    if (m_index.loadFailure())
        return m_index.loadFailure();
    return m_plan ? m_plan->failure() : SqlFailure();
}

bool ImportJob::apply()
{
    if (!m_plan || !report(Stage::Writing, 0, 1))
        return false;
    const ChangeSet changes = m_plan->changes();
    if (m_plan->failure()) {
        m_error = tr("Nothing was written: the atlas %1.").arg(m_plan->failure().reason());
        return false;
    }
    if (changes.isEmpty()) {
        m_applied = ApplyResult();
        m_applied.ok = true;
        return report(Stage::Writing, 1, 1);
    }
    QSqlDatabase db = m_atlas.connection();
    sqlite3 *handle = handleOf(db);
    // Cancel interrupts the statement running; AtlasWriter then rolls the transaction back.
    // SQLite counts the steps of each statement anew, so the handler is asked every 8 steps:
    // most statements of an import are short, and a longer period would never come round.
    if (handle)
        sqlite3_progress_handler(handle, 8, &ImportJob::writeStep, this);
    m_writeSteps = 0;
    AtlasWriter writer(m_atlas);
    m_applied = writer.apply(changes);
    if (handle) {
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        // A ROLLBACK that was itself interrupted leaves the transaction open: end it.
        if (!sqlite3_get_autocommit(handle)) {
            QSqlQuery rollback(db);
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
    }
    if (isCancelled()) {
        if (m_applied.ok) {
            // Cancelled after the commit: undo it, so that cancel means nothing was written.
            AtlasWriter(m_atlas).apply(m_applied.inverse);
            m_applied = ApplyResult();
        }
        m_error = tr("The import was cancelled; nothing was written.");
        return false;
    }
    if (!m_applied.ok) {
        m_error = tr("Nothing was written: %1").arg(m_applied.errorString());
        return false;
    }
    return report(Stage::Writing, 1, 1);
}

} // namespace twinatlas
