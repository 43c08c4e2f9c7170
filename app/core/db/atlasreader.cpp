// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasreader.h"

#include "team/teamlocalstate.h"

#include "geo/geodesy.h"
#include "sqlread.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace twinatlas {

namespace {

// %1 is the display name's expression.
const char *placeColumns =
        "p.id, p.uid, p.geonameid, %1, p.ascii_name, p.country, p.admin1, "
        "coalesce(a.name, ''), p.lon, p.lat, p.population, p.kind, p.note, p.origin, "
        "coalesce(p.modified_at, ''), coalesce(p.data_version, ''), p.name";

Place readPlace(const QSqlQuery &q, int first = 0)
{
    Place p;
    p.id = q.value(first + 0).toLongLong();
    p.uid = q.value(first + 1).toString();
    p.geonameId = q.value(first + 2).toLongLong();
    p.name = q.value(first + 3).toString();
    p.asciiName = q.value(first + 4).toString();
    p.country = q.value(first + 5).toString();
    p.admin1 = q.value(first + 6).toString();
    p.admin1Name = q.value(first + 7).toString();
    p.position = LonLat{q.value(first + 8).toDouble(), q.value(first + 9).toDouble()};
    p.population = q.value(first + 10).toLongLong();
    p.kind = q.value(first + 11).toString();
    p.note = q.value(first + 12).toString();
    p.origin = q.value(first + 13).toString();
    p.modifiedAt = q.value(first + 14).toString();
    p.dataVersion = q.value(first + 15).toString();
    p.localName = q.value(first + 16).toString();
    return p;
}

Partnership readPartnership(const QSqlQuery &q, int first = 0)
{
    Partnership p;
    p.id = q.value(first + 0).toLongLong();
    p.uid = q.value(first + 1).toString();
    p.placeA = q.value(first + 2).toLongLong();
    p.placeB = q.value(first + 3).toLongLong();
    p.kind = q.value(first + 4).toString();
    p.status = q.value(first + 5).toString();
    p.startDate = q.value(first + 6).toString();
    p.endDate = q.value(first + 7).toString();
    p.note = q.value(first + 8).toString();
    p.origin = q.value(first + 9).toString();
    p.modifiedAt = q.value(first + 10).toString();
    p.dataVersion = q.value(first + 11).toString();
    return p;
}

constexpr int partnershipColumnCount = 12;

const char *partnershipColumns =
        "t.id, t.uid, t.place_a, t.place_b, t.kind, t.status, coalesce(t.start_date, ''), "
        "coalesce(t.end_date, ''), t.note, t.origin, coalesce(t.modified_at, ''), "
        "coalesce(t.data_version, '')";

} // namespace

AtlasReader::AtlasReader(QSqlDatabase db, const QString &language)
    : m_db(std::move(db)),
      m_language(language),
      m_displayName(displayNameSql(QStringLiteral("p"), language))
{ }

QString AtlasReader::interfaceLanguage()
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QStringLiteral("en");
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

QString AtlasReader::displayNameSql(const QString &alias, const QString &language)
{
    // The code goes into the SQL text, so only a plain code is accepted.
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}$"));
    if (!code.match(language).hasMatch())
        return alias + QStringLiteral(".name");
    return QStringLiteral("coalesce((SELECT n.name FROM place_names n WHERE n.place_id = %1.id"
                          " AND n.lang = '%2'), %1.name)")
            .arg(alias, language);
}

QString AtlasReader::placeSelect(const QString &where) const
{
    return QStringLiteral("SELECT %1 FROM places p LEFT JOIN admin1 a"
                          " ON a.country = p.country AND a.code = p.admin1 WHERE %2")
            .arg(QString::fromLatin1(placeColumns).arg(m_displayName), where);
}

bool AtlasReader::keep(const SqlFailure &failure) const
{
    if (failure && !m_failure)
        m_failure = failure;
    return false;
}

bool AtlasReader::exec(QSqlQuery &q) const
{
    SqlFailure f;
    return SqlRead::exec(q, &f) || keep(f);
}

bool AtlasReader::exec(QSqlQuery &q, const QString &sql) const
{
    SqlFailure f;
    return SqlRead::exec(q, sql, &f) || keep(f);
}

bool AtlasReader::ended(const QSqlQuery &q) const
{
    SqlFailure f;
    return SqlRead::ended(q, &f) || keep(f);
}

bool AtlasReader::first(QSqlQuery &q) const
{
    SqlFailure f;
    return SqlRead::first(q, &f) || keep(f);
}

bool AtlasReader::first(QSqlQuery &q, const QString &sql) const
{
    SqlFailure f;
    return SqlRead::first(q, sql, &f) || keep(f);
}

std::optional<Place> AtlasReader::place(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(placeSelect(QStringLiteral("p.id = ?")));
    q.addBindValue(id);
    if (!first(q))
        return std::nullopt;
    Place p = readPlace(q);
    QSqlQuery c(m_db);
    c.prepare(QStringLiteral("SELECT count(*) FROM partnerships WHERE place_a = ? OR place_b = ?"));
    c.addBindValue(id);
    c.addBindValue(id);
    if (!first(c))
        return std::nullopt;
    p.partnerCount = c.value(0).toInt();
    return p;
}

std::optional<Place> AtlasReader::placeByUid(const QString &uid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM places WHERE uid = ?"));
    q.addBindValue(uid);
    if (!first(q))
        return std::nullopt;
    return place(q.value(0).toLongLong());
}

QStringList AtlasReader::alternateNames(qint64 placeId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM alternate_names WHERE place_id = ? ORDER BY name"));
    q.addBindValue(placeId);
    QStringList names;
    if (!exec(q))
        return {};
    while (q.next())
        names << q.value(0).toString();
    return ended(q) ? names : QStringList();
}

QVector<PartnerEntry> AtlasReader::partnersOf(qint64 placeId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, %2 FROM partnerships t"
                             " JOIN places p ON p.id = CASE WHEN t.place_a = :id"
                             "   THEN t.place_b ELSE t.place_a END"
                             " LEFT JOIN admin1 a ON a.country = p.country AND a.code = p.admin1"
                             " WHERE t.place_a = :id OR t.place_b = :id")
                      .arg(QLatin1String(partnershipColumns),
                           QString::fromLatin1(placeColumns).arg(m_displayName)));
    q.bindValue(QStringLiteral(":id"), placeId);
    QVector<PartnerEntry> entries;
    const auto self = place(placeId);
    if (!self || !exec(q))
        return entries;
    while (q.next()) {
        PartnerEntry e;
        e.partnership = readPartnership(q);
        e.partner = readPlace(q, partnershipColumnCount);
        e.distanceMeters = Geodesy::distanceMeters(self->position, e.partner.position);
        entries << e;
    }
    if (!ended(q))
        return {};
    std::stable_sort(entries.begin(), entries.end(), [](const PartnerEntry &a, const PartnerEntry &b) {
        const QString &sa = a.partnership.startDate, &sb = b.partnership.startDate;
        if (sa.isEmpty() != sb.isEmpty())
            return sb.isEmpty();
        if (sa != sb)
            return sa < sb;
        return a.partner.name.localeAwareCompare(b.partner.name) < 0;
    });
    return entries;
}

std::optional<Partnership> AtlasReader::partnership(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM partnerships t WHERE t.id = ?")
                      .arg(QLatin1String(partnershipColumns)));
    q.addBindValue(id);
    if (!first(q))
        return std::nullopt;
    return readPartnership(q);
}

QVector<SourceRecord> AtlasReader::sourcesOfPartnership(qint64 partnershipId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT s.id, s.uid, s.title, s.url, s.document, coalesce(s.retrieved, '')"
                             " FROM sources s JOIN partnership_sources ps ON ps.source_id = s.id"
                             " WHERE ps.partnership_id = ? ORDER BY s.title"));
    q.addBindValue(partnershipId);
    QVector<SourceRecord> sources;
    if (!exec(q))
        return sources;
    while (q.next())
        sources << SourceRecord{q.value(0).toLongLong(), q.value(1).toString(),
                                q.value(2).toString(), q.value(3).toString(),
                                q.value(4).toString(), q.value(5).toString()};
    return ended(q) ? sources : QVector<SourceRecord>();
}

QString AtlasReader::wikidataMissingSince(qint64 partnershipId) const
{
    // Listed no more only when none of its statements is: one side's removal is not the end.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT min(w.missing_since), count(*), count(w.missing_since)"
                             " FROM wikidata_statements w JOIN partnerships p ON p.uid = w.partnership_uid"
                             " WHERE p.id = ?"));
    q.addBindValue(partnershipId);
    if (!q.exec() || !q.next() || q.value(1).toInt() == 0 || q.value(1).toInt() != q.value(2).toInt())
        return {};
    return q.value(0).toString();
}

QVector<TeamChange> AtlasReader::teamHistory(TeamKind kind, const QString &uid) const
{
    TeamLocalState state(m_db);
    QString error;
    QVector<TeamChange> changes;
    if (!state.exists(&error) || !state.history(kind, uid, &changes, &error)) {
        if (!error.isEmpty())
            qWarning("The team history of %s could not be read: %s", qPrintable(uid), qPrintable(error));
        return {};
    }
    return changes;
}

QVector<HistoryEvent> AtlasReader::eventsOf(qint64 partnershipId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, date, type, description, origin, uid,"
                             " coalesce(modified_at, ''), coalesce(data_version, '') FROM events"
                             " WHERE partnership_id = ? ORDER BY date, id"));
    q.addBindValue(partnershipId);
    QVector<HistoryEvent> events;
    if (!exec(q))
        return events;
    while (q.next()) {
        HistoryEvent e;
        e.id = q.value(0).toLongLong();
        e.partnershipId = partnershipId;
        e.date = q.value(1).toString();
        e.type = q.value(2).toString();
        e.description = q.value(3).toString();
        e.origin = q.value(4).toString();
        e.uid = q.value(5).toString();
        e.modifiedAt = q.value(6).toString();
        e.dataVersion = q.value(7).toString();
        events << e;
    }
    if (!ended(q))
        return {};
    QSqlQuery s(m_db);
    s.prepare(QStringLiteral("SELECT s.id, s.uid, s.title, s.url, s.document FROM sources s"
                             " JOIN event_sources es ON es.source_id = s.id"
                             " WHERE es.event_id = ? ORDER BY s.title"));
    for (HistoryEvent &e : events) {
        s.addBindValue(e.id);
        if (!exec(s))
            return {};
        while (s.next())
            e.sources << SourceRecord{s.value(0).toLongLong(), s.value(1).toString(),
                                      s.value(2).toString(), s.value(3).toString(),
                                      s.value(4).toString()};
        if (!ended(s))
            return {};
    }
    return events;
}

QVector<PlaceSummary> AtlasReader::placesWithPartnerships() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVector<PlaceSummary> places;
    if (!exec(q, QStringLiteral(
                "SELECT p.id, %1, p.country, p.lon, p.lat, p.population, count(*)"
                " FROM places p JOIN (SELECT place_a AS pid FROM partnerships"
                "   UNION ALL SELECT place_b FROM partnerships) e ON e.pid = p.id"
                " GROUP BY p.id ORDER BY p.id").arg(m_displayName)))
        return places;
    while (q.next())
        places << PlaceSummary{q.value(0).toLongLong(), q.value(1).toString(),
                               q.value(2).toString(),
                               LonLat{q.value(3).toDouble(), q.value(4).toDouble()},
                               q.value(5).toLongLong(), q.value(6).toInt()};
    return ended(q) ? places : QVector<PlaceSummary>();
}

QVector<PartnershipLink> AtlasReader::partnershipLinks() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVector<PartnershipLink> links;
    if (!exec(q, QStringLiteral("SELECT id, place_a, place_b, kind, status,"
                               " coalesce(start_date, ''), coalesce(end_date, '')"
                               " FROM partnerships ORDER BY id")))
        return links;
    while (q.next())
        links << PartnershipLink{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                 q.value(2).toLongLong(), q.value(3).toString(),
                                 q.value(4).toString(), q.value(5).toString(),
                                 q.value(6).toString()};
    return ended(q) ? links : QVector<PartnershipLink>();
}

QVector<ChecklistItem> AtlasReader::checklistOf(qint64 placeId) const
{
    QVector<ChecklistItem> items;
    const auto self = place(placeId);
    if (!self)
        return items;
    // One item per partner place, however many partnerships (kinds) join the two.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
            "SELECT p.id, p.uid, %1, p.country, p.lon, p.lat, c.state,"
            " coalesce(c.received_date, ''), coalesce(c.note, ''), coalesce(c.modified_at, '')"
            " FROM places p LEFT JOIN checklist c ON c.place_uid = :uid AND c.partner_uid = p.uid"
            " WHERE p.id IN (SELECT CASE WHEN place_a = :id THEN place_b ELSE place_a END"
            "   FROM partnerships WHERE place_a = :id OR place_b = :id)").arg(m_displayName));
    q.bindValue(QStringLiteral(":uid"), self->uid);
    q.bindValue(QStringLiteral(":id"), placeId);
    if (!exec(q))
        return items;
    while (q.next()) {
        ChecklistItem item;
        item.partnerId = q.value(0).toLongLong();
        item.partnerUid = q.value(1).toString();
        item.partnerName = q.value(2).toString();
        item.country = q.value(3).toString();
        item.position = LonLat{q.value(4).toDouble(), q.value(5).toDouble()};
        const QString state = q.value(6).toString();
        item.state = state == QLatin1String("received") ? ChecklistItem::State::Received
                : state == QLatin1String("wanted")      ? ChecklistItem::State::Wanted
                                                        : ChecklistItem::State::NotYet;
        item.receivedDate = q.value(7).toString();
        item.note = q.value(8).toString();
        item.modifiedAt = q.value(9).toString();
        items << item;
    }
    if (!ended(q))
        return {};
    std::sort(items.begin(), items.end(), [](const ChecklistItem &a, const ChecklistItem &b) {
        const int c = a.partnerName.localeAwareCompare(b.partnerName);
        return c != 0 ? c < 0 : a.partnerId < b.partnerId;
    });
    return items;
}

ChecklistProgress AtlasReader::checklistProgress(qint64 placeId) const
{
    ChecklistProgress progress;
    for (const ChecklistItem &item : checklistOf(placeId)) {
        ++progress.total;
        if (item.state == ChecklistItem::State::Received)
            ++progress.received;
        else if (item.state == ChecklistItem::State::Wanted)
            ++progress.wanted;
    }
    return progress;
}

QSet<qint64> AtlasReader::partnersWithCard(qint64 placeId) const
{
    QSet<qint64> ids;
    for (const ChecklistItem &item : checklistOf(placeId))
        if (item.state == ChecklistItem::State::Received)
            ids.insert(item.partnerId);
    return ids;
}

AtlasStats AtlasReader::stats() const
{
    AtlasStats s;
    QSqlQuery q(m_db);
    // NOT INDEXED: a count would otherwise come from the smallest index and miss a damaged
    // table page; reading the table's own pages is still quick (a tenth of a second).
    auto count = [this, &q](const QString &sql) -> qint64 {
        return first(q, sql) ? q.value(0).toLongLong() : -1;
    };
    s.places = count(QStringLiteral("SELECT count(*) FROM places NOT INDEXED"));
    s.placesWithPartnerships = count(QStringLiteral(
            "SELECT count(*) FROM (SELECT place_a FROM partnerships NOT INDEXED"
            " UNION SELECT place_b FROM partnerships NOT INDEXED)"));
    s.alternateNames = count(QStringLiteral("SELECT count(*) FROM alternate_names NOT INDEXED"));
    s.partnerships = count(QStringLiteral("SELECT count(*) FROM partnerships NOT INDEXED"));
    s.events = count(QStringLiteral("SELECT count(*) FROM events NOT INDEXED"));
    s.sources = count(QStringLiteral("SELECT count(*) FROM sources NOT INDEXED"));
    return s;
}

} // namespace twinatlas
