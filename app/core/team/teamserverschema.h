// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlError;

namespace twinatlas {

/**
 * The team atlas on a PostgreSQL server: the schema "twinatlas" with one table per shared kind
 * (rows are never deleted, only marked, so that every desktop learns of a removal), a version
 * that grows with every change, an audit table that a trigger writes for every change with the
 * user and the time, and three roles: twinatlas_viewer may read, twinatlas_editor also write,
 * twinatlas_admin owns the schema (and may upgrade it). Users are login roles that are members
 * of one of them. The schema's version is in twinatlas.meta.
 */
class TeamServerSchema
{
public:
    static constexpr const char *viewerRole = "twinatlas_viewer";
    static constexpr const char *editorRole = "twinatlas_editor";
    static constexpr const char *adminRole = "twinatlas_admin";

    static int currentVersion();

    /** The team atlas's schema version in db; 0 when the database holds none. */
    static bool version(QSqlDatabase &db, int *version, QSqlError *error);
    /**
     * Creates the roles (where missing) and the schema on a database without a team atlas, in
     * one transaction. Needs a superuser, or a user with CREATEROLE who owns the database.
     */
    static bool create(QSqlDatabase &db, QString *error);
    /** Brings an older schema up to currentVersion(), in one transaction. */
    static bool upgrade(QSqlDatabase &db, int from, QString *error);

    /** The statements create() runs, for review and for the tests. */
    static QStringList creationStatements();
    /** The columns a pull reads of a kind's table, keys first. */
    static QString selectColumns(int kind);
};

} // namespace twinatlas
