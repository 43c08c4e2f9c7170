// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlfailure.h"

#include <QObject>

class QSqlDatabase;
class QSqlDriver;

namespace twinatlas {

/**
 * Hears every failed read of one connection (SqlRead reports them), so that the window can say
 * that the atlas is damaged however deep in a reader, model or pane the read was, without each
 * of them carrying the error up. One per connection, a child of its QSqlDriver: it lives in the
 * connection's thread and goes with it.
 */
class ReadFailures : public QObject
{
    Q_OBJECT

public:
    /** The watcher of db's failed reads, made on first use; nullptr if db is not open. */
    static ReadFailures *of(const QSqlDatabase &db);
    static void report(const QSqlDriver *driver, const SqlFailure &failure);

    /** The first failure reported, if any. */
    SqlFailure first() const { return m_first; }

signals:
    void failed(const twinatlas::SqlFailure &failure);

private:
    explicit ReadFailures(QSqlDriver *driver);
    static ReadFailures *ofDriver(const QSqlDriver *driver);

    SqlFailure m_first;
};

} // namespace twinatlas
