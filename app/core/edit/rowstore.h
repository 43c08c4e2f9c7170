// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editoperation.h"
#include "db/sqlfailure.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVector>
#include <optional>

namespace twinatlas {

/**
 * Reads and writes whole rows of the editable tables, every column exactly as stored, so that
 * AtlasWriter can record a row's pre-image and put it back. Forms use the typed readers to fill
 * their fields with the row they will send back as an update.
 */
class RowStore
{
public:
    explicit RowStore(QSqlDatabase db) : m_db(std::move(db)) { }

    /** The stored row with the key of key (id, or the key columns), if there is one. */
    std::optional<EditRow> read(const EditRow &key) const;
    /** Inserts row as given; an id of 0 or less lets SQLite choose one, returned in newId. */
    bool insert(const EditRow &row, qint64 *newId = nullptr);
    /** Writes every column of the row with row's key. */
    bool update(const EditRow &row);
    bool remove(const EditRow &key);
    /** The database's message for the last failed write. */
    QString errorString() const { return m_error; }
    /**
     * The first read that failed: a row it did not return may be there all the same, so the
     * change that read it must not be written.
     */
    SqlFailure readFailure() const { return m_readFailure; }

    std::optional<PlaceRow> place(qint64 id) const;
    std::optional<PlaceRow> placeByUid(const QString &uid) const;
    std::optional<PartnershipRow> partnership(qint64 id) const;
    std::optional<EventRow> event(qint64 id) const;
    std::optional<SourceRow> source(qint64 id) const;
    std::optional<ChecklistRow> checklistEntry(const QString &placeUid,
                                               const QString &partnerUid) const;
    std::optional<TombstoneRow> tombstone(const QString &kind, const QString &uid) const;
    std::optional<PlaceNameRow> placeName(qint64 placeId, const QString &lang) const;

    /** The rows that depend on a row and go with it when it is deleted. */
    QVector<AlternateNameRow> alternateNamesOf(qint64 placeId) const;
    QVector<PlaceNameRow> placeNamesOf(qint64 placeId) const;
    QVector<EventRow> eventsOf(qint64 partnershipId) const;
    QVector<PartnershipSourceRow> sourcesOfPartnership(qint64 partnershipId) const;
    QVector<EventSourceRow> sourcesOfEvent(qint64 eventId) const;

    /** The tombstone kind of a row type with a uid (place, partnership, ...), or empty. */
    static QString tombstoneKind(const EditRow &row);
    /** The table a row type lives in. */
    static QString tableName(const EditRow &row);

private:
    template<class Row>
    QVector<Row> readWhere(const QString &where, const QVariantList &values) const;
    /**
     * The statement for sql, prepared once per store: an import writes tens of thousands of
     * rows through one store, and SQLite's parsing and code generation of the CHECK
     * constraints would otherwise cost more than the writes.
     */
    QSqlQuery &statement(const QString &sql) const;

    QSqlDatabase m_db;
    QString m_error;
    mutable SqlFailure m_readFailure;
    mutable QHash<QString, QSqlQuery> m_statements;
};

} // namespace twinatlas
