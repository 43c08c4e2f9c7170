// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applyresult.h"
#include "changeset.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <functional>

namespace twinatlas {

class AtlasDatabase;

/**
 * Work that shares an apply()'s transaction. before() runs once the write lock is held and
 * before any row is written, and may refuse the change (because the atlas changed since the
 * caller read it, say); after() runs once every row is written and is committed or rolled back
 * with them (the team sync's bookkeeping). Each returns false with a message to refuse.
 */
struct ApplyHooks
{
    std::function<bool(QSqlDatabase &db, QString *message)> before;
    std::function<bool(QSqlDatabase &db, QString *message)> after;
};

/**
 * The one way edits reach the atlas. apply() checks and writes a ChangeSet in one SQLite
 * transaction: every operation or none, and on any refusal the database is as it was. It
 * returns the inverse ChangeSet, built from the rows' pre-images with the same ids, so that an
 * undo command applies it to restore the tables exactly (and keeps what that returns for
 * redo). The search index follows every change to places and names.
 *
 * The atlas is opened with WAL and synchronous writes (AtlasDatabase), so an apply() that
 * returned ok survives a crash or power cut.
 */
class AtlasWriter
{
public:
    explicit AtlasWriter(AtlasDatabase &atlas) : m_atlas(atlas) { }

    ApplyResult apply(const ChangeSet &changes, const ApplyHooks &hooks = {});

    /** The clock that stamps user edits; tests set a fixed one. */
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    ApplyResult refused(const QString &message) const;

    AtlasDatabase &m_atlas;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace twinatlas
