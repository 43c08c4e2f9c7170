// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace twinatlas {

namespace {

// The places a team shares: those the user made, and those the team sent before.
const char *sharedPlaces = "(p.origin = 'user' OR p.uid IN"
                           " (SELECT key FROM team_base WHERE kind = 'place'))";

struct KindQuery
{
    TeamKind kind;
    QString sql; ///< selects [id,] the key columns, then the fields in order
    bool hasId;
};

QVector<KindQuery> queries()
{
    return {
        {TeamKind::Place,
         QStringLiteral("SELECT p.id, p.uid, p.geonameid, p.name, p.ascii_name, p.country,"
                        " p.admin1, p.lon, p.lat, p.population, p.kind, p.note, s.uid, p.origin,"
                        " '', p.modified_at, p.data_version"
                        " FROM places p LEFT JOIN sources s ON s.id = p.source_id WHERE %1")
                 .arg(QLatin1String(sharedPlaces)),
         true},
        {TeamKind::Source,
         QStringLiteral("SELECT id, uid, title, url, document, origin, modified_at, data_version"
                        " FROM sources"),
         true},
        {TeamKind::Partnership,
         QStringLiteral("SELECT p.id, p.uid, a.uid, b.uid, p.kind, p.status, p.start_date,"
                        " p.end_date, p.note, p.origin, p.modified_at, p.data_version"
                        " FROM partnerships p JOIN places a ON a.id = p.place_a"
                        " JOIN places b ON b.id = p.place_b"),
         true},
        {TeamKind::Event,
         QStringLiteral("SELECT e.id, e.uid, p.uid, e.date, e.type, e.description, e.origin,"
                        " e.modified_at, e.data_version"
                        " FROM events e JOIN partnerships p ON p.id = e.partnership_id"),
         true},
        {TeamKind::PartnershipSource,
         QStringLiteral("SELECT p.uid, s.uid FROM partnership_sources l"
                        " JOIN partnerships p ON p.id = l.partnership_id"
                        " JOIN sources s ON s.id = l.source_id"),
         false},
        {TeamKind::EventSource,
         QStringLiteral("SELECT e.uid, s.uid FROM event_sources l"
                        " JOIN events e ON e.id = l.event_id JOIN sources s ON s.id = l.source_id"),
         false},
        {TeamKind::Checklist,
         QStringLiteral("SELECT place_uid, partner_uid, state, received_date, note, modified_at"
                        " FROM checklist"),
         false},
    };
}

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

bool TeamSnapshot::read(QSqlDatabase db, QString *error)
{
    m_records.clear();
    m_ids.clear();
    m_adopted.clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (const KindQuery &kq : queries()) {
        const QVector<TeamField> &fields = TeamKinds::fields(kq.kind);
        const int keys = int(TeamKinds::keyColumns(kq.kind).size());
        const int first = kq.hasId ? 1 : 0;
        if (!q.exec(kq.sql))
            return failed(q, error);
        TeamRecords &records = m_records[kq.kind];
        QHash<QString, qint64> &ids = m_ids[kq.kind];
        while (q.next()) {
            TeamRecord r;
            QStringList keyParts;
            for (int i = 0; i < keys; ++i)
                keyParts << q.value(first + i).toString();
            r.key = TeamKinds::joinKey(keyParts);
            r.values.reserve(fields.size());
            for (int i = 0; i < fields.size(); ++i)
                r.values << TeamKinds::valueText(fields.at(i).type, q.value(first + keys + i));
            if (kq.hasId)
                ids.insert(r.key, q.value(0).toLongLong());
            records.insert(r.key, r);
        }
        if (q.lastError().isValid())
            return failed(q, error);
    }

    // A place's other names, sorted, as one value: a JSON array.
    QHash<qint64, QStringList> names;
    if (!q.exec(QStringLiteral("SELECT a.place_id, a.name FROM alternate_names a"
                               " JOIN places p ON p.id = a.place_id WHERE %1")
                        .arg(QLatin1String(sharedPlaces))))
        return failed(q, error);
    while (q.next())
        names[q.value(0).toLongLong()] << q.value(1).toString();
    if (q.lastError().isValid())
        return failed(q, error);
    const int namesField = TeamKinds::fieldIndex(TeamKind::Place, QStringLiteral("alternate_names"));
    TeamRecords &places = m_records[TeamKind::Place];
    const QHash<QString, qint64> &placeIds = m_ids[TeamKind::Place];
    for (auto it = places.begin(); it != places.end(); ++it) {
        QStringList list = names.value(placeIds.value(it.key()));
        std::sort(list.begin(), list.end());
        it->values[namesField] = QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    }
    return true;
}

const TeamRecords &TeamSnapshot::records(TeamKind kind) const
{
    static const TeamRecords none;
    const auto it = m_records.constFind(kind);
    return it == m_records.constEnd() ? none : it.value();
}

qint64 TeamSnapshot::localId(TeamKind kind, const QString &key) const
{
    return m_ids.value(kind).value(key);
}

QString TeamSnapshot::localUid(TeamKind kind, const QString &key) const
{
    return m_adopted.value(kind).value(key, key);
}

void TeamSnapshot::adopt(TeamKind kind, const QString &from, const QString &to)
{
    TeamRecords &records = m_records[kind];
    TeamRecord r = records.take(from);
    r.key = to;
    records.insert(to, r);
    QHash<QString, qint64> &ids = m_ids[kind];
    ids.insert(to, ids.take(from));
    m_adopted[kind].insert(to, from);
}

} // namespace twinatlas
