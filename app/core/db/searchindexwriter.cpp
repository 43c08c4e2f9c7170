// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindexwriter.h"

#include "placekeys.h"
#include "sqlread.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace twinatlas {

namespace {

// Greater than every character a key can hold, so [key, key + this) is the prefix range.
QString prefixEnd(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

} // namespace

bool SearchIndexWriter::fail(const QSqlQuery &q)
{
    SqlFailure failure;
    SqlRead::failed(q, &failure);
    m_error = failure.reason();
    return false;
}

bool SearchIndexWriter::aboutToChange(qint64 placeId)
{
    if (m_places.contains(placeId))
        return true;
    m_places.insert(placeId);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT prefix FROM search_top WHERE place_id = ?"));
    q.addBindValue(placeId);
    if (!q.exec())
        return fail(q);
    while (q.next())
        m_prefixes.insert(q.value(0).toString());
    return !q.lastError().isValid() || fail(q);
}

QSet<QString> SearchIndexWriter::expectedKeys(QSqlDatabase db, qint64 placeId, SqlFailure *failure)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, ascii_name FROM places WHERE id = ?"));
    q.addBindValue(placeId);
    if (!SqlRead::first(q, failure))
        return {};
    const QString name = q.value(0).toString();
    const QString ascii = q.value(1).toString();
    q.finish();
    // The place's names in other languages are found like its alternate names.
    q.prepare(QStringLiteral("SELECT name FROM alternate_names WHERE place_id = ?"
                             " UNION SELECT name FROM place_names WHERE place_id = ? ORDER BY name"));
    q.addBindValue(placeId);
    q.addBindValue(placeId);
    QStringList alternates;
    if (!SqlRead::forEach(q, failure, [&] { alternates << q.value(0).toString(); }))
        return {};
    return PlaceKeys::all(name, ascii, alternates);
}

const SearchIndexWriter::RankedList &SearchIndexWriter::rankedList(const QString &prefix)
{
    auto it = m_lists.find(prefix);
    if (it != m_lists.end())
        return *it;
    RankedList list;
    QSqlQuery q(m_db);
    // The bare columns come from the row of max(rank): the list's last place.
    q.prepare(QStringLiteral("SELECT count(*), max(t.rank), p.population, p.id FROM search_top t"
                             " JOIN places p ON p.id = t.place_id WHERE t.prefix = ?"));
    q.addBindValue(prefix);
    SqlFailure failure;
    if (SqlRead::first(q, &failure)) {
        list.count = q.value(0).toInt();
        list.lastPopulation = q.value(2).toLongLong();
        list.lastPlaceId = q.value(3).toLongLong();
    } else if (failure && m_error.isEmpty()) {
        m_error = failure.reason(); // finish() fails on it
    }
    return *m_lists.insert(prefix, list);
}

bool SearchIndexWriter::rerank(const QString &prefix)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM search_top WHERE prefix = ?"));
    q.addBindValue(prefix);
    if (!q.exec())
        return fail(q);
    q.prepare(QStringLiteral(
            "INSERT INTO search_top (prefix, rank, place_id)"
            " SELECT ?, row_number() OVER (ORDER BY population DESC, id) - 1, id FROM"
            " (SELECT id, population FROM places WHERE id IN"
            "   (SELECT place_id FROM search_keys WHERE key >= ? AND key < ?)"
            "  ORDER BY population DESC, id LIMIT ?)"));
    q.addBindValue(prefix);
    q.addBindValue(prefix);
    q.addBindValue(prefixEnd(prefix));
    q.addBindValue(rankedListSize);
    return q.exec() || fail(q);
}

bool SearchIndexWriter::finish(QString *error)
{
    m_error.clear();
    QList<qint64> places(m_places.begin(), m_places.end());
    std::sort(places.begin(), places.end());
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM search_keys WHERE place_id = ?"));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO search_keys (key, place_id) VALUES (?, ?)"));
    QSqlQuery population(m_db);
    population.prepare(QStringLiteral("SELECT population FROM places WHERE id = ?"));
    bool ok = true;
    for (qint64 id : std::as_const(places)) {
        remove.addBindValue(id);
        if (!remove.exec()) {
            ok = fail(remove);
            break;
        }
        SqlFailure failure;
        const QSet<QString> keys = expectedKeys(m_db, id, &failure);
        if (failure) {
            m_error = failure.reason();
            ok = false;
            break;
        }
        if (keys.isEmpty())
            continue; // removed: its ranked lists are already in m_prefixes
        population.addBindValue(id);
        if (!SqlRead::first(population, &failure) && failure) {
            m_error = failure.reason();
            ok = false;
            break;
        }
        const qint64 pop = population.isValid() ? population.value(0).toLongLong() : 0;
        population.finish();
        for (const QString &key : keys) {
            insert.addBindValue(key);
            insert.addBindValue(id);
            if (!insert.exec()) {
                ok = fail(insert);
                break;
            }
            // Ranked lists exist for a prefix only where its shorter prefix has one, so the
            // walk stops at the first prefix without a list.
            for (int n = 1; n <= key.size(); ++n) {
                const QString prefix = key.left(n);
                const RankedList &list = rankedList(prefix);
                if (list.count == 0 && !m_prefixes.contains(prefix))
                    break;
                if (list.count < rankedListSize || pop > list.lastPopulation
                    || (pop == list.lastPopulation && id < list.lastPlaceId))
                    m_prefixes.insert(prefix);
            }
        }
        if (!ok)
            break;
    }
    if (ok && !m_error.isEmpty())
        ok = false; // a ranked list could not be read
    if (ok) {
        QList<QString> prefixes(m_prefixes.begin(), m_prefixes.end());
        std::sort(prefixes.begin(), prefixes.end());
        for (const QString &prefix : std::as_const(prefixes))
            if (!(ok = rerank(prefix)))
                break;
    }
    m_places.clear();
    m_prefixes.clear();
    m_lists.clear();
    if (!ok && error)
        *error = m_error;
    return ok;
}

} // namespace twinatlas
