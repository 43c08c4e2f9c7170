// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A copy of the bundled atlas with three data pages of its partnerships overwritten, among
// them the page that holds Toruń's twelve: the header, the schema and every index are intact,
// so the file opens and counts through its indexes as if it were fine.

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QVariant>
#include <QVector>

namespace twinatlas::testing {

/** Toruń's GeoNames uid. */
inline QString torunUid()
{
    return QStringLiteral("gn:3083271");
}

/** The leaf pages of a table in b-tree order with their cell counts, by SQLite's dbstat. */
inline QVector<QPair<int, int>> leafPages(const QSqlDatabase &db, const QString &table)
{
    QVector<QPair<int, int>> pages;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pageno, ncell FROM dbstat WHERE name = ? AND pagetype = 'leaf'"
                             " ORDER BY path"));
    q.addBindValue(table);
    if (q.exec())
        while (q.next())
            pages.append({q.value(0).toInt(), q.value(1).toInt()});
    return pages;
}

/**
 * Copies the bundled atlas to path and overwrites the leaf page of its partnerships table that
 * holds Toruń's first partnership and the two after it (a table's leaves hold its rows in rowid
 * order, so the row's rank among the rowids finds its page). Returns the pages overwritten;
 * empty on failure.
 */
inline QVector<int> makeDamagedAtlas(const QString &path)
{
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(TWINATLAS_BUNDLED_DB), path))
        return {};
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVector<int> chosen;
    int pageSize = 0;
    {
        const QString name = QStringLiteral("damage-%1").arg(quintptr(&chosen));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA page_size"));
            q.next();
            pageSize = q.value(0).toInt();
            q.prepare(QStringLiteral("SELECT count(*) FROM partnerships WHERE id < (SELECT min(t.id)"
                                     " FROM partnerships t JOIN places p ON p.id IN (t.place_a, t.place_b)"
                                     " WHERE p.uid = ?)"));
            q.addBindValue(torunUid());
            q.exec();
            q.next();
            const int rank = q.value(0).toInt();
            q.finish();
            const auto pages = leafPages(db, QStringLiteral("partnerships"));
            int before = 0;
            for (int i = 0; i < pages.size(); ++i) {
                if (rank < before + pages.at(i).second) {
                    for (int j = std::min<int>(i, pages.size() - 3); j < pages.size() && chosen.size() < 3; ++j)
                        chosen << pages.at(j).first;
                    break;
                }
                before += pages.at(i).second;
            }
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    if (chosen.size() != 3 || pageSize < 512)
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return {};
    for (int page : std::as_const(chosen)) {
        f.seek(qint64(page - 1) * pageSize);
        f.write(QByteArray(pageSize, '\xA5'));
    }
    return chosen;
}

/** Overwrites the first leaf page of table in the atlas at path; the page, or 0 on failure. */
inline int overwriteFirstLeafOf(const QString &path, const QString &table)
{
    int page = 0;
    int pageSize = 0;
    {
        const QString name = QStringLiteral("leaf-%1").arg(quintptr(&page));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            const auto pages = leafPages(db, table);
            page = pages.isEmpty() ? 0 : pages.first().first;
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
                pageSize = q.value(0).toInt();
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    QFile f(path);
    if (page == 0 || pageSize < 512 || !f.open(QIODevice::ReadWrite))
        return 0;
    f.seek(qint64(page - 1) * pageSize);
    f.write(QByteArray(pageSize, '\xA5'));
    return page;
}

/**
 * Marks the file as in WAL mode (header bytes 18 and 19), as the window leaves a sound atlas:
 * such a file is not checked when it is opened, only after.
 */
inline bool markWalMode(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(18))
        return false;
    return f.write("\x02\x02", 2) == 2;
}

} // namespace twinatlas::testing
