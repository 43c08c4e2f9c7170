// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlascheck.h"

#include "sqlread.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace twinatlas {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("twinatlas::AtlasCheck", text, comment, n);
}

/** SQLite lists at most this many problems: a file that has more is lost enough. */
constexpr int maxProblems = 100;

QString quotedIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
}

} // namespace

bool AtlasCheck::sqliteCheck(QSqlDatabase db, const QString &pragma, QStringList *lines)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    SqlFailure failure;
    if (!SqlRead::exec(q, pragma, &failure)) {
        if (failure.isDamage())
            *lines << failure.sqliteText();
        else
            m_failure = failure;
        return false;
    }
    while (q.next()) {
        // One row may hold several lines, under a heading that names the database.
        for (const QString &line : q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** ")))
                *lines << line;
    }
    // The check stops at some damage (a page it cannot read): that is a finding too.
    if (!SqlRead::ended(q, &failure)) {
        if (failure.isDamage())
            *lines << tr("SQLite stopped checking: %1").arg(failure.sqliteText());
        else
            m_failure = failure;
        return false;
    }
    return lines->isEmpty();
}

void AtlasCheck::nameDamagedTables(QSqlDatabase db)
{
    // integrity_check(TABLE) checks one table and its indexes: what it finds is that table's.
    QSqlQuery q(db);
    QStringList tables;
    SqlFailure failure;
    q.prepare(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"
                             " AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!SqlRead::forEach(q, &failure, [&] { tables << q.value(0).toString(); }))
        return;
    QStringList attributed;
    QSet<QString> seen;
    for (const QString &table : std::as_const(tables)) {
        QStringList lines;
        if (sqliteCheck(db, QStringLiteral("PRAGMA integrity_check(%1)").arg(quotedIdentifier(table)), &lines))
            continue;
        for (const QString &line : std::as_const(lines)) {
            attributed << tr("table %1: %2").arg(table, line);
            seen.insert(line);
        }
    }
    // What no table owns (a page on no b-tree, the free list) stays as SQLite said it.
    for (const QString &line : std::as_const(m_problems))
        if (!seen.contains(line))
            attributed << line;
    if (!attributed.isEmpty())
        m_problems = attributed;
}

void AtlasCheck::checkForeignKeys(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    SqlFailure failure;
    const bool read = SqlRead::forEach(q, &failure, [&] {
        if (m_problems.size() < maxProblems)
            m_problems << tr("table %1: row %2 refers to a row of %3 that is not there")
                                  .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    });
    if (!read && !failure.isDamage())
        m_failure = failure;
    else if (!read)
        m_problems << tr("SQLite stopped checking: %1").arg(failure.sqliteText());
}

bool AtlasCheck::count(QSqlDatabase db, const QString &sql, qint64 *n)
{
    QSqlQuery q(db);
    SqlFailure failure;
    if (SqlRead::first(q, sql, &failure)) {
        *n = q.value(0).toLongLong();
        return true;
    }
    if (failure.isDamage())
        m_problems << tr("SQLite stopped checking: %1").arg(failure.sqliteText());
    else if (failure)
        m_failure = failure;
    return false;
}

void AtlasCheck::checkRules(QSqlDatabase db)
{
    qint64 n = 0;
    if (count(db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'data_version' AND value <> ''"), &n) && n != 1)
        m_problems << tr("table meta: the atlas does not say which data it holds (data_version)");
    // A place without search keys cannot be found by name, in the list or by an import.
    if (count(db, QStringLiteral("SELECT count(*) FROM places p WHERE NOT EXISTS"
                                 " (SELECT 1 FROM search_keys k WHERE k.place_id = p.id)"),
              &n)
        && n > 0)
        m_problems << tr("table search_keys: %n place(s) cannot be found by name", nullptr, int(n));
    if (count(db, QStringLiteral("SELECT count(*) FROM checklist c WHERE"
                                 " NOT EXISTS (SELECT 1 FROM places WHERE uid = c.place_uid)"
                                 " OR NOT EXISTS (SELECT 1 FROM places WHERE uid = c.partner_uid)"),
              &n)
        && n > 0)
        m_problems << tr("table checklist: %n postcard(s) of places that are not there", nullptr, int(n));
}

bool AtlasCheck::run(QSqlDatabase db, Depth depth, const std::function<bool()> &stop)
{
    m_problems.clear();
    m_checks.clear();
    m_failure = {};
    const auto stopped = [&stop] { return stop && stop(); };
    if (depth == Depth::Quick) {
        m_checks << QStringLiteral("quick_check");
        QStringList lines;
        sqliteCheck(db, QStringLiteral("PRAGMA quick_check(%1)").arg(maxProblems), &lines);
        m_problems = lines;
        return m_problems.isEmpty() && !m_failure;
    }
    m_checks << QStringLiteral("integrity_check");
    QStringList lines;
    if (!sqliteCheck(db, QStringLiteral("PRAGMA integrity_check(%1)").arg(maxProblems), &lines)) {
        m_problems = lines;
        if (m_failure)
            return false;
        if (!stopped())
            nameDamagedTables(db);
    }
    // The references and the atlas's rules read the rows again: on damaged pages they would
    // only repeat what SQLite found.
    if (stopped() || !m_problems.isEmpty() || m_failure)
        return m_problems.isEmpty() && !m_failure;
    m_checks << QStringLiteral("foreign_key_check");
    checkForeignKeys(db);
    if (stopped() || !m_problems.isEmpty() || m_failure)
        return m_problems.isEmpty() && !m_failure;
    m_checks << tr("the atlas's own rules");
    checkRules(db);
    return m_problems.isEmpty() && !m_failure;
}

} // namespace twinatlas
