// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlfailure.h"

#include <QSqlQuery>

namespace twinatlas {

/**
 * Reads that tell a failed step from the end of the rows. QSqlQuery::next() returns false for
 * both, so a damaged page or an I/O error would read as fewer rows; every read of an atlas goes
 * through these instead, and its failure reaches the caller (and whoever watches the
 * connection, see ReadFailures) rather than a short answer:
 *
 *     if (!SqlRead::exec(q, &failure))
 *         return false;
 *     while (q.next())
 *         ...;
 *     if (!SqlRead::ended(q, &failure))
 *         return false;
 */
class SqlRead
{
public:
    /** Runs q, prepared and bound; false, with *failure set, if it failed. */
    static bool exec(QSqlQuery &q, SqlFailure *failure);
    static bool exec(QSqlQuery &q, const QString &sql, SqlFailure *failure);
    /** After `while (q.next())`: true if the rows ended, false (with *failure) if a step failed. */
    static bool ended(const QSqlQuery &q, SqlFailure *failure);
    /**
     * Runs a query of at most one row and steps onto it: true with q on the row. False when
     * there is no row: then *failure says whether the query or its step failed (set) or there
     * simply is none (not set).
     */
    static bool first(QSqlQuery &q, SqlFailure *failure);
    static bool first(QSqlQuery &q, const QString &sql, SqlFailure *failure);

    /** Runs q and calls row() on each row; false, with *failure, if it or any step failed. */
    template<typename Row>
    static bool forEach(QSqlQuery &q, SqlFailure *failure, Row &&row)
    {
        if (!exec(q, failure))
            return false;
        while (q.next())
            row();
        return ended(q, failure);
    }

    /** Records a failure of q's connection: in *failure, and to the connection's watchers. */
    static bool failed(const QSqlQuery &q, SqlFailure *failure);
};

} // namespace twinatlas
