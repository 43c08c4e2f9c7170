// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlread.h"

#include "readfailures.h"

#include <QSqlError>

namespace twinatlas {

bool SqlRead::failed(const QSqlQuery &q, SqlFailure *failure)
{
    const SqlFailure f = SqlFailure::of(q);
    if (failure)
        *failure = f;
    ReadFailures::report(q.driver(), f);
    return false;
}

bool SqlRead::exec(QSqlQuery &q, SqlFailure *failure)
{
    return q.exec() || failed(q, failure);
}

bool SqlRead::exec(QSqlQuery &q, const QString &sql, SqlFailure *failure)
{
    return q.exec(sql) || failed(q, failure);
}

bool SqlRead::ended(const QSqlQuery &q, SqlFailure *failure)
{
    // next() sets the error of a failed step; at the true end there is none.
    return !q.lastError().isValid() || failed(q, failure);
}

namespace {

/** Steps onto the one row; no row is no failure, a failed step is. */
bool stepOntoRow(QSqlQuery &q, SqlFailure *failure)
{
    if (q.next())
        return true;
    SqlRead::ended(q, failure);
    return false;
}

} // namespace

bool SqlRead::first(QSqlQuery &q, SqlFailure *failure)
{
    return exec(q, failure) && stepOntoRow(q, failure);
}

bool SqlRead::first(QSqlQuery &q, const QString &sql, SqlFailure *failure)
{
    return exec(q, sql, failure) && stepOntoRow(q, failure);
}

} // namespace twinatlas
