// SPDX-License-Identifier: GPL-3.0-or-later
#include "teammerge.h"

namespace twinatlas {

namespace {

bool same(const QString &a, const QString &b)
{
    return TeamRecord::sameValue(a, b);
}

QString fieldValue(TeamKind kind, const TeamRecord &record, const char *name)
{
    const int i = TeamKinds::fieldIndex(kind, QLatin1String(name));
    return i >= 0 && i < record.values.size() ? record.values.at(i) : QString();
}

TeamConflict existenceConflict(TeamKind kind, const TeamRecord *local, const TeamRecord &remote)
{
    TeamConflict c;
    c.kind = kind;
    c.key = remote.key;
    c.field = -1;
    c.localDeleted = local == nullptr;
    c.remoteDeleted = remote.deleted;
    if (local)
        c.localAt = fieldValue(kind, *local, "modified_at");
    c.remoteBy = remote.changedBy;
    c.remoteAt = remote.changedAt;
    return c;
}

// The later of two ISO 8601 UTC stamps, which compare as text; NULL is the earliest.
QString later(const QString &a, const QString &b)
{
    if (a.isNull())
        return b;
    if (b.isNull())
        return a;
    return a < b ? b : a;
}

} // namespace

bool TeamMerge::touched(TeamKind kind, const TeamRecord &record)
{
    return fieldValue(kind, record, "origin") == QLatin1String("user")
            || !fieldValue(kind, record, "modified_at").isNull();
}

TeamMergeResult TeamMerge::pull(TeamKind kind, const TeamBases &bases, const TeamRecords &local,
                                const QVector<TeamRecord> &remote, const TeamConflicts &conflicts,
                                const QSet<QString> &referenced)
{
    const QVector<TeamField> &fields = TeamKinds::fields(kind);
    TeamMergeResult result;
    for (const TeamRecord &r : remote) {
        const auto baseIt = bases.constFind(r.key);
        const bool hasBase = baseIt != bases.constEnd() && baseIt->applied;
        const TeamRecord *base = hasBase ? &baseIt->record : nullptr;
        // Already known: the echo of this desktop's own change.
        if (base && base->version == r.version && base->sameContent(r))
            continue;
        const auto localIt = local.constFind(r.key);
        const TeamRecord *l = localIt != local.constEnd() ? &*localIt : nullptr;
        result.bases << r;
        result.conflictKeys << r.key;

        const bool localChanged = base ? (base->deleted ? l != nullptr
                                                        : !l || !TeamRecord::sameValues(l->values, base->values))
                                       : l && touched(kind, *l);
        const bool remoteChanged = !base || !base->sameContent(r);
        if (!localChanged) {
            if (r.deleted) {
                if (!l)
                    continue;
                if (referenced.contains(r.key)) {
                    // Something added here still needs the row: the user decides.
                    result.conflicts << existenceConflict(kind, l, r);
                    continue;
                }
                TeamRecord removal = *l;
                removal.deleted = true;
                result.writes << removal;
                ++result.removed;
            } else if (!l || !TeamRecord::sameValues(l->values, r.values)) {
                TeamRecord write = r;
                write.deleted = false;
                result.writes << write;
                ++(l ? result.changed : result.added);
            }
            continue;
        }
        if (!l && r.deleted)
            continue; // removed on both sides
        if (!l || r.deleted) {
            // Removed on one side, changed on the other; unless the server's row is as it was,
            // in which case the local change simply goes out with the next push.
            if (remoteChanged)
                result.conflicts << existenceConflict(kind, l, r);
            continue;
        }

        // Both sides have the row: merge field by field.
        const bool baseValues = base && !base->deleted;
        QStringList merged = l->values;
        QSet<int> conflicted;
        for (int f = 0; f < fields.size(); ++f) {
            const QString &lv = l->values.at(f);
            const QString &rv = r.values.at(f);
            const bool lc = !baseValues || !same(lv, base->values.at(f));
            const bool rc = !baseValues || !same(rv, base->values.at(f));
            if (fields.at(f).meta) {
                merged[f] = fields.at(f).name == QLatin1String("modified_at") ? later(lv, rv)
                                                                               : (lc ? lv : rv);
                continue;
            }
            if (lc && rc && !same(lv, rv)) {
                TeamConflict c;
                c.kind = kind;
                c.key = r.key;
                c.field = f;
                c.localValue = lv;
                c.remoteValue = rv;
                c.localAt = fieldValue(kind, *l, "modified_at");
                c.remoteBy = r.changedBy;
                c.remoteAt = r.changedAt;
                result.conflicts << c;
                conflicted << f;
            } else if (!lc) {
                merged[f] = rv;
            }
        }
        // Earlier conflicts the user has not settled stay while the two values still differ.
        for (const TeamConflict &old : conflicts.value(r.key)) {
            if (old.field < 0 || conflicted.contains(old.field)
                || same(l->values.at(old.field), r.values.at(old.field)))
                continue;
            TeamConflict kept = old;
            merged[old.field] = l->values.at(old.field);
            if (!same(kept.remoteValue, r.values.at(old.field))) {
                kept.remoteValue = r.values.at(old.field);
                kept.remoteBy = r.changedBy;
                kept.remoteAt = r.changedAt;
            }
            result.conflicts << kept;
        }
        if (!TeamRecord::sameValues(merged, l->values)) {
            TeamRecord write = *l;
            write.values = merged;
            result.writes << write;
            ++result.changed;
        }
    }
    return result;
}

QVector<TeamRecord> TeamMerge::pending(TeamKind kind, const TeamBases &bases,
                                       const TeamRecords &local, const TeamConflicts &conflicts,
                                       const QSet<QString> &held)
{
    QVector<TeamRecord> out;
    const auto consider = [&](const QString &key, const TeamRecord *l, const TeamBase *b) {
        // A row the team changed that this atlas could not take yet waits for that first.
        if (b && !b->applied)
            return;
        const TeamRecord *base = b ? &b->record : nullptr;
        const QVector<TeamConflict> cs = conflicts.value(key);
        for (const TeamConflict &c : cs)
            if (c.field < 0)
                return;
        if (!l) {
            if (!base || base->deleted || held.contains(key))
                return;
            TeamRecord removal = *base;
            removal.deleted = true;
            out << removal;
            return;
        }
        TeamRecord change = *l;
        change.deleted = false;
        change.version = base ? base->version : 0;
        for (const TeamConflict &c : cs)
            change.values[c.field] = base && !base->deleted ? base->values.at(c.field) : c.remoteValue;
        if (base && !base->deleted) {
            if (TeamRecord::sameValues(change.values, base->values))
                return;
            // A row whose only change is in conflict: its stamp waits with it, so that the
            // server does not record a change nobody can see.
            if (!cs.isEmpty()) {
                const QVector<TeamField> &fields = TeamKinds::fields(kind);
                bool content = false;
                for (int f = 0; f < fields.size() && !content; ++f)
                    content = !fields.at(f).meta && !same(change.values.at(f), base->values.at(f));
                if (!content)
                    return;
            }
        }
        out << change;
    };
    for (auto it = local.constBegin(); it != local.constEnd(); ++it) {
        const auto b = bases.constFind(it.key());
        consider(it.key(), &it.value(), b != bases.constEnd() ? &b.value() : nullptr);
    }
    for (auto it = bases.constBegin(); it != bases.constEnd(); ++it)
        if (!local.contains(it.key()))
            consider(it.key(), nullptr, &it.value());
    return out;
}

} // namespace twinatlas
