// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikidataupdate.h"

#include "db/sqlfailure.h"

#include "db/partialdate.h"
#include "edit/checklistcsvwriter.h"
#include "edit/rowstore.h"
#include "io/gazetteerindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace twinatlas {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("twinatlas::WikidataUpdate", text, disambiguation, n);
}

using Outcome = Resolution::Outcome;

/** A date field as compared: NULL and '' are both "no date". */
bool same(const QString &a, const QString &b)
{
    return (a.isEmpty() && b.isEmpty()) || a == b;
}

QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

QString pairKey(const QString &a, const QString &b)
{
    return a < b ? a + u'|' + b : b + u'|' + a;
}

bool sameRow(const WikidataStatementRow &a, const WikidataStatementRow &b)
{
    return a.statement == b.statement && a.subject == b.subject && a.object == b.object
            && a.partnershipUid == b.partnershipUid && same(a.startDate, b.startDate)
            && same(a.endDate, b.endDate) && a.countries == b.countries
            && same(a.missingSince, b.missingSince);
}

} // namespace

WikidataUpdate::WikidataUpdate(const GazetteerIndex &index, QSqlDatabase db)
    : m_index(index), m_db(db), m_plan(index, db)
{ }

void WikidataUpdate::setDatabase(QSqlDatabase db)
{
    m_db = db;
    m_plan.setDatabase(db);
}

QString WikidataUpdate::dates(const QString &start, const QString &end) const
{
    // As the user reads dates: "since 8 June 1978", "1990 to 2019".
    const QString from = PartialDate::fromIso(start).toDisplayString();
    const QString to = PartialDate::fromIso(end).toDisplayString();
    if (from.isEmpty() && to.isEmpty())
        return tr("no dates");
    if (to.isEmpty())
        return tr("since %1").arg(from);
    if (from.isEmpty())
        return tr("until %1").arg(to);
    return tr("%1 to %2").arg(from, to);
}

QString WikidataUpdate::placeName(qint64 placeId) const
{
    const int i = m_index.indexOfId(placeId);
    return i >= 0 ? m_index.place(i).name : QString();
}

bool WikidataUpdate::load()
{
    // SQLite's reason, not Qt's ("Unable to fetch row"): a damaged atlas is named as such.
    auto failed = [this](const QSqlQuery &q) {
        m_error = tr("The atlas could not be read: it %1").arg(SqlFailure::of(q).reason());
        return false;
    };
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT statement, subject, object, partnership_uid, start_date, end_date,"
                               " countries, missing_since FROM wikidata_statements")))
        return failed(q);
    while (q.next()) {
        Known k;
        k.row.statement = q.value(0).toString();
        k.row.subject = q.value(1).toString();
        k.row.object = q.value(2).toString();
        k.row.partnershipUid = q.value(3).toString();
        k.row.startDate = q.value(4).toString();
        k.row.endDate = q.value(5).toString();
        k.row.countries = q.value(6).toString();
        k.row.missingSince = q.value(7).toString();
        m_known.insert(k.row.statement, k);
    }
    if (q.lastError().isValid())
        return failed(q);
    if (!q.exec(QStringLiteral("SELECT w.item, w.place_uid, p.id FROM wikidata_places w"
                               " LEFT JOIN places p ON p.uid = w.place_uid")))
        return failed(q);
    while (q.next()) {
        m_itemPlaceUid.insert(q.value(0).toString(), q.value(1).toString());
        if (!q.value(2).isNull())
            m_placeIdOfUid.insert(q.value(1).toString(), q.value(2).toLongLong());
    }
    if (q.lastError().isValid())
        return failed(q);
    if (!q.exec(QStringLiteral("SELECT id, uid FROM partnerships WHERE uid IN"
                               " (SELECT partnership_uid FROM wikidata_statements)")))
        return failed(q);
    while (q.next())
        m_partnershipIds.insert(q.value(1).toString(), q.value(0).toLongLong());
    if (q.lastError().isValid())
        return failed(q);
    if (!q.exec(QStringLiteral("SELECT id, url, coalesce(retrieved, '') FROM sources"
                               " WHERE url LIKE 'https://www.wikidata.org/wiki/Q%'")))
        return failed(q);
    while (q.next()) {
        m_sourceIds.insert(q.value(1).toString(), q.value(0).toLongLong());
        m_sourceRetrieved.insert(q.value(0).toLongLong(), q.value(2).toString());
    }
    if (q.lastError().isValid())
        return failed(q);

    const RowStore store(m_db);
    for (auto it = m_partnershipIds.cbegin(); it != m_partnershipIds.cend(); ++it) {
        const std::optional<PartnershipRow> row = store.partnership(it.value());
        if (!row) {
            m_error = tr("The atlas could not be read: partnership %1 vanished.").arg(it.value());
            return false;
        }
        m_partnerships.insert(it.value(), *row);
    }
    for (const Known &k : std::as_const(m_known))
        if (!k.row.partnershipUid.isEmpty() && !m_partnershipIds.contains(k.row.partnershipUid))
            m_removedPairs.insert(pairKey(k.row.subject, k.row.object), k.row.partnershipUid);
    return true;
}

PlaceReference WikidataUpdate::referenceOf(const WikidataItem &item) const
{
    PlaceReference ref;
    ref.name = item.name();
    ref.written = ref.name;
    ref.text = QStringLiteral("%1 (%2)").arg(ref.name, item.id);
    for (const QString &other : {item.label, item.mulLabel, item.enLabel})
        if (!other.isEmpty() && other != ref.name && !ref.alternatives.contains(other))
            ref.alternatives << other;
    // Several countries (a disputed place, a city on a border): each narrows, as "A/B" would.
    ref.country = item.countries.join(u'/');
    // Of several GeoNames IDs, the first the gazetteer knows.
    for (qint64 id : item.geonameIds)
        if (ref.geonameId == 0 || (m_index.indexOfGeonameId(ref.geonameId) < 0 && m_index.indexOfGeonameId(id) >= 0))
            ref.geonameId = id;
    // Several coordinates a few kilometres apart are one place; far apart they say nothing
    // sure, and the name decides (or the user).
    if (!item.coordinates.isEmpty()) {
        const LonLat first = item.coordinates.first();
        const bool agree = std::all_of(item.coordinates.cbegin(), item.coordinates.cend(), [&](LonLat p) {
            return std::fabs(p.lat - first.lat) < 0.1 && std::fabs(LonLat::normalizedLon(p.lon - first.lon)) < 0.15;
        });
        if (agree)
            ref.position = first;
    }
    return ref;
}

WikidataStatementRow WikidataUpdate::statementRow(const TwinningStatement &s, const QString &partnershipUid,
                                                  const QString &missingSince) const
{
    WikidataStatementRow row;
    row.statement = s.id;
    row.subject = s.subject;
    row.object = s.object;
    row.partnershipUid = partnershipUid;
    row.startDate = nullIfEmpty(s.start);
    row.endDate = nullIfEmpty(s.end);
    QStringList countries;
    for (const QString &id : {s.subject, s.object})
        if (const WikidataItem *item = m_batch.item(id))
            for (const QString &c : item->countries)
                if (!countries.contains(c))
                    countries << c;
    countries.sort();
    row.countries = countries.join(u' ');
    row.missingSince = nullIfEmpty(missingSince);
    return row;
}

bool WikidataUpdate::prepare(const WikidataBatch &batch, const WikidataScope &scope,
                             const std::function<bool(int, int)> &progress)
{
    m_batch = batch;
    m_scope = scope;
    m_error.clear();
    m_known.clear();
    m_partnershipIds.clear();
    m_partnerships.clear();
    m_changedPartnerships.clear();
    m_itemPlaceUid.clear();
    m_placeIdOfUid.clear();
    m_sourceIds.clear();
    m_sourceRetrieved.clear();
    m_removedPairs.clear();
    m_newStatements.clear();
    m_statementUpdates.clear();
    m_changes.clear();
    m_removals.clear();
    m_confirmed = 0;
    if (!load())
        return false;

    m_removedReported.clear();
    const QVector<TwinningStatement> &statements = m_batch.statements();
    for (int i = 0; i < statements.size(); ++i) {
        const TwinningStatement &s = statements.at(i);
        auto known = m_known.find(s.id);
        if (known != m_known.end() && known->row.subject == s.subject && known->row.object == s.object) {
            known->seen = true;
            compareKnown(s, *known);
            continue;
        }
        const QString pair = pairKey(s.subject, s.object);
        if (m_removedPairs.contains(pair)) {
            // The other side's statement, new, of a partnership the user removed: still removed.
            m_statementUpdates << statementRow(s, m_removedPairs.value(pair), QString());
            if (known != m_known.end())
                known->seen = true;
            continue;
        }
        m_newStatements << i;
    }
    // The statements of one twinning together, the one with the more precise dates first: the
    // import takes each fact from the first record that states it.
    QHash<QString, int> pairOrder;
    for (int i : std::as_const(m_newStatements)) {
        const QString key = pairKey(statements.at(i).subject, statements.at(i).object);
        if (!pairOrder.contains(key))
            pairOrder.insert(key, int(pairOrder.size()));
    }
    std::stable_sort(m_newStatements.begin(), m_newStatements.end(), [&](int a, int b) {
        const TwinningStatement &x = statements.at(a), &y = statements.at(b);
        const int px = pairOrder.value(pairKey(x.subject, x.object));
        const int py = pairOrder.value(pairKey(y.subject, y.object));
        if (px != py)
            return px < py;
        return x.start.size() + x.end.size() > y.start.size() + y.end.size();
    });

    QVector<ImportRecord> records;
    records.reserve(m_newStatements.size());
    for (int n = 0; n < m_newStatements.size(); ++n) {
        const TwinningStatement &s = statements.at(m_newStatements.at(n));
        const WikidataItem *subject = m_batch.item(s.subject);
        const WikidataItem *object = m_batch.item(s.object);
        if (!subject || !object)
            continue;
        ImportRecord r;
        r.line = n + 1;
        r.place = referenceOf(*subject);
        r.partner = referenceOf(*object);
        r.text = QStringLiteral("%1 – %2: %3").arg(r.place.text, r.partner.text, s.id);
        r.start = s.start;
        r.end = s.end;
        r.sources << SourceReference{
                tr("Wikidata: %1 (%2), twinned administrative body %3 (%4)")
                        .arg(subject->name(), s.subject, object->name(), s.object),
                s.url(), QString(), m_today};
        records << r;
    }
    m_plan.setRecords(records, QStringLiteral("Wikidata"), int(records.size()));
    if (!m_plan.resolve(progress)) {
        m_error = tr("The fetch was cancelled; nothing was changed.");
        return false;
    }
    // A place known from an earlier fetch (chosen in a review, or created) is that place again.
    for (int r = 0; r < m_plan.records().size(); ++r) {
        const TwinningStatement &s = statements.at(m_newStatements.at(r));
        for (const auto &[reference, item] : {std::pair{m_plan.placeReferenceOf(r), s.subject},
                                              std::pair{m_plan.partnerReferenceOf(r), s.object}}) {
            if (m_plan.resolution(reference).outcome == Outcome::Matched)
                continue;
            const qint64 placeId = m_placeIdOfUid.value(m_itemPlaceUid.value(item), 0);
            const int place = placeId ? m_index.indexOfId(placeId) : -1;
            if (place < 0)
                continue;
            Resolution known;
            known.outcome = Outcome::Matched;
            known.method = Resolution::Method::UserChoice;
            known.place = place;
            known.confidence = 1.0;
            known.reason = tr("the place of Wikidata's %1 at an earlier fetch").arg(item);
            m_plan.setResolution(reference, known);
        }
    }
    flagUnseen();
    return true;
}

void WikidataUpdate::compareKnown(const TwinningStatement &s, Known &known)
{
    WikidataStatementRow after = statementRow(s, known.row.partnershipUid, QString());
    const QString uid = known.row.partnershipUid;
    auto record = [&] {
        if (!sameRow(after, known.row))
            m_statementUpdates << after;
    };
    if (uid.isEmpty()) {
        // Left out in an earlier review: not asked again.
        record();
        return;
    }
    const auto idIt = m_partnershipIds.constFind(uid);
    if (idIt == m_partnershipIds.constEnd()) {
        // Removed by the user: stays removed, and says so once per fetch.
        if (!m_removedReported.contains(uid)) {
            m_removedReported.insert(uid);
            WikidataChange c;
            c.kind = WikidataChange::Kind::Kept;
            const WikidataItem *a = m_batch.item(s.subject);
            const WikidataItem *b = m_batch.item(s.object);
            c.placeName = a ? a->name() : s.subject;
            c.partnerName = b ? b->name() : s.object;
            c.statement = s.id;
            c.detail = tr("You removed this partnership; Wikidata still lists it. It stays removed.");
            m_changes << c;
        }
        record();
        return;
    }
    ++m_confirmed;
    const qint64 id = idIt.value();
    PartnershipRow &p = m_partnerships[id];
    const PartnershipRow before = p;
    if (!same(known.row.startDate, after.startDate) || !same(known.row.endDate, after.endDate)) {
        QStringList kept;
        auto shown = [](const QString &date) {
            return date.isEmpty() ? tr("none") : PartialDate::fromIso(date).toDisplayString();
        };
        auto follow = [&](const QString &was, const QString &now, QString &atlas, const char *keptText) {
            if (same(was, now) || same(atlas, now))
                return;
            if (same(atlas, was))
                atlas = nullIfEmpty(now);
            else
                kept << tr(keptText).arg(shown(atlas), shown(now));
        };
        follow(known.row.startDate, after.startDate, p.startDate,
               QT_TRANSLATE_NOOP("twinatlas::WikidataUpdate", "the atlas's start date, %1 (Wikidata now says %2)"));
        follow(known.row.endDate, after.endDate, p.endDate,
               QT_TRANSLATE_NOOP("twinatlas::WikidataUpdate", "the atlas's end date, %1 (Wikidata now says %2)"));
        if (!p.startDate.isEmpty() && !p.endDate.isEmpty()
            && PartialDate::compareAtCommonPrecision(PartialDate::fromIso(p.startDate), PartialDate::fromIso(p.endDate)) > 0) {
            kept << tr("the atlas's dates, which Wikidata's new ones (%1) contradict")
                            .arg(dates(after.startDate, after.endDate));
            p.startDate = before.startDate;
            p.endDate = before.endDate;
        }
        if (!same(p.endDate, before.endDate)) {
            if (!p.endDate.isEmpty() && p.status == QLatin1String("active"))
                p.status = QStringLiteral("ended");
            else if (p.endDate.isEmpty() && p.status == QLatin1String("ended"))
                p.status = QStringLiteral("active");
        }
        WikidataChange c;
        c.partnershipId = id;
        c.placeName = placeName(p.placeA);
        c.partnerName = placeName(p.placeB);
        c.statement = s.id;
        if (!same(p.startDate, before.startDate) || !same(p.endDate, before.endDate)) {
            m_changedPartnerships.insert(id);
            c.kind = WikidataChange::Kind::DatesChanged;
            c.detail = tr("%1, was %2").arg(dates(p.startDate, p.endDate), dates(before.startDate, before.endDate));
            m_changes << c;
        }
        if (!kept.isEmpty()) {
            c.kind = WikidataChange::Kind::Kept;
            c.detail = tr("Kept: %1.").arg(kept.join(QStringLiteral("; ")));
            m_changes << c;
        }
    }
    record();
}

void WikidataUpdate::flagUnseen()
{
    // The items this fetch speaks for, when it is of one place.
    QSet<QString> placeItems;
    if (m_scope.kind == WikidataScope::Kind::Place) {
        for (auto it = m_itemPlaceUid.cbegin(); it != m_itemPlaceUid.cend(); ++it)
            if (it.value() == m_scope.placeUid)
                placeItems.insert(it.key());
        for (const WikidataItem &item : m_batch.items())
            if (item.geonameIds.contains(m_scope.geonameId))
                placeItems.insert(item.id);
    }
    auto inScope = [&](const WikidataStatementRow &row) {
        if (m_scope.kind == WikidataScope::Kind::Place)
            return placeItems.contains(row.subject) || placeItems.contains(row.object);
        return m_scope.coversCountries(row.countries.split(u' ', Qt::SkipEmptyParts));
    };
    // Pairs of items that new statements name: a twinning stated anew is still listed.
    QSet<QString> newPairs;
    for (int i : std::as_const(m_newStatements))
        newPairs.insert(pairKey(m_batch.statements().at(i).subject, m_batch.statements().at(i).object));

    QHash<QString, QVector<const Known *>> byPartnership;
    for (const Known &k : std::as_const(m_known))
        if (!k.row.partnershipUid.isEmpty())
            byPartnership[k.row.partnershipUid] << &k;
    for (auto it = byPartnership.cbegin(); it != byPartnership.cend(); ++it) {
        const QVector<const Known *> &statements = it.value();
        const bool seen = std::any_of(statements.cbegin(), statements.cend(), [](const Known *k) { return k->seen; });
        const bool covered = std::all_of(statements.cbegin(), statements.cend(),
                                         [&](const Known *k) { return inScope(k->row); });
        const bool restated = std::any_of(statements.cbegin(), statements.cend(), [&](const Known *k) {
            return newPairs.contains(pairKey(k->row.subject, k->row.object));
        });
        const auto id = m_partnershipIds.constFind(it.key());
        if (seen || !covered || restated || id == m_partnershipIds.constEnd())
            continue;
        QString since;
        for (const Known *k : statements) {
            if (!k->row.missingSince.isEmpty() && (since.isEmpty() || k->row.missingSince < since))
                since = k->row.missingSince;
            if (k->row.missingSince.isEmpty()) {
                WikidataStatementRow row = k->row;
                row.missingSince = m_today;
                m_statementUpdates << row;
            }
        }
        const PartnershipRow &p = m_partnerships.value(id.value());
        WikidataChange c;
        c.kind = WikidataChange::Kind::NoLongerListed;
        c.partnershipId = id.value();
        c.placeName = placeName(p.placeA);
        c.partnerName = placeName(p.placeB);
        c.statement = statements.first()->row.statement;
        c.detail = since.isEmpty() ? tr("Wikidata no longer lists this twinning.")
                                   : tr("Wikidata no longer lists this twinning (not found since %1).").arg(since);
        m_changes << c;
    }
    // Statements that now name other items than before are written anew; the rest that
    // Wikidata no longer has are marked above, partnership by partnership.
    std::sort(m_changes.begin(), m_changes.end(), [](const WikidataChange &a, const WikidataChange &b) {
        return int(a.kind) < int(b.kind);
    });
}

void WikidataUpdate::setRemoval(qint64 partnershipId, bool remove)
{
    for (WikidataChange &c : m_changes)
        if (c.kind == WikidataChange::Kind::NoLongerListed && c.partnershipId == partnershipId) {
            c.remove = remove;
            if (remove)
                m_removals.insert(partnershipId);
            else
                m_removals.remove(partnershipId);
        }
}

QVector<WikidataChange> WikidataUpdate::changes() const
{
    QVector<WikidataChange> all = m_changes;
    const QVector<ImportPlan::RowResult> results = m_plan.rowResults();
    auto nameOf = [this](int reference) {
        const Resolution &r = m_plan.resolution(reference);
        return r.outcome == Outcome::Matched ? m_index.place(r.place).name : r.newName;
    };
    for (int r = 0; r < results.size(); ++r) {
        if (results.at(r) != ImportPlan::RowResult::Imported)
            continue;
        WikidataChange c;
        c.kind = WikidataChange::Kind::Added;
        c.placeName = nameOf(m_plan.placeReferenceOf(r));
        c.partnerName = nameOf(m_plan.partnerReferenceOf(r));
        c.statement = m_batch.statements().at(m_newStatements.at(r)).id;
        c.detail = dates(m_plan.records().at(r).start, m_plan.records().at(r).end);
        all << c;
    }
    return all;
}

WikidataUpdate::Counts WikidataUpdate::counts() const
{
    Counts c;
    c.confirmed = m_confirmed;
    for (ImportPlan::RowResult r : m_plan.rowResults()) {
        if (r == ImportPlan::RowResult::Imported)
            ++c.added;
        else if (r == ImportPlan::RowResult::Duplicate)
            ++c.confirmed;
    }
    for (const WikidataChange &change : m_changes) {
        if (change.kind == WikidataChange::Kind::DatesChanged)
            ++c.datesChanged;
        else if (change.kind == WikidataChange::Kind::Kept)
            ++c.kept;
        else if (change.kind == WikidataChange::Kind::NoLongerListed)
            ++c.noLongerListed;
    }
    return c;
}

QString WikidataUpdate::countsLine() const
{
    const Counts c = counts();
    return QStringLiteral("changed dates %1, kept %2, no longer in Wikidata %3")
            .arg(c.datesChanged)
            .arg(c.kept)
            .arg(c.noLongerListed);
}

ImportPlan::Summary WikidataUpdate::summary() const
{
    ImportPlan::Summary s = m_plan.summary();
    s.rows = int(m_batch.statements().size());
    s.duplicates += m_confirmed;
    return s;
}

ChangeSet WikidataUpdate::changeSet() const
{
    ImportPlan::Placement placement;
    const ChangeSet imported = m_plan.changes(&placement);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const RowStore store(m_db);

    // The import's own rows, with the dates this fetch changes laid over its merges.
    ChangeSet changes(ChangeSet::Provenance::Exact);
    QHash<qint64, QString> newPartnershipUid, newPlaceUid;
    QSet<qint64> updated;
    for (EditOperation op : imported.operations()) {
        if (auto *p = std::get_if<PartnershipRow>(&op.row)) {
            if (op.action == EditOperation::Action::Insert)
                newPartnershipUid.insert(p->id, p->uid);
            if (op.action == EditOperation::Action::Update && m_changedPartnerships.contains(p->id)) {
                const PartnershipRow &mine = m_partnerships.value(p->id);
                p->startDate = mine.startDate;
                p->endDate = mine.endDate;
                p->status = mine.status;
                updated.insert(p->id);
            }
        } else if (const auto *place = std::get_if<PlaceRow>(&op.row)) {
            if (op.action == EditOperation::Action::Insert)
                newPlaceUid.insert(place->id, place->uid);
        }
        changes.append(op);
    }
    for (qint64 id : m_changedPartnerships) {
        if (updated.contains(id))
            continue;
        PartnershipRow row = m_partnerships.value(id);
        row.modifiedAt = now; // the user's version from now on, as an import's merge makes it
        changes.update(row);
    }

    // The statements of this fetch, and the places of their items.
    QSet<QString> written;
    QHash<QString, QString> itemPlaces = m_itemPlaceUid;
    QHash<qint64, QString> labels; ///< place (id or placeholder) → its name in the language
    QHash<qint64, QString> uidOfId;
    for (auto it = m_partnerships.cbegin(); it != m_partnerships.cend(); ++it)
        uidOfId.insert(it.key(), it.value().uid);
    auto partnershipUid = [&](qint64 id) -> QString {
        if (id < 0)
            return newPartnershipUid.value(id);
        auto known = uidOfId.constFind(id);
        if (known == uidOfId.constEnd()) {
            const std::optional<PartnershipRow> row = store.partnership(id);
            known = uidOfId.insert(id, row ? row->uid : QString());
        }
        return known.value();
    };
    const QVector<ImportPlan::RowResult> results = m_plan.rowResults();
    for (int r = 0; r < m_plan.records().size(); ++r) {
        const TwinningStatement &s = m_batch.statements().at(m_newStatements.at(r));
        const int refs[2] = {m_plan.placeReferenceOf(r), m_plan.partnerReferenceOf(r)};
        const QString items[2] = {s.subject, s.object};
        const qint64 partnership = placement.partnershipOfRecord.value(r, 0);
        const bool leftOut = results.at(r) == ImportPlan::RowResult::Skipped;
        if (partnership == 0 && !leftOut)
            continue; // unresolved, or doubtful without the user's word: asked again next time
        const QString uid = partnership ? partnershipUid(partnership) : QString();
        if (partnership && uid.isEmpty())
            continue;
        const WikidataStatementRow row = statementRow(s, uid, QString());
        if (m_known.contains(s.id))
            changes.update(row);
        else
            changes.insert(row);
        written.insert(s.id);
        for (int side = 0; side < 2; ++side) {
            const Resolution &res = m_plan.resolution(refs[side]);
            const qint64 placeId = placement.placeOfReference.value(refs[side], 0);
            if (!res.isResolved() || placeId == 0)
                continue;
            const QString placeUid = res.outcome == Outcome::Matched ? m_index.place(res.place).uid
                                                                     : newPlaceUid.value(placeId);
            if (placeUid.isEmpty())
                continue;
            const auto known = itemPlaces.constFind(items[side]);
            if (known == itemPlaces.constEnd())
                changes.insert(WikidataPlaceRow{items[side], placeUid});
            else if (known.value() != placeUid)
                changes.update(WikidataPlaceRow{items[side], placeUid});
            itemPlaces.insert(items[side], placeUid);
            if (const WikidataItem *item = m_batch.item(items[side]); item && !item->label.isEmpty()
                && !labels.contains(placeId))
                labels.insert(placeId, item->label);
        }
    }
    for (const Known &k : std::as_const(m_known)) {
        if (!k.seen)
            continue;
        for (const QString &id : {k.row.subject, k.row.object}) {
            const qint64 placeId = m_placeIdOfUid.value(m_itemPlaceUid.value(id), 0);
            const WikidataItem *item = m_batch.item(id);
            if (placeId && item && !item->label.isEmpty() && !labels.contains(placeId))
                labels.insert(placeId, item->label);
        }
    }
    for (const WikidataStatementRow &row : m_statementUpdates) {
        if (written.contains(row.statement))
            continue;
        written.insert(row.statement);
        if (m_known.contains(row.statement))
            changes.update(row);
        else
            changes.insert(row);
    }

    // Names in the interface language: Wikidata's over CLDR's and GeoNames', never over the
    // user's; and findable by search.
    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}$"));
    if (languageCode.match(m_language).hasMatch()) {
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            const qint64 placeId = it.key();
            const QString label = it.value();
            const std::optional<PlaceNameRow> existing = placeId > 0 ? store.placeName(placeId, m_language)
                                                                     : std::nullopt;
            if (existing && (existing->origin == QLatin1String("user") || existing->name == label))
                continue;
            const PlaceNameRow row{placeId, m_language, label, QStringLiteral("wikidata")};
            if (existing)
                changes.update(row);
            else
                changes.insert(row);
            const int index = placeId > 0 ? m_index.indexOfId(placeId) : -1;
            if (index < 0)
                continue;
            const QVector<GazetteerIndex::NameHit> hits = m_index.exact(GazetteerIndex::fold(label));
            const bool findable = std::any_of(hits.cbegin(), hits.cend(),
                                              [index](const GazetteerIndex::NameHit &h) { return h.place == index; });
            if (!findable && m_index.place(index).name != label)
                changes.addAlternateName(placeId, label);
        }
    }

    // The day each source was read again.
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        if (!it->seen || it->row.partnershipUid.isEmpty())
            continue;
        const TwinningStatement s{it->row.statement, it->row.subject, it->row.object, {}, {}};
        const qint64 sourceId = m_sourceIds.value(s.url(), 0);
        if (!sourceId || m_sourceRetrieved.value(sourceId) == m_today)
            continue;
        std::optional<SourceRow> source = store.source(sourceId);
        if (source && source->retrieved != m_today) {
            source->retrieved = m_today;
            changes.update(*source);
        }
    }

    // Partnerships the user chose to remove, now that Wikidata no longer lists them.
    for (qint64 id : m_removals) {
        const std::optional<PartnershipRow> p = store.partnership(id);
        if (!p)
            continue;
        changes.removePartnership(id);
        if (p->origin == QLatin1String("bundled")) {
            // As a removal in the window: an update of the bundled data does not bring it back.
            const TombstoneRow stone{QStringLiteral("partnership"), p->uid, now};
            if (store.tombstone(stone.kind, stone.uid))
                changes.update(stone);
            else
                changes.insert(stone);
        }
    }
    return changes;
}

QByteArray WikidataUpdate::reportCsv() const
{
    QByteArray csv = m_plan.reportCsv();
    QHash<QString, QString> results;
    for (const WikidataChange &c : m_changes)
        results.insert(c.statement, WikidataChange::kindName(c.kind));
    QStringList lines;
    for (const Known &k : std::as_const(m_known)) {
        if (!k.seen && !results.contains(k.row.statement))
            continue;
        QString result = results.value(k.row.statement);
        if (result.isEmpty())
            result = k.row.partnershipUid.isEmpty() ? QStringLiteral("left-out") : QStringLiteral("confirmed");
        auto side = [this](const QString &item) {
            const WikidataItem *i = m_batch.item(item);
            const QString uid = m_itemPlaceUid.value(item);
            return QStringList{i ? QStringLiteral("%1 (%2)").arg(i->name(), item) : item, QStringLiteral("known"), uid,
                               placeName(m_placeIdOfUid.value(uid, 0)), QString(), QStringLiteral("wikidata-item"),
                               QStringLiteral("1.00"), QString()};
        };
        QStringList row{QString(), QString(), k.row.statement, result};
        row << side(k.row.subject) << side(k.row.object);
        row << QString() << QString() << k.row.startDate << k.row.endDate << QString();
        QStringList cells;
        for (const QString &c : std::as_const(row))
            cells << ChecklistCsvWriter::cell(c);
        lines << cells.join(u',');
    }
    std::sort(lines.begin(), lines.end());
    for (const QString &line : std::as_const(lines))
        csv += (line + QStringLiteral("\r\n")).toUtf8();
    return csv;
}

} // namespace twinatlas
