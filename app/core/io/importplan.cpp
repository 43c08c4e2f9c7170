// SPDX-License-Identifier: GPL-3.0-or-later
#include "importplan.h"

#include "fieldparser.h"

#include "db/partialdate.h"
#include "db/sqlread.h"
#include "edit/checklistcsvwriter.h"
#include "edit/rowstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::ImportPlan", text);
}

using Outcome = Resolution::Outcome;

QString newPlaceKey(const Resolution &r)
{
    return GazetteerIndex::fold(r.newName) + u'|' + r.newCountry + u'|'
            + QString::number(r.newPosition.lon, 'f', 4) + u' ' + QString::number(r.newPosition.lat, 'f', 4);
}

QPair<qint64, qint64> pairKey(qint64 a, qint64 b)
{
    return a < b ? qMakePair(a, b) : qMakePair(b, a);
}

} // namespace

QString ImportPlan::Summary::toString() const
{
    return QStringLiteral("rows %1, pairs imported %2, duplicates %3, places matched %4, created %5, "
                          "unresolved %6, doubtful %7")
            .arg(rows)
            .arg(pairsImported)
            .arg(duplicates)
            .arg(placesMatched)
            .arg(placesCreated)
            .arg(unresolved)
            .arg(doubtful);
}

QString ImportPlan::rowResultName(RowResult result)
{
    switch (result) {
    case RowResult::Imported: return QStringLiteral("imported");
    case RowResult::Duplicate: return QStringLiteral("duplicate");
    case RowResult::Unresolved: return QStringLiteral("unresolved");
    case RowResult::Doubtful: return QStringLiteral("doubtful");
    case RowResult::Skipped: return QStringLiteral("skipped");
    case RowResult::SamePlace: return QStringLiteral("same-place");
    }
    return {};
}

void ImportPlan::setRecords(const QVector<ImportRecord> &records, const QString &fileName, int inputRows)
{
    m_records = records;
    m_fileName = fileName;
    m_inputRows = inputRows;
    m_references.clear();
    m_resolutions.clear();
    m_placeRef.clear();
    m_partnerRef.clear();
    QHash<QString, int> byKey;
    auto referenceOf = [&](const PlaceReference &ref) {
        const QString key = ref.key();
        auto it = byKey.constFind(key);
        if (it != byKey.constEnd())
            return it.value();
        const int i = int(m_references.size());
        m_references << ref;
        byKey.insert(key, i);
        return i;
    };
    for (const ImportRecord &r : std::as_const(m_records)) {
        m_placeRef << referenceOf(r.place);
        m_partnerRef << referenceOf(r.partner);
    }
    m_resolutions = QVector<Resolution>(m_references.size());
}

bool ImportPlan::resolve(const std::function<bool(int, int)> &progress)
{
    const int total = int(m_references.size());
    constexpr int chunk = 512;
    for (int from = 0; from < total; from += chunk) {
        if (progress && !progress(from, total))
            return false;
        QVector<int> indices(std::min(chunk, total - from));
        std::iota(indices.begin(), indices.end(), from);
        // Each reference is resolved alone against the immutable index: workers share it.
        QtConcurrent::blockingMap(indices, [this](int i) { m_resolutions[i] = m_resolver.resolve(m_references.at(i)); });
    }
    if (progress)
        progress(total, total);
    return true;
}

void ImportPlan::choose(int reference, int place)
{
    Resolution &r = m_resolutions[reference];
    r.outcome = Outcome::Matched;
    r.method = Resolution::Method::UserChoice;
    r.place = place;
    r.confidence = 1.0;
    r.reason = tr("chosen in the review");
}

void ImportPlan::placeAt(int reference, LonLat position, const QString &country)
{
    Resolution &r = m_resolutions[reference];
    const PlaceReference &ref = m_references.at(reference);
    r.outcome = Outcome::Created;
    r.method = Resolution::Method::UserChoice;
    r.newName = ref.name.isEmpty() ? ref.written : ref.name;
    r.newPosition = position;
    QString c = country;
    if (c.isEmpty()) {
        const int nearest = m_index.nearest(position);
        c = nearest >= 0 ? m_index.place(nearest).country : QStringLiteral("ZZ");
    }
    r.newCountry = c;
    r.confidence = 1.0;
    r.reason = tr("placed at the coordinates typed in the review");
}

void ImportPlan::skip(int reference)
{
    Resolution &r = m_resolutions[reference];
    r.outcome = Outcome::Skipped;
    r.reason = tr("skipped in the review");
}

qint64 ImportPlan::placeIdOf(int reference, const QHash<int, qint64> &newPlaceIds) const
{
    const Resolution &r = m_resolutions.at(reference);
    if (r.outcome == Outcome::Matched)
        return m_index.place(r.place).id;
    return newPlaceIds.value(reference, 0);
}

void ImportPlan::plan(QVector<Pair> *pairs, QVector<RowResult> *results, QHash<int, qint64> *newPlaceIds,
                      QVector<int> *newPlaceRefs) const
{
    // The partnerships already in the atlas, by unordered pair.
    QHash<QPair<qint64, qint64>, qint64> existing;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, place_a, place_b FROM partnerships ORDER BY id"));
        SqlFailure failure;
        // A partnership missed here would be imported a second time.
        if (!SqlRead::forEach(q, &failure, [&] {
                const auto key = pairKey(q.value(1).toLongLong(), q.value(2).toLongLong());
                if (!existing.contains(key))
                    existing.insert(key, q.value(0).toLongLong());
            })
            && !m_failure)
            m_failure = failure;
    }
    QHash<QString, qint64> newByKey;
    qint64 nextPlaceholder = -1000000; // far from the ones changes() gives sources and partnerships
    QHash<QPair<qint64, qint64>, int> pairIndex;
    results->clear();
    for (int i = 0; i < m_records.size(); ++i) {
        const Resolution &p = m_resolutions.at(m_placeRef.at(i));
        const Resolution &q = m_resolutions.at(m_partnerRef.at(i));
        auto worst = [&]() -> std::optional<RowResult> {
            for (Outcome o : {Outcome::Skipped, Outcome::Unresolved, Outcome::Doubtful})
                if (p.outcome == o || q.outcome == o)
                    return o == Outcome::Skipped ? RowResult::Skipped
                            : o == Outcome::Unresolved ? RowResult::Unresolved : RowResult::Doubtful;
            return std::nullopt;
        }();
        if (worst) {
            results->append(*worst);
            continue;
        }
        qint64 ids[2];
        const int refs[2] = {m_placeRef.at(i), m_partnerRef.at(i)};
        for (int side = 0; side < 2; ++side) {
            const Resolution &r = m_resolutions.at(refs[side]);
            if (r.outcome == Outcome::Matched) {
                ids[side] = m_index.place(r.place).id;
                continue;
            }
            const QString key = newPlaceKey(r);
            auto it = newByKey.constFind(key);
            if (it == newByKey.constEnd()) {
                it = newByKey.insert(key, nextPlaceholder--);
                newPlaceRefs->append(refs[side]);
            }
            newPlaceIds->insert(refs[side], it.value());
            ids[side] = it.value();
        }
        if (ids[0] == ids[1]) {
            results->append(RowResult::SamePlace);
            continue;
        }
        const auto key = pairKey(ids[0], ids[1]);
        const auto seen = pairIndex.constFind(key);
        if (seen != pairIndex.constEnd()) {
            (*pairs)[seen.value()].merged << i;
            results->append(RowResult::Duplicate);
            continue;
        }
        Pair pair;
        pair.a = ids[0];
        pair.b = ids[1];
        pair.record = i;
        pair.existing = existing.value(key, 0);
        pairIndex.insert(key, int(pairs->size()));
        pairs->append(pair);
        results->append(pair.existing ? RowResult::Duplicate : RowResult::Imported);
    }
}

QVector<ImportPlan::RowResult> ImportPlan::rowResults() const
{
    QVector<Pair> pairs;
    QVector<RowResult> results;
    QHash<int, qint64> ids;
    QVector<int> newRefs;
    plan(&pairs, &results, &ids, &newRefs);
    return results;
}

ImportPlan::Summary ImportPlan::summary() const
{
    QVector<Pair> pairs;
    QVector<RowResult> results;
    QHash<int, qint64> ids;
    QVector<int> newRefs;
    plan(&pairs, &results, &ids, &newRefs);
    Summary s;
    s.rows = m_inputRows;
    for (RowResult r : std::as_const(results)) {
        if (r == RowResult::Imported)
            ++s.pairsImported;
        else if (r == RowResult::Duplicate)
            ++s.duplicates;
    }
    QSet<int> matched;
    for (const Resolution &r : m_resolutions) {
        if (r.outcome == Outcome::Matched)
            matched.insert(r.place);
        else if (r.outcome == Outcome::Unresolved)
            ++s.unresolved;
        else if (r.outcome == Outcome::Doubtful)
            ++s.doubtful;
    }
    s.placesMatched = int(matched.size());
    s.placesCreated = int(newRefs.size());
    return s;
}

ChangeSet ImportPlan::changes(Placement *placement) const
{
    QVector<Pair> pairs;
    QVector<RowResult> results;
    QHash<int, qint64> newIds;
    QVector<int> newRefs;
    plan(&pairs, &results, &newIds, &newRefs);
    if (placement) {
        placement->partnershipOfRecord = QVector<qint64>(m_records.size(), 0);
        placement->placeOfReference.clear();
        for (int i = 0; i < m_resolutions.size(); ++i)
            if (m_resolutions.at(i).outcome == Outcome::Matched)
                placement->placeOfReference.insert(i, m_index.place(m_resolutions.at(i).place).id);
        for (auto it = newIds.cbegin(); it != newIds.cend(); ++it)
            placement->placeOfReference.insert(it.key(), it.value());
    }

    // Exact rows, stamped here as AtlasWriter stamps a user's edit: the plan has made every
    // check the writer would make row by row (places exist, pairs are new, dates are valid),
    // and tens of thousands of rows go in without a query each for those checks.
    ChangeSet changes(ChangeSet::Provenance::Exact);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString user = QStringLiteral("user");
    auto newUid = [] { return QStringLiteral("u:") + QUuid::createUuid().toString(QUuid::WithoutBraces); };
    qint64 next = -1;
    RowStore store(m_db);

    // Sources: the file itself (for new places and rows that cite nothing), and what rows cite,
    // reusing a source the atlas already has with the same URL or title and document.
    qint64 fileSource = 0;
    auto fileSourceId = [&]() {
        if (!fileSource) {
            SourceRow row;
            row.id = fileSource = next--;
            row.uid = newUid();
            row.origin = user;
            row.modifiedAt = now;
            row.title = tr("Imported list: %1").arg(QFileInfo(m_fileName).fileName());
            row.document = QFileInfo(m_fileName).fileName();
            if (row.document.isEmpty())
                row.document = row.title;
            changes.insert(row);
        }
        return fileSource;
    };
    QHash<QString, qint64> sourceIds;
    auto sourceId = [&](const SourceReference &s) -> qint64 {
        const QString key = s.title + u'\x1f' + s.url + u'\x1f' + s.document;
        if (sourceIds.contains(key))
            return sourceIds.value(key);
        QSqlQuery q(m_db);
        if (!s.url.isEmpty()) {
            q.prepare(QStringLiteral("SELECT id FROM sources WHERE url = ? ORDER BY id LIMIT 1"));
            q.addBindValue(s.url);
        } else {
            q.prepare(QStringLiteral("SELECT id FROM sources WHERE title = ? AND document = ? ORDER BY id LIMIT 1"));
            q.addBindValue(s.title);
            q.addBindValue(s.document);
        }
        qint64 id = 0;
        SqlFailure failure;
        if (SqlRead::first(q, &failure))
            id = q.value(0).toLongLong();
        else if (failure && !m_failure)
            m_failure = failure;
        if (!id) {
            SourceRow row;
            row.id = id = next--;
            row.uid = newUid();
            row.origin = user;
            row.modifiedAt = now;
            row.title = s.title.isEmpty() ? s.url : s.title;
            row.url = s.url;
            row.document = s.document;
            if (!s.retrieved.isEmpty())
                row.retrieved = s.retrieved;
            changes.insert(row);
        }
        sourceIds.insert(key, id);
        return id;
    };

    // New places, at the file's (or the review's) coordinates, sourced to the file.
    for (int ref : std::as_const(newRefs)) {
        const Resolution &r = m_resolutions.at(ref);
        PlaceRow row;
        row.id = newIds.value(ref);
        row.name = r.newName;
        row.asciiName = GazetteerIndex::fold(r.newName) == r.newName.toLower() ? r.newName : QString();
        row.country = r.newCountry;
        row.lon = r.newPosition.lon;
        row.lat = r.newPosition.lat;
        row.kind = QStringLiteral("city");
        const qint64 geonameId = m_references.at(ref).geonameId;
        if (geonameId > 0 && m_index.indexOfGeonameId(geonameId) < 0)
            row.geonameId = geonameId;
        row.sourceId = fileSourceId();
        row.uid = row.geonameId > 0 ? QStringLiteral("gn:%1").arg(row.geonameId) : newUid();
        row.origin = user;
        row.modifiedAt = now;
        changes.insert(row);
    }

    for (const Pair &pair : std::as_const(pairs)) {
        // What the file says of the pair, all its rows together: the first that says a thing.
        QString kind, status, start, end;
        QStringList notes;
        QVector<SourceReference> sources;
        for (int i : QVector<int>{pair.record} + pair.merged) {
            const ImportRecord &r = m_records.at(i);
            if (kind.isEmpty())
                kind = r.kind;
            if (status.isEmpty())
                status = r.status;
            if (start.isEmpty())
                start = r.start;
            if (end.isEmpty())
                end = r.end;
            if (!r.note.isEmpty() && !notes.contains(r.note))
                notes << r.note;
            for (const SourceReference &s : r.sources)
                if (!sources.contains(s))
                    sources << s;
        }
        if (!start.isEmpty() && !end.isEmpty()
            && PartialDate::compareAtCommonPrecision(PartialDate::fromIso(start), PartialDate::fromIso(end)) > 0)
            end.clear(); // an end before the start: the start is kept, the report says why
        QVector<qint64> sourceList;
        for (const SourceReference &s : std::as_const(sources))
            sourceList << sourceId(s);

        qint64 partnershipId = pair.existing;
        QSet<qint64> linked;
        auto place = [&] {
            if (placement)
                for (int i : QVector<int>{pair.record} + pair.merged)
                    placement->partnershipOfRecord[i] = partnershipId;
        };
        if (pair.existing) {
            // Merged: what the atlas lacks is filled in from the file; nothing is overwritten.
            const auto before = store.partnership(pair.existing);
            if (!before)
                continue;
            PartnershipRow after = *before;
            if (after.startDate.isEmpty() && !start.isEmpty()
                && (after.endDate.isEmpty()
                    || PartialDate::compareAtCommonPrecision(PartialDate::fromIso(start),
                                                             PartialDate::fromIso(after.endDate)) <= 0))
                after.startDate = start;
            if (after.endDate.isEmpty() && !end.isEmpty()
                && (after.startDate.isEmpty()
                    || PartialDate::compareAtCommonPrecision(PartialDate::fromIso(after.startDate),
                                                             PartialDate::fromIso(end)) <= 0)) {
                after.endDate = end;
                if (after.status == QLatin1String("active"))
                    after.status = QStringLiteral("ended");
            }
            const QString note = notes.join(QStringLiteral("; "));
            if (after.note.isEmpty() && !note.isEmpty())
                after.note = note;
            for (const PartnershipSourceRow &l : store.sourcesOfPartnership(pair.existing))
                linked.insert(l.sourceId);
            const bool newSource = std::any_of(sourceList.cbegin(), sourceList.cend(),
                                               [&linked](qint64 s) { return !linked.contains(s); });
            if (after.startDate != before->startDate || after.endDate != before->endDate
                || after.note != before->note || after.status != before->status || newSource) {
                // The user's version of it from now on, as after an edit in the window.
                after.modifiedAt = now;
                changes.update(after);
            }
            place();
        } else {
            PartnershipRow row;
            row.id = partnershipId = next--;
            row.uid = newUid();
            row.origin = user;
            row.modifiedAt = now;
            row.placeA = pair.a;
            row.placeB = pair.b;
            row.kind = kind.isEmpty() ? QStringLiteral("twin_town") : kind;
            row.status = !status.isEmpty() ? status : !end.isEmpty() ? QStringLiteral("ended") : QStringLiteral("active");
            row.startDate = start.isEmpty() ? QString() : start;
            row.endDate = end.isEmpty() ? QString() : end;
            row.note = notes.join(QStringLiteral("; "));
            changes.insert(row);
            place();
            if (sourceList.isEmpty())
                sourceList << fileSourceId();
        }
        for (qint64 s : std::as_const(sourceList))
            if (!linked.contains(s)) {
                changes.linkPartnershipSource(partnershipId, s);
                linked.insert(s);
            }
    }
    return changes;
}

QByteArray ImportPlan::reportCsv() const
{
    const QVector<RowResult> results = rowResults();
    QStringList lines;
    const QStringList header{"line", "item", "input", "result", "place", "place_outcome", "place_uid",
                             "place_name", "place_country", "place_how", "place_confidence", "place_reason",
                             "partner", "partner_outcome", "partner_uid", "partner_name", "partner_country",
                             "partner_how", "partner_confidence", "partner_reason", "kind", "status", "start",
                             "end", "warnings"};
    QStringList cells;
    for (const QString &h : header)
        cells << ChecklistCsvWriter::cell(h);
    lines << cells.join(u',');
    auto side = [this](int ref, QStringList &out) {
        const PlaceReference &p = m_references.at(ref);
        const Resolution &r = m_resolutions.at(ref);
        QString uid, name, country;
        if (r.outcome == Outcome::Matched) {
            const GazetteerPlace &g = m_index.place(r.place);
            uid = g.uid;
            name = g.name;
            country = g.country;
        } else if (r.outcome == Outcome::Created) {
            uid = QStringLiteral("new");
            name = r.newName;
            country = r.newCountry;
        } else {
            QStringList candidates;
            for (int c : r.candidates)
                candidates << m_resolver.describe(c) + QStringLiteral(" [") + m_index.place(c).uid + u']';
            name = candidates.join(QStringLiteral("; "));
        }
        out << (p.text.isEmpty() ? p.name : p.text) << Resolution::outcomeName(r.outcome) << uid << name << country
            << Resolution::methodName(r.method) << QString::number(r.confidence, 'f', 2) << r.reason;
    };
    for (int i = 0; i < m_records.size(); ++i) {
        const ImportRecord &r = m_records.at(i);
        QStringList row{QString::number(r.line), QString::number(r.item), r.text, rowResultName(results.at(i))};
        side(m_placeRef.at(i), row);
        side(m_partnerRef.at(i), row);
        row << r.kind << r.status << r.start << r.end << r.warnings.join(QStringLiteral("; "));
        cells.clear();
        for (const QString &c : std::as_const(row))
            cells << ChecklistCsvWriter::cell(c);
        lines << cells.join(u',');
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace twinatlas
