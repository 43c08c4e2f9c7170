// SPDX-License-Identifier: GPL-3.0-or-later
#include "writesession.h"

#include "db/sqlread.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>
#include <QUuid>
#include <type_traits>
#include <algorithm>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::WriteSession", text);
}

const QString bundled = QStringLiteral("bundled");

// The rows with an INTEGER PRIMARY KEY id.
template<class Row>
constexpr bool hasId = std::is_same_v<Row, PlaceRow> || std::is_same_v<Row, PartnershipRow>
        || std::is_same_v<Row, EventRow> || std::is_same_v<Row, SourceRow>;

// The row with its id set, for the rows that have one.
EditRow withId(EditRow row, qint64 id)
{
    std::visit(
            [id](auto &r) {
                if constexpr (hasId<std::decay_t<decltype(r)>>)
                    r.id = id;
            },
            row);
    return row;
}

// A date field a form left empty means "no date", which the table stores as NULL.
void normaliseDate(QString &date)
{
    if (date.isEmpty())
        date = QString();
}

} // namespace

WriteSession::WriteSession(QSqlDatabase db, ChangeSet::Provenance provenance, const QString &now)
    : m_db(db), m_store(db), m_validator(db), m_index(db), m_provenance(provenance), m_now(now)
{ }

ChangeSet WriteSession::inverse() const
{
    ChangeSet undo(ChangeSet::Provenance::Exact);
    for (auto it = m_undo.crbegin(); it != m_undo.crend(); ++it)
        undo.append(*it);
    return undo;
}

bool WriteSession::accept(const QVector<EditProblem> &problems)
{
    for (EditProblem p : problems) {
        p.operation = m_operation;
        m_problems << p;
    }
    return problems.isEmpty();
}

bool WriteSession::refuse(const QString &field, const QString &message)
{
    m_problems << EditProblem{field, message, m_operation};
    return false;
}

bool WriteSession::storeFailed()
{
    return refuse(QString(), tr("The change could not be saved: %1").arg(m_store.errorString()));
}

QString WriteSession::newUid() const
{
    return QStringLiteral("u:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool WriteSession::resolve(qint64 &id, const QString &field)
{
    if (id >= 0)
        return true;
    const auto it = m_ids.constFind(id);
    if (it == m_ids.constEnd())
        return refuse(field,
                      tr("%1: refers to a row that no earlier step of this change adds.")
                              .arg(EditValidator::fieldLabel(field)));
    id = it.value();
    return true;
}

bool WriteSession::definePlaceholder(qint64 &id, qint64 *placeholder)
{
    *placeholder = 0;
    if (id >= 0)
        return true;
    if (m_ids.contains(id))
        return refuse(QStringLiteral("id"),
                      tr("The placeholder id %1 is used for two new rows.").arg(id));
    *placeholder = id;
    id = 0;
    return true;
}

bool WriteSession::insertRow(const EditRow &row, qint64 *newId)
{
    qint64 id = 0;
    if (!m_store.insert(row, &id))
        return storeFailed();
    if (newId)
        *newId = id;
    m_undo.append({Action::Delete, withId(row, id)});
    return true;
}

bool WriteSession::updateRow(const EditRow &before, const EditRow &after)
{
    if (!m_store.update(after))
        return storeFailed();
    m_undo.append({Action::Update, before});
    return true;
}

bool WriteSession::deleteRow(const EditRow &before)
{
    if (!m_store.remove(before))
        return storeFailed();
    m_undo.append({Action::Insert, before});
    return true;
}

bool WriteSession::bury(const QString &kind, const QString &uid)
{
    const TombstoneRow stone{kind, uid, m_now};
    if (const auto existing = m_store.tombstone(kind, uid))
        return updateRow(*existing, stone);
    return insertRow(stone);
}

bool WriteSession::unbury(const QString &kind, const QString &uid)
{
    if (const auto existing = m_store.tombstone(kind, uid))
        return deleteRow(*existing);
    return true;
}

bool WriteSession::touch(const QString &table, qint64 id)
{
    // Adding a name or a source changes the parent as far as updates are concerned: the
    // user's version of it is kept.
    if (!userEdit())
        return true;
    const QString key = table + QLatin1Char(':') + QString::number(id);
    if (m_stamped.contains(key))
        return true;
    m_stamped.insert(key);
    if (table == QLatin1String("places")) {
        if (auto row = m_store.place(id)) {
            PlaceRow after = *row;
            after.modifiedAt = m_now;
            return updateRow(*row, after);
        }
    } else if (table == QLatin1String("partnerships")) {
        if (auto row = m_store.partnership(id)) {
            PartnershipRow after = *row;
            after.modifiedAt = m_now;
            return updateRow(*row, after);
        }
    } else if (table == QLatin1String("events")) {
        if (auto row = m_store.event(id)) {
            EventRow after = *row;
            after.modifiedAt = m_now;
            return updateRow(*row, after);
        }
    }
    return true;
}

bool WriteSession::apply(const EditOperation &operation, int index)
{
    m_operation = index;
    const Action action = operation.action;
    return std::visit(
            [this, action](const auto &row) -> bool {
                using Row = std::decay_t<decltype(row)>;
                if constexpr (std::is_same_v<Row, PlaceRow>)
                    return applyPlace(action, row);
                else if constexpr (std::is_same_v<Row, AlternateNameRow>)
                    return applyAlternateName(action, row);
                else if constexpr (std::is_same_v<Row, PartnershipRow>)
                    return applyPartnership(action, row);
                else if constexpr (std::is_same_v<Row, EventRow>)
                    return applyEvent(action, row);
                else if constexpr (std::is_same_v<Row, SourceRow>)
                    return applySource(action, row);
                else if constexpr (std::is_same_v<Row, PartnershipSourceRow>)
                    return applyPartnershipSource(action, row);
                else if constexpr (std::is_same_v<Row, EventSourceRow>)
                    return applyEventSource(action, row);
                else if constexpr (std::is_same_v<Row, ChecklistRow>)
                    return applyChecklist(action, row);
                else if constexpr (std::is_same_v<Row, PlaceNameRow>)
                    return applyPlaceName(action, row);
                else if constexpr (std::is_same_v<Row, WikidataPlaceRow>)
                    return applyKeyed(action, row, QStringLiteral("item"));
                else if constexpr (std::is_same_v<Row, WikidataStatementRow>)
                    return applyKeyed(action, row, QStringLiteral("statement"));
                else
                    return applyTombstone(action, row);
            },
            operation.row);
}

bool WriteSession::finish()
{
    // What a failed read left out (a row to delete with another, a duplicate) would be
    // written wrongly: nothing of the change is.
    if (m_store.readFailure())
        return refuse(QString(), tr("The change could not be saved: the atlas %1.")
                                         .arg(m_store.readFailure().reason()));
    QString error;
    if (m_index.finish(&error))
        return true;
    return refuse(QString(), tr("The search index could not be updated: %1").arg(error));
}

bool WriteSession::applyPlace(Action action, PlaceRow row)
{
    if (action == Action::Insert) {
        qint64 placeholder = 0;
        if (!definePlaceholder(row.id, &placeholder)
            || !resolve(row.sourceId, QStringLiteral("source_id")))
            return false;
        if (userEdit()) {
            if (row.uid.isEmpty())
                row.uid = row.geonameId > 0 ? QStringLiteral("gn:%1").arg(row.geonameId) : newUid();
            row.origin = QStringLiteral("user");
            row.modifiedAt = m_now;
            row.dataVersion = QString();
            if (!accept(m_validator.checkPlace(row)) || !unbury(QStringLiteral("place"), row.uid))
                return false;
        }
        qint64 id = 0;
        if (!insertRow(row, &id))
            return false;
        if (placeholder)
            m_ids.insert(placeholder, id);
        m_stamped.insert(QStringLiteral("places:%1").arg(id));
        return m_index.aboutToChange(id);
    }
    if (!resolve(row.id, QStringLiteral("id")))
        return false;
    const auto before = m_store.place(row.id);
    if (!before)
        return refuse(QStringLiteral("id"), tr("There is no place %1 to change.").arg(row.id));
    if (action == Action::Delete)
        return deletePlace(*before);
    if (!resolve(row.sourceId, QStringLiteral("source_id")))
        return false;
    if (userEdit()) {
        row.uid = before->uid;
        row.origin = before->origin;
        row.dataVersion = before->dataVersion;
        row.modifiedAt = m_now;
        if (!accept(m_validator.checkPlace(row)))
            return false;
        m_stamped.insert(QStringLiteral("places:%1").arg(row.id));
    }
    return m_index.aboutToChange(row.id) && updateRow(*before, row);
}

bool WriteSession::deletePlace(const PlaceRow &before)
{
    if (userEdit() && !accept(m_validator.checkPlaceRemoval(before.id)))
        return false;
    if (!m_index.aboutToChange(before.id))
        return false;
    for (const AlternateNameRow &name : m_store.alternateNamesOf(before.id))
        if (!deleteRow(name))
            return false;
    // Removed here rather than by the table's cascade, so that an undo brings them back.
    for (const PlaceNameRow &name : m_store.placeNamesOf(before.id))
        if (!deleteRow(name))
            return false;
    if (userEdit()) {
        // The place's checklist entries, both ways, would point at nothing.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT place_uid, partner_uid FROM checklist"
                                 " WHERE place_uid = ? OR partner_uid = ?"));
        q.addBindValue(before.uid);
        q.addBindValue(before.uid);
        QVector<std::pair<QString, QString>> keys;
        SqlFailure failure;
        if (!SqlRead::forEach(q, &failure, [&] { keys.append({q.value(0).toString(), q.value(1).toString()}); }))
            return refuse(QString(), tr("The change could not be saved: the atlas %1.").arg(failure.reason()));
        for (const auto &[placeUid, partnerUid] : keys)
            if (const auto entry = m_store.checklistEntry(placeUid, partnerUid))
                if (!deleteRow(*entry))
                    return false;
    }
    if (!deleteRow(before))
        return false;
    return !userEdit() || before.origin != bundled || bury(QStringLiteral("place"), before.uid);
}

bool WriteSession::applyAlternateName(Action action, AlternateNameRow row)
{
    if (!resolve(row.placeId, QStringLiteral("place_id")))
        return false;
    if (action == Action::Update)
        return refuse(QStringLiteral("name"),
                      tr("An alternate name is changed by removing it and adding the new one."));
    if (action == Action::Insert) {
        if (userEdit() && !accept(m_validator.checkAlternateName(row)))
            return false;
        return m_index.aboutToChange(row.placeId) && insertRow(row)
                && touch(QStringLiteral("places"), row.placeId);
    }
    const auto before = m_store.read(row);
    if (!before)
        return refuse(QStringLiteral("name"),
                      tr("The place has no alternate name “%1”.").arg(row.name));
    return m_index.aboutToChange(row.placeId) && deleteRow(*before)
            && touch(QStringLiteral("places"), row.placeId);
}

bool WriteSession::applyPartnership(Action action, PartnershipRow row)
{
    qint64 placeholder = 0;
    if (action == Action::Insert ? !definePlaceholder(row.id, &placeholder)
                                 : !resolve(row.id, QStringLiteral("id")))
        return false;
    if (action == Action::Delete) {
        const auto before = m_store.partnership(row.id);
        if (!before)
            return refuse(QStringLiteral("id"),
                          tr("There is no partnership %1 to remove.").arg(row.id));
        return deletePartnership(*before);
    }
    if (!resolve(row.placeA, QStringLiteral("place_a"))
        || !resolve(row.placeB, QStringLiteral("place_b")))
        return false;
    std::optional<PartnershipRow> before;
    if (action == Action::Update) {
        before = m_store.partnership(row.id);
        if (!before)
            return refuse(QStringLiteral("id"),
                          tr("There is no partnership %1 to change.").arg(row.id));
    }
    if (userEdit()) {
        normaliseDate(row.startDate);
        normaliseDate(row.endDate);
        if (before) {
            row.uid = before->uid;
            row.origin = before->origin;
            row.dataVersion = before->dataVersion;
        } else {
            if (row.uid.isEmpty())
                row.uid = newUid();
            row.origin = QStringLiteral("user");
            row.dataVersion = QString();
        }
        row.modifiedAt = m_now;
        if (!accept(m_validator.checkPartnership(row)))
            return false;
        if (!before && !unbury(QStringLiteral("partnership"), row.uid))
            return false;
    }
    if (before) {
        m_stamped.insert(QStringLiteral("partnerships:%1").arg(row.id));
        return updateRow(*before, row);
    }
    qint64 id = 0;
    if (!insertRow(row, &id))
        return false;
    if (placeholder)
        m_ids.insert(placeholder, id);
    m_stamped.insert(QStringLiteral("partnerships:%1").arg(id));
    return true;
}

bool WriteSession::deletePartnership(const PartnershipRow &before)
{
    for (const EventRow &event : m_store.eventsOf(before.id))
        if (!deleteEvent(event))
            return false;
    for (const PartnershipSourceRow &link : m_store.sourcesOfPartnership(before.id))
        if (!deleteRow(link))
            return false;
    if (!deleteRow(before))
        return false;
    return !userEdit() || before.origin != bundled
            || bury(QStringLiteral("partnership"), before.uid);
}

bool WriteSession::applyEvent(Action action, EventRow row)
{
    qint64 placeholder = 0;
    if (action == Action::Insert ? !definePlaceholder(row.id, &placeholder)
                                 : !resolve(row.id, QStringLiteral("id")))
        return false;
    if (action == Action::Delete) {
        const auto before = m_store.event(row.id);
        if (!before)
            return refuse(QStringLiteral("id"), tr("There is no event %1 to remove.").arg(row.id));
        return deleteEvent(*before);
    }
    if (!resolve(row.partnershipId, QStringLiteral("partnership_id")))
        return false;
    std::optional<EventRow> before;
    if (action == Action::Update) {
        before = m_store.event(row.id);
        if (!before)
            return refuse(QStringLiteral("id"), tr("There is no event %1 to change.").arg(row.id));
    }
    if (userEdit()) {
        if (before) {
            row.uid = before->uid;
            row.origin = before->origin;
            row.dataVersion = before->dataVersion;
        } else {
            if (row.uid.isEmpty())
                row.uid = newUid();
            row.origin = QStringLiteral("user");
            row.dataVersion = QString();
        }
        row.modifiedAt = m_now;
        if (!accept(m_validator.checkEvent(row)))
            return false;
        if (!before && !unbury(QStringLiteral("event"), row.uid))
            return false;
    }
    if (before) {
        m_stamped.insert(QStringLiteral("events:%1").arg(row.id));
        return updateRow(*before, row);
    }
    qint64 id = 0;
    if (!insertRow(row, &id))
        return false;
    if (placeholder)
        m_ids.insert(placeholder, id);
    m_stamped.insert(QStringLiteral("events:%1").arg(id));
    return true;
}

bool WriteSession::deleteEvent(const EventRow &before)
{
    for (const EventSourceRow &link : m_store.sourcesOfEvent(before.id))
        if (!deleteRow(link))
            return false;
    if (!deleteRow(before))
        return false;
    return !userEdit() || before.origin != bundled || bury(QStringLiteral("event"), before.uid);
}

bool WriteSession::applySource(Action action, SourceRow row)
{
    qint64 placeholder = 0;
    if (action == Action::Insert ? !definePlaceholder(row.id, &placeholder)
                                 : !resolve(row.id, QStringLiteral("id")))
        return false;
    std::optional<SourceRow> before;
    if (action != Action::Insert) {
        before = m_store.source(row.id);
        if (!before)
            return refuse(QStringLiteral("id"), tr("There is no source %1.").arg(row.id));
    }
    if (action == Action::Delete) {
        if (userEdit() && !accept(m_validator.checkSourceRemoval(row.id)))
            return false;
        if (!deleteRow(*before))
            return false;
        return !userEdit() || before->origin != bundled
                || bury(QStringLiteral("source"), before->uid);
    }
    if (userEdit()) {
        if (before) {
            row.uid = before->uid;
            row.origin = before->origin;
            row.dataVersion = before->dataVersion;
        } else {
            if (row.uid.isEmpty())
                row.uid = newUid();
            row.origin = QStringLiteral("user");
            row.dataVersion = QString();
        }
        row.modifiedAt = m_now;
        if (!accept(m_validator.checkSource(row)))
            return false;
        if (!before && !unbury(QStringLiteral("source"), row.uid))
            return false;
    }
    if (before)
        return updateRow(*before, row);
    qint64 id = 0;
    if (!insertRow(row, &id))
        return false;
    if (placeholder)
        m_ids.insert(placeholder, id);
    return true;
}

bool WriteSession::applyPartnershipSource(Action action, PartnershipSourceRow row)
{
    if (!resolve(row.partnershipId, QStringLiteral("partnership_id"))
        || !resolve(row.sourceId, QStringLiteral("source_id")))
        return false;
    if (action == Action::Update)
        return refuse(QStringLiteral("source_id"),
                      tr("A cited source is changed by removing it and adding another."));
    if (action == Action::Insert) {
        if (userEdit()) {
            if (!m_store.partnership(row.partnershipId))
                return refuse(QStringLiteral("partnership_id"),
                              tr("There is no partnership %1.").arg(row.partnershipId));
            if (!m_store.source(row.sourceId))
                return refuse(QStringLiteral("source_id"),
                              tr("There is no source %1.").arg(row.sourceId));
            if (m_store.read(row))
                return refuse(QStringLiteral("source_id"),
                              tr("The partnership already cites this source."));
        }
        return insertRow(row) && touch(QStringLiteral("partnerships"), row.partnershipId);
    }
    const auto before = m_store.read(row);
    if (!before)
        return refuse(QStringLiteral("source_id"),
                      tr("The partnership does not cite this source."));
    return deleteRow(*before) && touch(QStringLiteral("partnerships"), row.partnershipId);
}

bool WriteSession::applyEventSource(Action action, EventSourceRow row)
{
    if (!resolve(row.eventId, QStringLiteral("event_id"))
        || !resolve(row.sourceId, QStringLiteral("source_id")))
        return false;
    if (action == Action::Update)
        return refuse(QStringLiteral("source_id"),
                      tr("A cited source is changed by removing it and adding another."));
    if (action == Action::Insert) {
        if (userEdit()) {
            if (!m_store.event(row.eventId))
                return refuse(QStringLiteral("event_id"),
                              tr("There is no event %1.").arg(row.eventId));
            if (!m_store.source(row.sourceId))
                return refuse(QStringLiteral("source_id"),
                              tr("There is no source %1.").arg(row.sourceId));
            if (m_store.read(row))
                return refuse(QStringLiteral("source_id"),
                              tr("The event already cites this source."));
        }
        return insertRow(row) && touch(QStringLiteral("events"), row.eventId);
    }
    const auto before = m_store.read(row);
    if (!before)
        return refuse(QStringLiteral("source_id"), tr("The event does not cite this source."));
    return deleteRow(*before) && touch(QStringLiteral("events"), row.eventId);
}

bool WriteSession::applyChecklist(Action action, ChecklistRow row)
{
    const auto before = m_store.checklistEntry(row.placeUid, row.partnerUid);
    if (action == Action::Delete) {
        if (!before)
            return refuse(QStringLiteral("partner_uid"),
                          tr("The partner is not on the checklist."));
        return deleteRow(*before);
    }
    if (action == Action::Insert && before)
        return refuse(QStringLiteral("partner_uid"),
                      tr("The partner is already on the checklist."));
    if (action == Action::Update && !before)
        return refuse(QStringLiteral("partner_uid"), tr("The partner is not on the checklist."));
    if (userEdit()) {
        normaliseDate(row.receivedDate);
        row.modifiedAt = m_now;
        if (!accept(m_validator.checkChecklistEntry(row)))
            return false;
    }
    return before ? updateRow(*before, row) : insertRow(row);
}

bool WriteSession::applyPlaceName(Action action, PlaceNameRow row)
{
    // Names by language are not in the search index: a name search should find is also an
    // alternate name (the fetch from Wikidata adds one where a label is new).
    if (!resolve(row.placeId, QStringLiteral("place_id")))
        return false;
    if (action == Action::Insert && !userEdit())
        return insertRow(row); // exact, as keyed rows: the primary key refuses a second name
    const auto before = m_store.placeName(row.placeId, row.lang);
    if (action == Action::Delete) {
        if (!before)
            return refuse(QStringLiteral("lang"), tr("The place has no name in “%1”.").arg(row.lang));
        return deleteRow(*before);
    }
    if (action == Action::Insert && before)
        return refuse(QStringLiteral("lang"), tr("The place already has a name in “%1”.").arg(row.lang));
    if (action == Action::Update && !before)
        return refuse(QStringLiteral("lang"), tr("The place has no name in “%1”.").arg(row.lang));
    if (userEdit()) {
        row.origin = QStringLiteral("user");
        row.name = row.name.trimmed();
        if (row.name.isEmpty())
            return refuse(QStringLiteral("name"), tr("A place's name cannot be empty."));
    }
    return before ? updateRow(*before, row) : insertRow(row);
}

bool WriteSession::keyedRowRefused(const QString &field, Action action)
{
    switch (action) {
    case Action::Insert: return refuse(field, tr("This row is already there."));
    case Action::Update: return refuse(field, tr("There is no row to change."));
    case Action::Delete: return refuse(field, tr("There is no row to remove."));
    }
    return false;
}

template<class Row>
bool WriteSession::applyKeyed(Action action, const Row &row, const QString &field)
{
    // An insert needs no pre-image, and its primary key refuses a row that is there: a fetch
    // writes tens of thousands of these.
    if (action == Action::Insert)
        return insertRow(row);
    const auto before = m_store.read(row);
    if (!before)
        return keyedRowRefused(field, action);
    return action == Action::Update ? updateRow(*before, row) : deleteRow(*before);
}

bool WriteSession::applyTombstone(Action action, const TombstoneRow &row)
{
    const auto before = m_store.tombstone(row.kind, row.uid);
    switch (action) {
    case Action::Insert: return insertRow(row);
    case Action::Update:
        if (!before)
            return refuse(QStringLiteral("uid"), tr("There is no tombstone for %1.").arg(row.uid));
        return updateRow(*before, row);
    case Action::Delete:
        if (!before)
            return refuse(QStringLiteral("uid"), tr("There is no tombstone for %1.").arg(row.uid));
        return deleteRow(*before);
    }
    return false;
}

} // namespace twinatlas
