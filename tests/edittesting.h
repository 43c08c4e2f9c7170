// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the editing tests: dump every table of an atlas, all columns, in a fixed
// order, so that "restored exactly" can be compared; copy atlases; look rows up by uid.

#include "db/atlasbuilder.h"
#include "db/atlasdatabase.h"

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTest>

#include <sqlite3.h>

namespace twinatlas::testing {

using AtlasDump = QMap<QString, QStringList>;

/** Every row of every table (not SQLite's own), each as quote(column)|..., sorted. */
inline AtlasDump dumpAtlas(QSqlDatabase db, const QStringList &skip = {})
{
    AtlasDump dump;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"
                               " AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        if (skip.contains(table))
            continue;
        QSqlQuery info(db);
        info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        QStringList columns;
        while (info.next())
            columns << QStringLiteral("quote(%1)").arg(info.value(1).toString());
        QSqlQuery rows(db);
        // quote() keeps types apart (1 and '1', NULL and '') and prints reals exactly.
        rows.exec(QStringLiteral("SELECT %1 FROM %2")
                          .arg(columns.join(QStringLiteral(" || '|' || ")), table));
        QStringList lines;
        while (rows.next())
            lines << rows.value(0).toString();
        lines.sort();
        dump.insert(table, lines);
    }
    return dump;
}

/** Where two dumps first differ, for a failure message. */
inline QString dumpDifference(const AtlasDump &a, const AtlasDump &b)
{
    for (const QString &table : a.keys() + b.keys()) {
        const QStringList ra = a.value(table), rb = b.value(table);
        if (ra == rb)
            continue;
        for (const QString &line : ra)
            if (!rb.contains(line))
                return QStringLiteral("%1: only in the first: %2").arg(table, line);
        for (const QString &line : rb)
            if (!ra.contains(line))
                return QStringLiteral("%1: only in the second: %2").arg(table, line);
        return QStringLiteral("%1: %2 rows against %3").arg(table).arg(ra.size()).arg(rb.size());
    }
    return QStringLiteral("no difference");
}

inline bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        if (!QFile::copy(file, target))
            return false;
        QFile::setPermissions(
                target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return true;
}

inline QString buildAtlas(const QString &dataDir, const QString &path)
{
    AtlasBuilder builder;
    if (!builder.build(dataDir, path)) {
        qWarning().noquote() << builder.errors().join(QLatin1Char('\n'));
        return {};
    }
    return path;
}

inline qint64 idOf(QSqlDatabase db, const QString &table, const QString &uid)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE uid = ?").arg(table));
    q.addBindValue(uid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

inline QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

/**
 * Writes the schema-1 atlas of tests/data/schema-v1 (SQL text) to path; needs SQLite::SQLite3.
 */
inline QString loadVersionOneAtlas(const QString &path)
{
    QFile sql(QStringLiteral(TWINATLAS_TEST_DATA "/schema-v1/atlas-small-v1.sql"));
    if (!sql.open(QIODevice::ReadOnly))
        return {};
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return {};
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.readAll().constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK)
        qWarning() << error;
    sqlite3_free(error);
    sqlite3_close(db);
    return rc == SQLITE_OK ? path : QString();
}

} // namespace twinatlas::testing
