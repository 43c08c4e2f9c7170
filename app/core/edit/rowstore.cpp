// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowstore.h"

#include "db/sqlread.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <array>

namespace twinatlas {

namespace {

// How a column travels between a struct field and SQLite, so that NULL and '' both survive.
enum class Kind {
    Text, ///< NOT NULL text: a null QString is written as ''
    NullableText, ///< a null QString is NULL
    Integer,
    NullableId, ///< 0 is NULL
    Real,
};

struct Column
{
    const char *name;
    Kind kind;
};

struct Table
{
    const char *name;
    QVector<Column> columns;
    int keyColumns; ///< the first keyColumns columns are the key
    bool chosenRowid; ///< the key is an INTEGER PRIMARY KEY SQLite may choose
};

template<class Row>
const Table &table();

template<>
const Table &table<PlaceRow>()
{
    static const Table t{"places",
                         {{"id", Kind::Integer},
                          {"uid", Kind::Text},
                          {"geonameid", Kind::NullableId},
                          {"name", Kind::Text},
                          {"ascii_name", Kind::Text},
                          {"country", Kind::Text},
                          {"admin1", Kind::Text},
                          {"lon", Kind::Real},
                          {"lat", Kind::Real},
                          {"population", Kind::Integer},
                          {"kind", Kind::Text},
                          {"note", Kind::Text},
                          {"source_id", Kind::NullableId},
                          {"origin", Kind::Text},
                          {"modified_at", Kind::NullableText},
                          {"data_version", Kind::NullableText}},
                         1,
                         true};
    return t;
}

template<>
const Table &table<AlternateNameRow>()
{
    static const Table t{
            "alternate_names", {{"place_id", Kind::Integer}, {"name", Kind::Text}}, 2, false};
    return t;
}

template<>
const Table &table<PartnershipRow>()
{
    static const Table t{"partnerships",
                         {{"id", Kind::Integer},
                          {"uid", Kind::Text},
                          {"place_a", Kind::Integer},
                          {"place_b", Kind::Integer},
                          {"kind", Kind::Text},
                          {"status", Kind::Text},
                          {"start_date", Kind::NullableText},
                          {"end_date", Kind::NullableText},
                          {"note", Kind::Text},
                          {"origin", Kind::Text},
                          {"modified_at", Kind::NullableText},
                          {"data_version", Kind::NullableText}},
                         1,
                         true};
    return t;
}

template<>
const Table &table<EventRow>()
{
    static const Table t{"events",
                         {{"id", Kind::Integer},
                          {"uid", Kind::Text},
                          {"partnership_id", Kind::Integer},
                          {"date", Kind::NullableText},
                          {"type", Kind::Text},
                          {"description", Kind::Text},
                          {"origin", Kind::Text},
                          {"modified_at", Kind::NullableText},
                          {"data_version", Kind::NullableText}},
                         1,
                         true};
    return t;
}

template<>
const Table &table<SourceRow>()
{
    static const Table t{"sources",
                         {{"id", Kind::Integer},
                          {"uid", Kind::Text},
                          {"title", Kind::Text},
                          {"url", Kind::Text},
                          {"document", Kind::Text},
                          {"origin", Kind::Text},
                          {"modified_at", Kind::NullableText},
                          {"data_version", Kind::NullableText},
                          {"retrieved", Kind::NullableText}},
                         1,
                         true};
    return t;
}

template<>
const Table &table<PartnershipSourceRow>()
{
    static const Table t{"partnership_sources",
                         {{"partnership_id", Kind::Integer}, {"source_id", Kind::Integer}},
                         2,
                         false};
    return t;
}

template<>
const Table &table<EventSourceRow>()
{
    static const Table t{
            "event_sources", {{"event_id", Kind::Integer}, {"source_id", Kind::Integer}}, 2, false};
    return t;
}

template<>
const Table &table<ChecklistRow>()
{
    static const Table t{"checklist",
                         {{"place_uid", Kind::Text},
                          {"partner_uid", Kind::Text},
                          {"state", Kind::Text},
                          {"received_date", Kind::NullableText},
                          {"note", Kind::Text},
                          {"modified_at", Kind::NullableText}},
                         2,
                         false};
    return t;
}

template<>
const Table &table<TombstoneRow>()
{
    static const Table t{"tombstones",
                         {{"kind", Kind::Text}, {"uid", Kind::Text}, {"deleted_at", Kind::Text}},
                         2,
                         false};
    return t;
}

template<>
const Table &table<PlaceNameRow>()
{
    static const Table t{"place_names",
                         {{"place_id", Kind::Integer},
                          {"lang", Kind::Text},
                          {"name", Kind::Text},
                          {"origin", Kind::Text}},
                         2,
                         false};
    return t;
}

template<>
const Table &table<WikidataPlaceRow>()
{
    static const Table t{"wikidata_places", {{"item", Kind::Text}, {"place_uid", Kind::Text}}, 1, false};
    return t;
}

template<>
const Table &table<WikidataStatementRow>()
{
    static const Table t{"wikidata_statements",
                         {{"statement", Kind::Text},
                          {"subject", Kind::Text},
                          {"object", Kind::Text},
                          {"partnership_uid", Kind::Text},
                          {"start_date", Kind::NullableText},
                          {"end_date", Kind::NullableText},
                          {"countries", Kind::Text},
                          {"missing_since", Kind::NullableText}},
                         1,
                         false};
    return t;
}

// Field values in column order, and back.

QVariantList fields(const PlaceRow &r)
{
    return {r.id,       r.uid,    r.geonameId,  r.name,       r.asciiName, r.country,
            r.admin1,   r.lon,    r.lat,        r.population, r.kind,      r.note,
            r.sourceId, r.origin, r.modifiedAt, r.dataVersion};
}

void assign(PlaceRow &r, const QVariantList &v)
{
    r.id = v[0].toLongLong();
    r.uid = v[1].toString();
    r.geonameId = v[2].toLongLong();
    r.name = v[3].toString();
    r.asciiName = v[4].toString();
    r.country = v[5].toString();
    r.admin1 = v[6].toString();
    r.lon = v[7].toDouble();
    r.lat = v[8].toDouble();
    r.population = v[9].toLongLong();
    r.kind = v[10].toString();
    r.note = v[11].toString();
    r.sourceId = v[12].toLongLong();
    r.origin = v[13].toString();
    r.modifiedAt = v[14].toString();
    r.dataVersion = v[15].toString();
}

QVariantList fields(const AlternateNameRow &r)
{
    return {r.placeId, r.name};
}

void assign(AlternateNameRow &r, const QVariantList &v)
{
    r.placeId = v[0].toLongLong();
    r.name = v[1].toString();
}

QVariantList fields(const PartnershipRow &r)
{
    return {r.id,        r.uid,     r.placeA, r.placeB, r.kind,       r.status,
            r.startDate, r.endDate, r.note,   r.origin, r.modifiedAt, r.dataVersion};
}

void assign(PartnershipRow &r, const QVariantList &v)
{
    r.id = v[0].toLongLong();
    r.uid = v[1].toString();
    r.placeA = v[2].toLongLong();
    r.placeB = v[3].toLongLong();
    r.kind = v[4].toString();
    r.status = v[5].toString();
    r.startDate = v[6].toString();
    r.endDate = v[7].toString();
    r.note = v[8].toString();
    r.origin = v[9].toString();
    r.modifiedAt = v[10].toString();
    r.dataVersion = v[11].toString();
}

QVariantList fields(const EventRow &r)
{
    return {r.id,          r.uid,    r.partnershipId, r.date,       r.type,
            r.description, r.origin, r.modifiedAt,    r.dataVersion};
}

void assign(EventRow &r, const QVariantList &v)
{
    r.id = v[0].toLongLong();
    r.uid = v[1].toString();
    r.partnershipId = v[2].toLongLong();
    r.date = v[3].toString();
    r.type = v[4].toString();
    r.description = v[5].toString();
    r.origin = v[6].toString();
    r.modifiedAt = v[7].toString();
    r.dataVersion = v[8].toString();
}

QVariantList fields(const SourceRow &r)
{
    return {r.id, r.uid, r.title, r.url, r.document, r.origin, r.modifiedAt, r.dataVersion, r.retrieved};
}

void assign(SourceRow &r, const QVariantList &v)
{
    r.id = v[0].toLongLong();
    r.uid = v[1].toString();
    r.title = v[2].toString();
    r.url = v[3].toString();
    r.document = v[4].toString();
    r.origin = v[5].toString();
    r.modifiedAt = v[6].toString();
    r.dataVersion = v[7].toString();
    r.retrieved = v[8].toString();
}

QVariantList fields(const PartnershipSourceRow &r)
{
    return {r.partnershipId, r.sourceId};
}

void assign(PartnershipSourceRow &r, const QVariantList &v)
{
    r.partnershipId = v[0].toLongLong();
    r.sourceId = v[1].toLongLong();
}

QVariantList fields(const EventSourceRow &r)
{
    return {r.eventId, r.sourceId};
}

void assign(EventSourceRow &r, const QVariantList &v)
{
    r.eventId = v[0].toLongLong();
    r.sourceId = v[1].toLongLong();
}

QVariantList fields(const ChecklistRow &r)
{
    return {r.placeUid, r.partnerUid, r.state, r.receivedDate, r.note, r.modifiedAt};
}

void assign(ChecklistRow &r, const QVariantList &v)
{
    r.placeUid = v[0].toString();
    r.partnerUid = v[1].toString();
    r.state = v[2].toString();
    r.receivedDate = v[3].toString();
    r.note = v[4].toString();
    r.modifiedAt = v[5].toString();
}

QVariantList fields(const TombstoneRow &r)
{
    return {r.kind, r.uid, r.deletedAt};
}

void assign(TombstoneRow &r, const QVariantList &v)
{
    r.kind = v[0].toString();
    r.uid = v[1].toString();
    r.deletedAt = v[2].toString();
}

QVariantList fields(const PlaceNameRow &r)
{
    return {r.placeId, r.lang, r.name, r.origin};
}

void assign(PlaceNameRow &r, const QVariantList &v)
{
    r.placeId = v[0].toLongLong();
    r.lang = v[1].toString();
    r.name = v[2].toString();
    r.origin = v[3].toString();
}

QVariantList fields(const WikidataPlaceRow &r)
{
    return {r.item, r.placeUid};
}

void assign(WikidataPlaceRow &r, const QVariantList &v)
{
    r.item = v[0].toString();
    r.placeUid = v[1].toString();
}

QVariantList fields(const WikidataStatementRow &r)
{
    return {r.statement, r.subject, r.object, r.partnershipUid,
            r.startDate, r.endDate, r.countries, r.missingSince};
}

void assign(WikidataStatementRow &r, const QVariantList &v)
{
    r.statement = v[0].toString();
    r.subject = v[1].toString();
    r.object = v[2].toString();
    r.partnershipUid = v[3].toString();
    r.startDate = v[4].toString();
    r.endDate = v[5].toString();
    r.countries = v[6].toString();
    r.missingSince = v[7].toString();
}

QVariant toSql(const QVariant &field, Kind kind)
{
    switch (kind) {
    case Kind::Text: {
        const QString s = field.toString();
        return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
    }
    case Kind::NullableText: {
        const QString s = field.toString();
        return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
    }
    case Kind::Integer: return field.toLongLong();
    case Kind::NullableId:
        return field.toLongLong() == 0 ? QVariant(QMetaType::fromType<qlonglong>())
                                       : QVariant(field.toLongLong());
    case Kind::Real: return field.toDouble();
    }
    return field;
}

QVariant fromSql(const QVariant &value, Kind kind)
{
    switch (kind) {
    case Kind::Text:
    case Kind::NullableText:
        if (value.isNull())
            return kind == Kind::Text ? QVariant(QString(QLatin1String(""))) : QVariant(QString());
        else {
            // '' must stay distinct from NULL.
            const QString s = value.toString();
            return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
        }
    case Kind::Integer:
    case Kind::NullableId: return value.isNull() ? qlonglong(0) : value.toLongLong();
    case Kind::Real: return value.toDouble();
    }
    return value;
}

QString columnList(const Table &t, int from = 0)
{
    QStringList names;
    for (int i = from; i < t.columns.size(); ++i)
        names << QLatin1String(t.columns.at(i).name);
    return names.join(QStringLiteral(", "));
}

QString keyCondition(const Table &t)
{
    QStringList parts;
    for (int i = 0; i < t.keyColumns; ++i)
        parts << QStringLiteral("%1 = ?").arg(QLatin1String(t.columns.at(i).name));
    return parts.join(QStringLiteral(" AND "));
}

template<class Row>
Row rowFrom(const QSqlQuery &q, const Table &t)
{
    QVariantList values;
    for (int i = 0; i < t.columns.size(); ++i)
        values << fromSql(q.value(i), t.columns.at(i).kind);
    Row row;
    assign(row, values);
    return row;
}

// The statements of a table, built once: a write of tens of thousands of rows asks for the
// same few each time.
template<class Row>
const QString &insertSql(int from)
{
    static const std::array<QString, 2> sql = [] {
        const Table &t = table<Row>();
        QString forms[2];
        for (int f = 0; f < 2; ++f) {
            QStringList marks;
            for (int i = f; i < t.columns.size(); ++i)
                marks << QStringLiteral("?");
            forms[f] = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(QLatin1String(t.name), columnList(t, f), marks.join(QStringLiteral(", ")));
        }
        return std::array<QString, 2>{forms[0], forms[1]};
    }();
    return sql[from];
}

template<class Row>
const QString &updateSql()
{
    static const QString sql = [] {
        const Table &t = table<Row>();
        QStringList sets;
        for (int i = t.keyColumns; i < t.columns.size(); ++i)
            sets << QStringLiteral("%1 = ?").arg(QLatin1String(t.columns.at(i).name));
        return QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                .arg(QLatin1String(t.name), sets.join(QStringLiteral(", ")), keyCondition(t));
    }();
    return sql;
}

template<class Row>
const QString &deleteSql()
{
    static const QString sql = [] {
        const Table &t = table<Row>();
        return QStringLiteral("DELETE FROM %1 WHERE %2").arg(QLatin1String(t.name), keyCondition(t));
    }();
    return sql;
}

} // namespace

QSqlQuery &RowStore::statement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        it = m_statements.insert(sql, q);
    }
    return it.value();
}

template<class Row>
QVector<Row> RowStore::readWhere(const QString &where, const QVariantList &values) const
{
    const Table &t = table<Row>();
    QSqlQuery &q = statement(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                                     .arg(columnList(t), QLatin1String(t.name), where,
                                          QLatin1String(t.columns.at(0).name)
                                                  + (t.keyColumns > 1 ? QStringLiteral(", ")
                                                                     + QLatin1String(t.columns.at(1).name)
                                                                      : QString())));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVector<Row> rows;
    SqlFailure failure;
    if (!SqlRead::forEach(q, &failure, [&] { rows << rowFrom<Row>(q, t); })) {
        rows.clear();
        if (!m_readFailure)
            m_readFailure = failure;
    }
    // A statement kept for reuse must not hold its read open.
    q.finish();
    return rows;
}

std::optional<EditRow> RowStore::read(const EditRow &key) const
{
    return std::visit(
            [this](const auto &row) -> std::optional<EditRow> {
                using Row = std::decay_t<decltype(row)>;
                const Table &t = table<Row>();
                const QVariantList values = fields(row);
                QVariantList keys;
                for (int i = 0; i < t.keyColumns; ++i)
                    keys << toSql(values.at(i), t.columns.at(i).kind);
                const QVector<Row> rows = readWhere<Row>(keyCondition(t), keys);
                if (rows.isEmpty())
                    return std::nullopt;
                return EditRow(rows.first());
            },
            key);
}

bool RowStore::insert(const EditRow &row, qint64 *newId)
{
    return std::visit(
            [this, newId](const auto &r) {
                using Row = std::decay_t<decltype(r)>;
                const Table &t = table<Row>();
                const QVariantList values = fields(r);
                const int from = t.chosenRowid && values.at(0).toLongLong() <= 0 ? 1 : 0;
                QSqlQuery &q = statement(insertSql<Row>(from));
                for (int i = from; i < t.columns.size(); ++i)
                    q.bindValue(i - from, toSql(values.at(i), t.columns.at(i).kind));
                if (!q.exec()) {
                    m_error = q.lastError().databaseText();
                    q.finish();
                    return false;
                }
                if (newId)
                    *newId = t.chosenRowid
                            ? (from ? q.lastInsertId().toLongLong() : values.at(0).toLongLong())
                            : 0;
                q.finish();
                return true;
            },
            row);
}

bool RowStore::update(const EditRow &row)
{
    return std::visit(
            [this](const auto &r) {
                using Row = std::decay_t<decltype(r)>;
                const Table &t = table<Row>();
                const QVariantList values = fields(r);
                QSqlQuery &q = statement(updateSql<Row>());
                int bound = 0;
                for (int i = t.keyColumns; i < t.columns.size(); ++i)
                    q.bindValue(bound++, toSql(values.at(i), t.columns.at(i).kind));
                for (int i = 0; i < t.keyColumns; ++i)
                    q.bindValue(bound++, toSql(values.at(i), t.columns.at(i).kind));
                const bool done = q.exec();
                const int affected = done ? q.numRowsAffected() : 0;
                if (!done)
                    m_error = q.lastError().databaseText();
                q.finish();
                if (!done)
                    return false;
                if (affected != 1) {
                    m_error = QStringLiteral("no such row in %1").arg(QLatin1String(t.name));
                    return false;
                }
                return true;
            },
            row);
}

bool RowStore::remove(const EditRow &key)
{
    return std::visit(
            [this](const auto &r) {
                using Row = std::decay_t<decltype(r)>;
                const Table &t = table<Row>();
                const QVariantList values = fields(r);
                QSqlQuery &q = statement(deleteSql<Row>());
                for (int i = 0; i < t.keyColumns; ++i)
                    q.bindValue(i, toSql(values.at(i), t.columns.at(i).kind));
                const bool done = q.exec();
                const int affected = done ? q.numRowsAffected() : 0;
                if (!done)
                    m_error = q.lastError().databaseText();
                q.finish();
                if (!done)
                    return false;
                if (affected != 1) {
                    m_error = QStringLiteral("no such row in %1").arg(QLatin1String(t.name));
                    return false;
                }
                return true;
            },
            key);
}

std::optional<PlaceRow> RowStore::place(qint64 id) const
{
    const QVector<PlaceRow> rows = readWhere<PlaceRow>(QStringLiteral("id = ?"), {id});
    return rows.isEmpty() ? std::nullopt : std::optional<PlaceRow>(rows.first());
}

std::optional<PlaceRow> RowStore::placeByUid(const QString &uid) const
{
    const QVector<PlaceRow> rows = readWhere<PlaceRow>(QStringLiteral("uid = ?"), {uid});
    return rows.isEmpty() ? std::nullopt : std::optional<PlaceRow>(rows.first());
}

std::optional<PartnershipRow> RowStore::partnership(qint64 id) const
{
    const auto rows = readWhere<PartnershipRow>(QStringLiteral("id = ?"), {id});
    return rows.isEmpty() ? std::nullopt : std::optional<PartnershipRow>(rows.first());
}

std::optional<EventRow> RowStore::event(qint64 id) const
{
    const auto rows = readWhere<EventRow>(QStringLiteral("id = ?"), {id});
    return rows.isEmpty() ? std::nullopt : std::optional<EventRow>(rows.first());
}

std::optional<SourceRow> RowStore::source(qint64 id) const
{
    const auto rows = readWhere<SourceRow>(QStringLiteral("id = ?"), {id});
    return rows.isEmpty() ? std::nullopt : std::optional<SourceRow>(rows.first());
}

std::optional<ChecklistRow> RowStore::checklistEntry(const QString &placeUid,
                                                     const QString &partnerUid) const
{
    const auto rows = readWhere<ChecklistRow>(QStringLiteral("place_uid = ? AND partner_uid = ?"),
                                              {placeUid, partnerUid});
    return rows.isEmpty() ? std::nullopt : std::optional<ChecklistRow>(rows.first());
}

std::optional<TombstoneRow> RowStore::tombstone(const QString &kind, const QString &uid) const
{
    const auto rows = readWhere<TombstoneRow>(QStringLiteral("kind = ? AND uid = ?"), {kind, uid});
    return rows.isEmpty() ? std::nullopt : std::optional<TombstoneRow>(rows.first());
}

std::optional<PlaceNameRow> RowStore::placeName(qint64 placeId, const QString &lang) const
{
    const auto rows = readWhere<PlaceNameRow>(QStringLiteral("place_id = ? AND lang = ?"), {placeId, lang});
    return rows.isEmpty() ? std::nullopt : std::optional<PlaceNameRow>(rows.first());
}

QVector<PlaceNameRow> RowStore::placeNamesOf(qint64 placeId) const
{
    return readWhere<PlaceNameRow>(QStringLiteral("place_id = ?"), {placeId});
}

QVector<AlternateNameRow> RowStore::alternateNamesOf(qint64 placeId) const
{
    return readWhere<AlternateNameRow>(QStringLiteral("place_id = ?"), {placeId});
}

QVector<EventRow> RowStore::eventsOf(qint64 partnershipId) const
{
    return readWhere<EventRow>(QStringLiteral("partnership_id = ?"), {partnershipId});
}

QVector<PartnershipSourceRow> RowStore::sourcesOfPartnership(qint64 partnershipId) const
{
    return readWhere<PartnershipSourceRow>(QStringLiteral("partnership_id = ?"), {partnershipId});
}

QVector<EventSourceRow> RowStore::sourcesOfEvent(qint64 eventId) const
{
    return readWhere<EventSourceRow>(QStringLiteral("event_id = ?"), {eventId});
}

QString RowStore::tombstoneKind(const EditRow &row)
{
    if (std::holds_alternative<PlaceRow>(row))
        return QStringLiteral("place");
    if (std::holds_alternative<PartnershipRow>(row))
        return QStringLiteral("partnership");
    if (std::holds_alternative<EventRow>(row))
        return QStringLiteral("event");
    if (std::holds_alternative<SourceRow>(row))
        return QStringLiteral("source");
    return {};
}

QString RowStore::tableName(const EditRow &row)
{
    return std::visit(
            [](const auto &r) {
                using Row = std::decay_t<decltype(r)>;
                return QString::fromLatin1(table<Row>().name);
            },
            row);
}

} // namespace twinatlas
