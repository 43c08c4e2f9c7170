// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editproblem.h"
#include "editrows.h"
#include "db/sqlfailure.h"

#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace twinatlas {

/**
 * The rules an edit must meet, the same the schema's constraints enforce, said in words that
 * name the field. Forms call it as the user types (the static checks need no database);
 * AtlasWriter calls it for every operation of a user's ChangeSet, inside its transaction, so
 * the checks that read the database see the earlier operations of the same change.
 */
class EditValidator
{
public:
    explicit EditValidator(QSqlDatabase db) : m_db(std::move(db)) { }

    QVector<EditProblem> checkPlace(const PlaceRow &row) const;
    QVector<EditProblem> checkAlternateName(const AlternateNameRow &row) const;
    /** Includes the same pair and kind entered twice, in either order (row.id itself aside). */
    QVector<EditProblem> checkPartnership(const PartnershipRow &row) const;
    QVector<EditProblem> checkEvent(const EventRow &row) const;
    QVector<EditProblem> checkSource(const SourceRow &row) const;
    QVector<EditProblem> checkChecklistEntry(const ChecklistRow &row) const;
    /** A place cannot go while partnerships refer to it. */
    QVector<EditProblem> checkPlaceRemoval(qint64 placeId) const;
    /** A source cannot go while a place, partnership or event cites it. */
    QVector<EditProblem> checkSourceRemoval(qint64 sourceId) const;

    /** A date at its own precision (YYYY, YYYY-MM, YYYY-MM-DD); empty is fine unless required. */
    static std::optional<EditProblem> checkDate(const QString &field, const QString &text,
                                                bool required = false);
    /** The end is not before the start, compared at the precision both share. */
    static std::optional<EditProblem> checkDateOrder(const QString &start, const QString &end);
    static std::optional<EditProblem> checkLongitude(double lon);
    static std::optional<EditProblem> checkLatitude(double lat);
    /** An http(s) URL, or a document name when there is no URL. */
    static std::optional<EditProblem> checkSourceReference(const QString &url,
                                                           const QString &document);
    /** The name a form shows for a column, as the messages use it. */
    static QString fieldLabel(const QString &field);

private:
    QString placeName(qint64 id) const;
    /** The first value of a one-row query; a failed read is kept for checked() to report. */
    qint64 scalar(const QString &sql, const QVariantList &values) const;
    /** problems, and a problem of its own if a read failed meanwhile. */
    QVector<EditProblem> checked(QVector<EditProblem> problems) const;

    QSqlDatabase m_db;
    mutable SqlFailure m_failure;
};

} // namespace twinatlas
