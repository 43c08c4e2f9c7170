// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsync.h"

#include "teamchangebuilder.h"
#include "teamlocalstate.h"
#include "teammerge.h"
#include "teamserver.h"
#include "teamsnapshot.h"

#include "db/atlasdatabase.h"
#include "edit/atlaswriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::TeamSync", text);
}

// Three rounds at most: another round only when the server changed under a push.
constexpr int maxRounds = 3;

} // namespace

/** The local side of a sync, read in one transaction so that its parts agree. */
struct TeamLocalView
{
    TeamSnapshot snapshot;
    QHash<TeamKind, TeamBases> bases;
    QHash<TeamKind, TeamConflicts> conflicts;
    qint64 dataVersion = 0;
};

namespace {

using LocalView = TeamLocalView;

qint64 dataVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

bool readLocal(QSqlDatabase db, LocalView *view, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN"))) {
        *error = q.lastError().text();
        return false;
    }
    TeamLocalState state(db);
    bool ok = view->snapshot.read(db, error) && state.readBases(&view->bases, error)
            && state.readConflicts(&view->conflicts, error);
    // Changes by any other connection (the window, another process) move this number.
    if (ok && (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())) {
        *error = q.lastError().text();
        ok = false;
    }
    if (ok)
        view->dataVersion = q.value(0).toLongLong();
    q.finish();
    q.exec(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    return ok;
}

// The rows that local changes not yet sent refer to: a removal on the server must not take
// them away unasked.
QHash<TeamKind, QSet<QString>> referencedByPending(const LocalView &view)
{
    QHash<TeamKind, QSet<QString>> referenced;
    for (TeamKind kind : TeamKinds::all()) {
        const QVector<TeamRecord> pending = TeamMerge::pending(
                kind, view.bases.value(kind), view.snapshot.records(kind), view.conflicts.value(kind));
        for (const TeamRecord &r : pending)
            if (!r.deleted)
                for (const auto &[refKind, refKey] : TeamKinds::references(kind, r.key, r.values))
                    referenced[refKind].insert(refKey);
    }
    return referenced;
}

// Removals of rows whose parent is removed on one side and changed on the other: they wait
// until the user has chosen, so that taking the team's parent back brings its children too.
QHash<TeamKind, QSet<QString>> heldRemovals(const LocalView &view)
{
    QSet<std::pair<int, QString>> disputed;
    for (auto k = view.conflicts.constBegin(); k != view.conflicts.constEnd(); ++k)
        for (auto it = k->constBegin(); it != k->constEnd(); ++it)
            for (const TeamConflict &c : it.value())
                if (c.field < 0)
                    disputed.insert({int(k.key()), it.key()});
    QHash<TeamKind, QSet<QString>> held;
    if (disputed.isEmpty())
        return held;
    for (auto k = view.bases.constBegin(); k != view.bases.constEnd(); ++k) {
        const TeamRecords &local = view.snapshot.records(k.key());
        for (auto it = k->constBegin(); it != k->constEnd(); ++it) {
            if (local.contains(it.key()) || it->record.deleted)
                continue;
            for (const auto &[refKind, refKey] :
                 TeamKinds::references(k.key(), it.key(), it->record.values))
                if (disputed.contains({int(refKind), refKey}))
                    held[k.key()].insert(it.key());
        }
    }
    return held;
}

QString pairKey(const TeamRecord &r)
{
    const auto v = [&r](const char *name) {
        return r.values.value(TeamKinds::fieldIndex(TeamKind::Partnership, QLatin1String(name)));
    };
    const QString a = v("place_a_uid"), b = v("place_b_uid");
    return (a < b ? a + QLatin1Char('\t') + b : b + QLatin1Char('\t') + a) + QLatin1Char('\t')
            + v("kind");
}

// The same partnership added on two desktops before either synced: this desktop takes on the
// team's uid for its row, and the two versions are merged as rows never synced (a conflict
// where they differ). Returns the uids taken on.
QSet<QString> adoptPartnerships(LocalView &view, const QVector<TeamRecord> &remote)
{
    const TeamBases &bases = view.bases.value(TeamKind::Partnership);
    QHash<QString, QString> unsynced;
    const TeamRecords &local = view.snapshot.records(TeamKind::Partnership);
    for (auto it = local.constBegin(); it != local.constEnd(); ++it) {
        const auto b = bases.constFind(it.key());
        if (b == bases.constEnd() || !b->applied)
            unsynced.insert(pairKey(it.value()), it.key());
    }
    QSet<QString> adopted;
    if (unsynced.isEmpty())
        return adopted;
    for (const TeamRecord &r : remote) {
        if (r.deleted || local.contains(r.key) || bases.contains(r.key))
            continue;
        const QString mine = unsynced.value(pairKey(r));
        if (mine.isEmpty() || mine == r.key)
            continue;
        view.snapshot.adopt(TeamKind::Partnership, mine, r.key);
        unsynced.remove(pairKey(r));
        adopted << r.key;
    }
    return adopted;
}

// Who set the value a conflict is about: the last audit entry of the row that changed that
// field (the last change of the row may be someone else's, of another field).
void attribute(QVector<TeamConflict> &conflicts, const QVector<TeamChange> &history)
{
    for (TeamConflict &c : conflicts) {
        if (c.field < 0)
            continue;
        const QString field = TeamKinds::fields(c.kind).at(c.field).name;
        for (auto it = history.crbegin(); it != history.crend(); ++it) {
            if (it->kind != c.kind || it->key != c.key)
                continue;
            if (QJsonDocument::fromJson(it->changes.toUtf8()).object().contains(field)) {
                c.remoteBy = it->by;
                c.remoteAt = it->at;
                break;
            }
        }
    }
}

bool conflictIn(const QVector<TeamConflict> &list, const TeamConflict &c)
{
    for (const TeamConflict &o : list)
        if (o.field == c.field)
            return true;
    return false;
}

} // namespace

TeamSync::TeamSync(AtlasDatabase &atlas, TeamServer &server) : m_atlas(atlas), m_server(server) { }

TeamSync::~TeamSync() = default;

bool TeamSync::atlasFailed(TeamSyncReport &report, const QString &detail, bool afterPull)
{
    report.error.kind = TeamError::Kind::Atlas;
    report.error.message =
            afterPull ? tr("Your changes were sent, but this atlas could not note that they were. "
                           "Nothing is lost: the next sync sorts it out.")
                      : tr("The team's changes could not be written into this atlas; nothing was "
                           "changed here. The next sync tries again.");
    report.error.detail = detail;
    return false;
}

bool TeamSync::prepare(TeamSyncReport &report)
{
    if (!m_atlas.isOpen() || m_atlas.isReadOnly()) {
        report.error.kind = TeamError::Kind::Atlas;
        report.error.message = tr("This atlas is open read-only, so it cannot take the team's "
                                  "changes: sync from the Twinatlas window that has it open.");
        report.error.detail = m_atlas.readOnlyReason();
        return false;
    }
    // The server first: a server this program cannot sync with leaves the atlas untouched.
    if (!m_server.checkSchema()) {
        report.error = m_server.error();
        return false;
    }
    QSqlDatabase db = m_atlas.connection();
    QString error;
    QSqlQuery q(db);
    bool ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    ok = ok && TeamLocalState(db).create(&error);
    if (ok && !q.exec(QStringLiteral("COMMIT")))
        ok = false;
    if (!ok) {
        if (error.isEmpty())
            error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return atlasFailed(report, error, false);
    }
    QHash<QString, QString> meta;
    if (!TeamLocalState(db).readMeta(&meta, &error))
        return atlasFailed(report, error, false);
    const QString teamId = meta.value(QLatin1String(TeamLocalState::teamIdKey));
    if (!teamId.isEmpty() && teamId != m_server.teamId()) {
        report.error.kind = TeamError::Kind::OtherTeam;
        report.error.message =
                tr("This atlas is kept with another team atlas (last synced with %1), not with %2. "
                   "To sync it with %2, disconnect it from the other first; its rows and your "
                   "changes stay.")
                        .arg(meta.value(QLatin1String(TeamLocalState::serverKey)),
                             m_server.address().displayName());
        return false;
    }
    return true;
}

bool TeamSync::pullAndMerge(TeamSyncReport &report)
{
    QSqlDatabase db = m_atlas.connection();
    QHash<QString, QString> meta;
    QString error;
    if (!TeamLocalState(db).readMeta(&meta, &error))
        return atlasFailed(report, error, false);
    TeamPull pull;
    if (!m_server.pull(meta.value(QLatin1String(TeamLocalState::pulledVersionKey)).toLongLong(),
                       meta.value(QLatin1String(TeamLocalState::historyIdKey)).toLongLong(), &pull)) {
        report.error = m_server.error();
        return false;
    }

    for (int attempt = 0; attempt < maxRounds; ++attempt) {
        LocalView view;
        if (!readLocal(db, &view, &error))
            return atlasFailed(report, error, false);
        // Rows received earlier that this atlas could not take are tried again.
        QHash<TeamKind, QVector<TeamRecord>> remote = pull.records;
        for (TeamKind kind : TeamKinds::all()) {
            QSet<QString> pulled;
            for (const TeamRecord &r : remote.value(kind))
                pulled << r.key;
            const TeamBases &bases = view.bases.value(kind);
            for (auto it = bases.constBegin(); it != bases.constEnd(); ++it)
                if (!it->applied && !pulled.contains(it.key()))
                    remote[kind] << it->record;
        }
        const QSet<QString> adopted = adoptPartnerships(view, remote.value(TeamKind::Partnership));
        const QHash<TeamKind, QSet<QString>> referenced = referencedByPending(view);

        QHash<TeamKind, TeamMergeResult> merged;
        TeamChangeBuilder builder(db, view.snapshot);
        for (TeamKind kind : TeamKinds::all()) {
            TeamMergeResult result = TeamMerge::pull(kind, view.bases.value(kind),
                                                     view.snapshot.records(kind), remote.value(kind),
                                                     view.conflicts.value(kind), referenced.value(kind));
            if (kind == TeamKind::Partnership) {
                QSet<QString> written;
                for (const TeamRecord &w : result.writes)
                    written << w.key;
                for (const QString &uid : adopted)
                    if (!written.contains(uid))
                        result.writes << view.snapshot.records(kind).value(uid);
            }
            builder.setWrites(kind, result.writes);
            merged.insert(kind, result);
        }
        if (!builder.build(&error))
            return atlasFailed(report, error, false);

        bool changedMeanwhile = false;
        int newConflicts = 0;
        ApplyHooks hooks;
        hooks.before = [&](QSqlDatabase &db, QString *message) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) {
                *message = q.lastError().text();
                return false;
            }
            if (q.value(0).toLongLong() != view.dataVersion) {
                changedMeanwhile = true;
                *message = tr("The atlas changed during the sync.");
                return false;
            }
            return true;
        };
        hooks.after = [&](QSqlDatabase &db, QString *message) {
            TeamLocalState state(db);
            newConflicts = 0;
            for (TeamKind kind : TeamKinds::all()) {
                const TeamMergeResult &result = merged[kind];
                const QSet<QString> skipped = builder.notApplied().value(kind);
                QVector<TeamRecord> applied, waiting;
                for (const TeamRecord &r : result.bases)
                    (skipped.contains(r.key) ? waiting : applied) << r;
                QVector<TeamConflict> conflicts = result.conflicts;
                for (const auto &[k, key] : builder.keptRemovals()) {
                    if (k != kind)
                        continue;
                    TeamConflict c;
                    c.kind = kind;
                    c.key = key;
                    c.remoteDeleted = true;
                    for (const TeamRecord &r : result.bases)
                        if (r.key == key) {
                            c.remoteBy = r.changedBy;
                            c.remoteAt = r.changedAt;
                        }
                    conflicts << c;
                }
                attribute(conflicts, pull.history);
                for (const TeamConflict &c : conflicts)
                    if (!conflictIn(view.conflicts.value(kind).value(c.key), c))
                        ++newConflicts;
                if (!state.writeBases(kind, applied, true, message)
                    || !state.writeBases(kind, waiting, false, message)
                    || !state.replaceConflicts(kind, result.conflictKeys, conflicts, message))
                    return false;
            }
            return state.addHistory(pull.history, message)
                    && state.setMeta(QLatin1String(TeamLocalState::pulledVersionKey),
                                     QString::number(pull.version), message)
                    && state.setMeta(QLatin1String(TeamLocalState::historyIdKey),
                                     QString::number(pull.historyId), message)
                    && state.setMeta(QLatin1String(TeamLocalState::teamIdKey), m_server.teamId(), message)
                    && state.setMeta(QLatin1String(TeamLocalState::serverKey),
                                     m_server.address().displayName(), message)
                    && state.setMeta(QLatin1String(TeamLocalState::userKey), m_server.userName(),
                                     message);
        };
        AtlasWriter writer(m_atlas);
        const ApplyResult result = writer.apply(builder.changes(), hooks);
        if (!result.ok) {
            if (changedMeanwhile)
                continue;
            return atlasFailed(report, result.errorString(), false);
        }
        // What came in, as it was written.
        for (TeamKind kind : TeamKinds::all()) {
            const QSet<QString> skipped = builder.notApplied().value(kind);
            QSet<QString> kept;
            for (const auto &[k, key] : builder.keptRemovals())
                if (k == kind)
                    kept << key;
            const TeamRecords &local = view.snapshot.records(kind);
            for (const TeamRecord &w : merged[kind].writes) {
                if (skipped.contains(w.key) || kept.contains(w.key) || adopted.contains(w.key))
                    continue;
                if (w.deleted)
                    ++report.removed[kind];
                else if (local.contains(w.key))
                    ++report.changed[kind];
                else
                    ++report.added[kind];
            }
            report.notApplied += int(skipped.size());
        }
        report.newConflicts += newConflicts;
        m_pulledVersion = pull.version;
        // Nothing written but bookkeeping: the view stays true once it has the new bases and
        // conflicts, and the push can start from it.
        m_view.reset();
        if (builder.changes().isEmpty() && builder.notApplied().isEmpty()) {
            for (TeamKind kind : TeamKinds::all()) {
                const TeamMergeResult &result = merged[kind];
                for (const TeamRecord &r : result.bases)
                    view.bases[kind].insert(r.key, TeamBase{r, true});
                TeamConflicts &conflicts = view.conflicts[kind];
                for (const QString &key : result.conflictKeys)
                    conflicts.remove(key);
                for (const TeamConflict &c : result.conflicts)
                    conflicts[c.key] << c;
                if (conflicts.isEmpty())
                    view.conflicts.remove(kind);
            }
            m_view = std::make_unique<LocalView>(std::move(view));
        }
        return true;
    }
    return atlasFailed(report, tr("The atlas kept changing during the sync; sync again."), false);
}

bool TeamSync::push(TeamSyncReport &report)
{
    QSqlDatabase db = m_atlas.connection();
    QString error;
    LocalView view;
    if (m_view && m_view->dataVersion == dataVersion(db))
        view = std::move(*m_view);
    else if (!readLocal(db, &view, &error))
        return atlasFailed(report, error, false);
    m_view.reset();
    const QHash<TeamKind, QSet<QString>> held = heldRemovals(view);
    QHash<TeamKind, QVector<TeamRecord>> pending;
    int count = 0;
    for (TeamKind kind : TeamKinds::all()) {
        pending[kind] = TeamMerge::pending(kind, view.bases.value(kind), view.snapshot.records(kind),
                                           view.conflicts.value(kind), held.value(kind));
        count += int(pending[kind].size());
    }
    report.stale = 0;
    if (count == 0)
        return true;
    TeamPush pushed;
    if (!m_server.push(pending, &pushed)) {
        report.error = m_server.error();
        return false;
    }
    report.stale = pushed.stale;
    ApplyHooks hooks;
    // Nobody else wrote between this sync's pull and its push: the pull may start after the
    // push's own rows next time instead of fetching them back.
    qint64 caughtUp = 0;
    if (pushed.versionBefore == m_pulledVersion)
        for (const auto &list : std::as_const(pushed.accepted))
            for (const TeamRecord &r : list)
                caughtUp = std::max(caughtUp, r.version);
    hooks.after = [&pushed, caughtUp](QSqlDatabase &db, QString *message) {
        TeamLocalState state(db);
        for (auto it = pushed.accepted.constBegin(); it != pushed.accepted.constEnd(); ++it)
            if (!state.writeBases(it.key(), it.value(), true, message))
                return false;
        return caughtUp == 0
                || state.setMeta(QLatin1String(TeamLocalState::pulledVersionKey),
                                 QString::number(caughtUp), message);
    };
    AtlasWriter writer(m_atlas);
    const ApplyResult result = writer.apply(ChangeSet(ChangeSet::Provenance::Exact), hooks);
    if (!result.ok)
        return atlasFailed(report, result.errorString(), true);
    for (const auto &list : std::as_const(pushed.accepted))
        report.sent += int(list.size());
    return true;
}

bool TeamSync::finish(TeamSyncReport &report)
{
    QSqlDatabase db = m_atlas.connection();
    QString error;
    const int conflicts = TeamLocalState(db).conflictCount(&error);
    if (conflicts < 0)
        return atlasFailed(report, error, true);
    report.conflicts = conflicts;
    ApplyHooks hooks;
    hooks.after = [&report](QSqlDatabase &db, QString *message) {
        TeamLocalState state(db);
        return state.setMeta(QLatin1String(TeamLocalState::syncedAtKey),
                             report.at.toUTC().toString(Qt::ISODateWithMs), message)
                && state.setMeta(QStringLiteral("last_report"), report.toJson(), message);
    };
    AtlasWriter writer(m_atlas);
    const ApplyResult result = writer.apply(ChangeSet(ChangeSet::Provenance::Exact), hooks);
    return result.ok || atlasFailed(report, result.errorString(), true);
}

TeamSyncReport TeamSync::run()
{
    TeamSyncReport report;
    report.at = QDateTime::currentDateTimeUtc();
    if (!prepare(report))
        return report;
    for (int round = 0; round < maxRounds; ++round) {
        if (!pullAndMerge(report) || !push(report))
            return report;
        if (report.stale == 0)
            break;
    }
    finish(report);
    return report;
}

bool TeamSync::conflicts(AtlasDatabase &atlas, QVector<TeamConflict> *conflicts, QString *error)
{
    conflicts->clear();
    TeamLocalState state(atlas.connection());
    QString readError;
    const bool exists = state.exists(&readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    return !exists || state.readConflicts(conflicts, error);
}

bool TeamSync::settle(AtlasDatabase &atlas, const TeamConflict &conflict, bool keepLocal,
                      QString *error)
{
    QSqlDatabase db = atlas.connection();
    ApplyHooks hooks;
    hooks.after = [&conflict](QSqlDatabase &db, QString *message) {
        return TeamLocalState(db).removeConflict(conflict.kind, conflict.key, conflict.field, message);
    };
    AtlasWriter writer(atlas);
    if (keepLocal) {
        const ApplyResult result = writer.apply(ChangeSet(ChangeSet::Provenance::Exact), hooks);
        if (!result.ok)
            *error = result.errorString();
        return result.ok;
    }
    LocalView view;
    if (!readLocal(db, &view, error))
        return false;
    const TeamBases bases = view.bases.value(conflict.kind);
    const auto base = bases.constFind(conflict.key);
    const TeamRecords &local = view.snapshot.records(conflict.kind);
    const auto mine = local.constFind(conflict.key);
    QVector<TeamRecord> writes;
    if (base != bases.constEnd() && base->applied) {
        // The base is what the server holds: the team's side of the conflict.
        if (base->record.deleted) {
            if (mine != local.constEnd()) {
                TeamRecord removal = *mine;
                removal.deleted = true;
                writes << removal;
            }
        } else if (conflict.field < 0 || mine == local.constEnd()) {
            TeamRecord theirs = base->record;
            writes << theirs;
        } else {
            TeamRecord merged = *mine;
            merged.values[conflict.field] = base->record.values.at(conflict.field);
            // Nothing of this desktop's own left in the row: it becomes the team's, stamp and all.
            const QVector<TeamField> &fields = TeamKinds::fields(conflict.kind);
            bool own = false;
            for (int f = 0; f < fields.size() && !own; ++f)
                own = !fields.at(f).meta
                        && !TeamRecord::sameValue(merged.values.at(f), base->record.values.at(f));
            if (!own)
                merged.values = base->record.values;
            writes << merged;
        }
    }
    QHash<TeamKind, QVector<TeamRecord>> all{{conflict.kind, writes}};
    // The team's row comes back with the rows that went with it here (its events and cited
    // sources), as the team has them.
    if (mine == local.constEnd() && !writes.isEmpty() && !writes.first().deleted) {
        QSet<std::pair<int, QString>> restored{{int(conflict.kind), conflict.key}};
        for (TeamKind kind : TeamKinds::all()) {
            const TeamBases kindBases = view.bases.value(kind);
            const TeamRecords &here = view.snapshot.records(kind);
            for (auto it = kindBases.constBegin(); it != kindBases.constEnd(); ++it) {
                if (!it->applied || it->record.deleted || here.contains(it.key())
                    || restored.contains({int(kind), it.key()}))
                    continue;
                for (const auto &[refKind, refKey] :
                     TeamKinds::references(kind, it.key(), it->record.values)) {
                    if (restored.contains({int(refKind), refKey})) {
                        restored.insert({int(kind), it.key()});
                        all[kind] << it->record;
                        break;
                    }
                }
            }
        }
    }
    TeamChangeBuilder builder(db, view.snapshot);
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        builder.setWrites(it.key(), it.value());
    if (!builder.build(error))
        return false;
    if (!builder.notApplied().isEmpty() || !builder.keptRemovals().isEmpty()) {
        *error = tr("The team's version cannot be taken: it refers to rows this atlas does not "
                    "have, or rows here still need this one.");
        return false;
    }
    hooks.before = [&view](QSqlDatabase &db, QString *message) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next()
            && q.value(0).toLongLong() == view.dataVersion)
            return true;
        *message = tr("The atlas changed meanwhile; choose again.");
        return false;
    };
    const ApplyResult result = writer.apply(builder.changes(), hooks);
    if (!result.ok)
        *error = result.errorString();
    return result.ok;
}

bool TeamSync::forget(AtlasDatabase &atlas, QString *error)
{
    TeamLocalState state(atlas.connection());
    QString readError;
    if (!state.exists(&readError))
        return readError.isEmpty() || (*error = readError, false);
    ApplyHooks hooks;
    hooks.after = [](QSqlDatabase &db, QString *message) { return TeamLocalState(db).clear(message); };
    AtlasWriter writer(atlas);
    const ApplyResult result = writer.apply(ChangeSet(ChangeSet::Provenance::Exact), hooks);
    if (!result.ok)
        *error = result.errorString();
    return result.ok;
}

} // namespace twinatlas
