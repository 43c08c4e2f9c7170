// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlfailure.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace twinatlas {

/**
 * What `twinatlas check` and the window's check after opening run over an atlas: SQLite's
 * quick_check, or for the full check its integrity_check (every page, every index entry
 * against its row), its foreign key check and the atlas's own rules that are quick to test.
 * Damage is named by table and page, so that the user can say what was lost.
 */
class AtlasCheck
{
public:
    enum class Depth { Quick, Full };

    /**
     * Runs the checks over db; true if nothing is wrong. Otherwise problems() lists what is,
     * or failure() says why the check itself could not read the file (a disk error).
     * stop() is asked between the steps and ends the check early (then it returns true).
     */
    bool run(QSqlDatabase db, Depth depth, const std::function<bool()> &stop = {});

    QStringList problems() const { return m_problems; }
    SqlFailure failure() const { return m_failure; }
    /** The checks that were run, for the "no problems" line: "integrity_check, …". */
    QStringList checksRun() const { return m_checks; }

private:
    bool sqliteCheck(QSqlDatabase db, const QString &pragma, QStringList *lines);
    void nameDamagedTables(QSqlDatabase db);
    void checkForeignKeys(QSqlDatabase db);
    void checkRules(QSqlDatabase db);
    bool count(QSqlDatabase db, const QString &sql, qint64 *n);

    QStringList m_problems;
    QStringList m_checks;
    SqlFailure m_failure;
};

} // namespace twinatlas
