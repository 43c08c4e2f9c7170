// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamchangebuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace twinatlas {

namespace {

QString value(TeamKind kind, const TeamRecord &r, const char *name)
{
    return r.values.value(TeamKinds::fieldIndex(kind, QLatin1String(name)));
}

QStringList names(const QString &json)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        list << v.toString();
    return list;
}

// Bundled rows the team removed get a tombstone, so that an update of the bundled data does
// not bring them back; these are the kinds a tombstone can stand for.
bool buriable(TeamKind kind)
{
    return kind == TeamKind::Place || kind == TeamKind::Partnership || kind == TeamKind::Event
            || kind == TeamKind::Source;
}

} // namespace

TeamChangeBuilder::TeamChangeBuilder(QSqlDatabase db, const TeamSnapshot &snapshot)
    : m_db(db), m_snapshot(snapshot), m_placeQuery(db), m_geonameQuery(db), m_tombstoneQuery(db)
{
    m_placeQuery.prepare(QStringLiteral("SELECT id FROM places WHERE uid = ?"));
    m_geonameQuery.prepare(QStringLiteral("SELECT uid FROM places WHERE geonameid = ?"));
    m_tombstoneQuery.prepare(QStringLiteral("SELECT count(*) FROM tombstones WHERE kind = ? AND uid = ?"));
}

void TeamChangeBuilder::setWrites(TeamKind kind, const QVector<TeamRecord> &writes)
{
    m_writes[kind] = writes;
}

bool TeamChangeBuilder::readFailed(const QSqlQuery &q)
{
    m_error = q.lastError().text();
    return false;
}

bool TeamChangeBuilder::build(QString *error)
{
    for (auto it = m_writes.constBegin(); it != m_writes.constEnd(); ++it)
        for (const TeamRecord &r : it.value())
            if (r.deleted)
                m_removed[it.key()].insert(r.key);
    // What the rows that stay (as they will be after this change) refer to.
    for (TeamKind kind : TeamKinds::all()) {
        QHash<QString, const TeamRecord *> after;
        const TeamRecords &local = m_snapshot.records(kind);
        for (auto it = local.constBegin(); it != local.constEnd(); ++it)
            after.insert(it.key(), &it.value());
        const auto writes = m_writes.constFind(kind);
        if (writes != m_writes.constEnd())
            for (const TeamRecord &r : writes.value())
                after.insert(r.key, &r);
        for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
            if (it.value()->deleted || kind == TeamKind::Checklist)
                continue;
            for (const auto &[refKind, refKey] :
                 TeamKinds::references(kind, it.key(), it.value()->values))
                m_needed.insert({int(refKind), refKey});
        }
    }
    const bool ok = removeLinks(TeamKind::Checklist) && removeLinks(TeamKind::EventSource)
            && removeLinks(TeamKind::PartnershipSource) && removeEntities(TeamKind::Event)
            && removeEntities(TeamKind::Partnership) && upsertSources() && upsertPlaces()
            && upsertPartnerships() && upsertEvents() && removeEntities(TeamKind::Place)
            && removeEntities(TeamKind::Source) && upsertLinks(TeamKind::PartnershipSource)
            && upsertLinks(TeamKind::EventSource) && upsertChecklist();
    if (!ok && error)
        *error = m_error;
    return ok;
}

qint64 TeamChangeBuilder::lookupPlace(const QString &uid)
{
    const auto cached = m_places.constFind(uid);
    if (cached != m_places.constEnd())
        return cached.value();
    if (const qint64 id = m_snapshot.localId(TeamKind::Place, uid))
        return id;
    m_placeQuery.addBindValue(uid);
    qint64 id = 0;
    if (!m_placeQuery.exec()) {
        readFailed(m_placeQuery);
        return 0;
    }
    if (m_placeQuery.next())
        id = m_placeQuery.value(0).toLongLong();
    else if (m_placeQuery.lastError().isValid()) {
        readFailed(m_placeQuery);
        return 0;
    }
    m_placeQuery.finish();
    m_places.insert(uid, id);
    return id;
}

qint64 TeamChangeBuilder::resolve(TeamKind kind, const QString &uid)
{
    if (uid.isEmpty() || m_removed.value(kind).contains(uid))
        return 0;
    if (const qint64 placeholder = m_new.value(kind).value(uid))
        return placeholder;
    if (const qint64 id = m_snapshot.localId(kind, uid))
        return id;
    return kind == TeamKind::Place ? lookupPlace(uid) : 0;
}

bool TeamChangeBuilder::removalAllowed(TeamKind kind, const QString &key) const
{
    return !m_needed.contains({int(kind), key});
}

bool TeamChangeBuilder::unbury(TeamKind kind, const QString &uid)
{
    if (!buriable(kind))
        return true;
    m_tombstoneQuery.addBindValue(TeamKinds::name(kind));
    m_tombstoneQuery.addBindValue(uid);
    if (!m_tombstoneQuery.exec() || !m_tombstoneQuery.next())
        return readFailed(m_tombstoneQuery);
    const bool buried = m_tombstoneQuery.value(0).toInt() > 0;
    m_tombstoneQuery.finish();
    if (buried) {
        TombstoneRow stone;
        stone.kind = TeamKinds::name(kind);
        stone.uid = uid;
        m_changes.remove(stone);
    }
    return true;
}

bool TeamChangeBuilder::bury(TeamKind kind, const QString &uid)
{
    m_tombstoneQuery.addBindValue(TeamKinds::name(kind));
    m_tombstoneQuery.addBindValue(uid);
    if (!m_tombstoneQuery.exec() || !m_tombstoneQuery.next())
        return readFailed(m_tombstoneQuery);
    const bool buried = m_tombstoneQuery.value(0).toInt() > 0;
    m_tombstoneQuery.finish();
    if (!buried)
        m_changes.insert(TombstoneRow{TeamKinds::name(kind), uid,
                                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    return true;
}

bool TeamChangeBuilder::removeLinks(TeamKind kind)
{
    const TeamRecords &local = m_snapshot.records(kind);
    for (const TeamRecord &r : m_writes.value(kind)) {
        if (!r.deleted || !local.contains(r.key))
            continue;
        const QStringList parts = TeamKinds::splitKey(r.key);
        if (kind == TeamKind::Checklist) {
            m_changes.removeChecklistEntry(parts.value(0), parts.value(1));
        } else if (kind == TeamKind::PartnershipSource) {
            m_changes.unlinkPartnershipSource(m_snapshot.localId(TeamKind::Partnership, parts.value(0)),
                                              m_snapshot.localId(TeamKind::Source, parts.value(1)));
        } else {
            m_changes.unlinkEventSource(m_snapshot.localId(TeamKind::Event, parts.value(0)),
                                        m_snapshot.localId(TeamKind::Source, parts.value(1)));
        }
    }
    return true;
}

bool TeamChangeBuilder::removeEntities(TeamKind kind)
{
    const TeamRecords &local = m_snapshot.records(kind);
    for (const TeamRecord &r : m_writes.value(kind)) {
        if (!r.deleted)
            continue;
        const auto it = local.constFind(r.key);
        if (it == local.constEnd())
            continue;
        if (!removalAllowed(kind, r.key)) {
            m_kept.append({kind, r.key});
            continue;
        }
        const qint64 id = m_snapshot.localId(kind, r.key);
        switch (kind) {
        case TeamKind::Place: m_changes.removePlace(id); break;
        case TeamKind::Source: m_changes.removeSource(id); break;
        case TeamKind::Partnership: m_changes.removePartnership(id); break;
        case TeamKind::Event: m_changes.removeEvent(id); break;
        default: break;
        }
        if (value(kind, *it, "origin") == QLatin1String("bundled")
            && !bury(kind, m_snapshot.localUid(kind, r.key)))
            return false;
    }
    return true;
}

template<class Row>
bool TeamChangeBuilder::upsert(TeamKind kind, const QString &key, Row row)
{
    if (const qint64 id = m_snapshot.localId(kind, key)) {
        row.id = id;
        m_changes.update(row);
        return true;
    }
    if (!unbury(kind, key))
        return false;
    row.id = m_nextPlaceholder--;
    m_new[kind].insert(key, row.id);
    m_changes.insert(row);
    return true;
}

bool TeamChangeBuilder::upsertSources()
{
    const TeamKind kind = TeamKind::Source;
    for (const TeamRecord &r : m_writes.value(kind)) {
        if (r.deleted)
            continue;
        SourceRow row;
        row.uid = r.key;
        row.title = value(kind, r, "title");
        row.url = value(kind, r, "url");
        row.document = value(kind, r, "document");
        row.origin = value(kind, r, "origin");
        row.modifiedAt = value(kind, r, "modified_at");
        row.dataVersion = value(kind, r, "data_version");
        if (!upsert(kind, r.key, row))
            return false;
    }
    return true;
}

bool TeamChangeBuilder::upsertPlaces()
{
    const TeamKind kind = TeamKind::Place;
    const TeamRecords &local = m_snapshot.records(kind);
    for (const TeamRecord &r : m_writes.value(kind)) {
        if (r.deleted)
            continue;
        PlaceRow row;
        row.uid = r.key;
        row.geonameId = value(kind, r, "geonameid").toLongLong();
        row.name = value(kind, r, "name");
        row.asciiName = value(kind, r, "ascii_name");
        row.country = value(kind, r, "country");
        row.admin1 = value(kind, r, "admin1");
        row.lon = value(kind, r, "lon").toDouble();
        row.lat = value(kind, r, "lat").toDouble();
        row.population = value(kind, r, "population").toLongLong();
        row.kind = value(kind, r, "kind");
        row.note = value(kind, r, "note");
        row.origin = value(kind, r, "origin");
        row.modifiedAt = value(kind, r, "modified_at");
        row.dataVersion = value(kind, r, "data_version");
        const QString sourceUid = value(kind, r, "source_uid");
        if (!sourceUid.isEmpty()) {
            row.sourceId = resolve(TeamKind::Source, sourceUid);
            if (row.sourceId == 0) {
                skip(kind, r.key);
                continue;
            }
        }
        const qint64 existing = lookupPlace(r.key);
        if (!m_error.isEmpty())
            return false;
        if (row.geonameId > 0) {
            // The gazetteer here may know the GeoNames id under another uid.
            m_geonameQuery.addBindValue(row.geonameId);
            if (!m_geonameQuery.exec())
                return readFailed(m_geonameQuery);
            const bool taken = m_geonameQuery.next() && m_geonameQuery.value(0).toString() != r.key;
            if (m_geonameQuery.lastError().isValid())
                return readFailed(m_geonameQuery);
            m_geonameQuery.finish();
            if (taken) {
                skip(kind, r.key);
                continue;
            }
        }
        QStringList before;
        const auto localIt = local.constFind(r.key);
        if (localIt != local.constEnd())
            before = names(value(kind, *localIt, "alternate_names"));
        else if (existing) {
            // A gazetteer place the team now shares: its names are in the atlas already.
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT name FROM alternate_names WHERE place_id = ?"));
            q.addBindValue(existing);
            if (!q.exec())
                return readFailed(q);
            while (q.next())
                before << q.value(0).toString();
            if (q.lastError().isValid())
                return readFailed(q);
        }
        const QStringList after = names(value(kind, r, "alternate_names"));
        if (existing) {
            row.id = existing;
            m_changes.update(row);
        } else {
            if (!unbury(kind, r.key))
                return false;
            row.id = m_nextPlaceholder--;
            m_new[kind].insert(r.key, row.id);
            m_places.insert(r.key, row.id);
            m_changes.insert(row);
        }
        for (const QString &name : before)
            if (!after.contains(name))
                m_changes.removeAlternateName(row.id, name);
        for (const QString &name : after)
            if (!before.contains(name))
                m_changes.addAlternateName(row.id, name);
    }
    return true;
}

bool TeamChangeBuilder::upsertPartnerships()
{
    const TeamKind kind = TeamKind::Partnership;
    // Two partnerships of one kind between the same two places cannot both be in the atlas.
    const auto pairKey = [](const QString &a, const QString &b, const QString &k) {
        return (a < b ? a + QLatin1Char('\t') + b : b + QLatin1Char('\t') + a) + QLatin1Char('\t') + k;
    };
    QHash<QString, QString> pairs;
    const TeamRecords &local = m_snapshot.records(kind);
    for (auto it = local.constBegin(); it != local.constEnd(); ++it)
        if (!m_removed.value(kind).contains(it.key()))
            pairs.insert(pairKey(value(kind, *it, "place_a_uid"), value(kind, *it, "place_b_uid"),
                                 value(kind, *it, "kind")),
                         it.key());
    for (const TeamRecord &r : m_writes.value(kind)) {
        if (r.deleted)
            continue;
        PartnershipRow row;
        row.uid = r.key;
        row.placeA = resolve(TeamKind::Place, value(kind, r, "place_a_uid"));
        row.placeB = resolve(TeamKind::Place, value(kind, r, "place_b_uid"));
        if (!m_error.isEmpty())
            return false;
        const QString pair = pairKey(value(kind, r, "place_a_uid"), value(kind, r, "place_b_uid"),
                                     value(kind, r, "kind"));
        const QString holder = pairs.value(pair, r.key);
        if (row.placeA == 0 || row.placeB == 0 || holder != r.key) {
            skip(kind, r.key);
            continue;
        }
        pairs.insert(pair, r.key);
        row.kind = value(kind, r, "kind");
        row.status = value(kind, r, "status");
        row.startDate = value(kind, r, "start_date");
        row.endDate = value(kind, r, "end_date");
        row.note = value(kind, r, "note");
        row.origin = value(kind, r, "origin");
        row.modifiedAt = value(kind, r, "modified_at");
        row.dataVersion = value(kind, r, "data_version");
        if (!upsert(kind, r.key, row))
            return false;
    }
    return true;
}

bool TeamChangeBuilder::upsertEvents()
{
    const TeamKind kind = TeamKind::Event;
    for (const TeamRecord &r : m_writes.value(kind)) {
        if (r.deleted)
            continue;
        EventRow row;
        row.uid = r.key;
        row.partnershipId = resolve(TeamKind::Partnership, value(kind, r, "partnership_uid"));
        if (row.partnershipId == 0) {
            skip(kind, r.key);
            continue;
        }
        row.date = value(kind, r, "date");
        row.type = value(kind, r, "type");
        row.description = value(kind, r, "description");
        row.origin = value(kind, r, "origin");
        row.modifiedAt = value(kind, r, "modified_at");
        row.dataVersion = value(kind, r, "data_version");
        if (!upsert(kind, r.key, row))
            return false;
    }
    return true;
}

bool TeamChangeBuilder::upsertLinks(TeamKind kind)
{
    const TeamKind parent = kind == TeamKind::PartnershipSource ? TeamKind::Partnership : TeamKind::Event;
    const TeamRecords &local = m_snapshot.records(kind);
    for (const TeamRecord &r : m_writes.value(kind)) {
        if (r.deleted || local.contains(r.key))
            continue;
        const QStringList parts = TeamKinds::splitKey(r.key);
        const qint64 parentId = resolve(parent, parts.value(0));
        const qint64 sourceId = resolve(TeamKind::Source, parts.value(1));
        if (parentId == 0 || sourceId == 0) {
            skip(kind, r.key);
            continue;
        }
        if (kind == TeamKind::PartnershipSource)
            m_changes.linkPartnershipSource(parentId, sourceId);
        else
            m_changes.linkEventSource(parentId, sourceId);
    }
    return true;
}

bool TeamChangeBuilder::upsertChecklist()
{
    const TeamKind kind = TeamKind::Checklist;
    const TeamRecords &local = m_snapshot.records(kind);
    for (const TeamRecord &r : m_writes.value(kind)) {
        if (r.deleted)
            continue;
        const QStringList parts = TeamKinds::splitKey(r.key);
        ChecklistRow row;
        row.placeUid = parts.value(0);
        row.partnerUid = parts.value(1);
        row.state = value(kind, r, "state");
        row.receivedDate = value(kind, r, "received_date");
        row.note = value(kind, r, "note");
        row.modifiedAt = value(kind, r, "modified_at");
        if (local.contains(r.key))
            m_changes.update(row);
        else
            m_changes.insert(row);
    }
    return true;
}

} // namespace twinatlas
