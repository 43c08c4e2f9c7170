// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamserver.h"

#include "teamserverschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::TeamServer", text);
}

// Named contexts: lupdate files a tr() outside a class under the namespace only.
QString nothingReceived()
{
    return QCoreApplication::translate("twinatlas::TeamServer",
                                       "Nothing was received; the local atlas is unchanged.");
}

QString nothingSent()
{
    return QCoreApplication::translate(
            "twinatlas::TeamServer",
            "Nothing was sent; your changes stay in this atlas and go with the next sync.");
}

QString pgType(TeamField::Type type)
{
    switch (type) {
    case TeamField::Type::Text:
    case TeamField::Type::NullableText: return QStringLiteral("text");
    case TeamField::Type::Integer:
    case TeamField::Type::NullableInteger: return QStringLiteral("bigint");
    case TeamField::Type::Real: return QStringLiteral("double precision");
    }
    return QStringLiteral("text");
}

// One statement per kind that writes every row whose server version is still the one the
// desktop based its change on, and returns what it wrote.
QString pushSql(TeamKind kind)
{
    const QStringList &keys = TeamKinds::keyColumns(kind);
    QStringList recordColumns, names, updates;
    for (const QString &key : keys) {
        recordColumns << key + QStringLiteral(" text");
        names << key;
    }
    for (const TeamField &f : TeamKinds::fields(kind)) {
        recordColumns << f.name + QLatin1Char(' ') + pgType(f.type);
        names << f.name;
        updates << QStringLiteral("%1 = EXCLUDED.%1").arg(f.name);
    }
    recordColumns << QStringLiteral("deleted boolean") << QStringLiteral("base_version bigint");
    names << QStringLiteral("deleted");
    updates << QStringLiteral("deleted = EXCLUDED.deleted");
    const QString table = QStringLiteral("twinatlas.") + TeamKinds::serverTable(kind);
    return QStringLiteral(
                   "WITH incoming AS (SELECT * FROM jsonb_to_recordset(CAST(? AS jsonb)) AS x(%1)),"
                   " ready AS (SELECT i.* FROM incoming i LEFT JOIN %2 t USING (%3)"
                   "  WHERE coalesce(t.version, 0) = i.base_version)"
                   " INSERT INTO %2 AS t (%4) SELECT %4 FROM ready"
                   " ON CONFLICT (%3) DO UPDATE SET %5"
                   " RETURNING %3, version, changed_by,"
                   " (extract(epoch FROM changed_at) * 1000)::bigint")
            .arg(recordColumns.join(QStringLiteral(", ")), table, keys.join(QStringLiteral(", ")),
                 names.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
}

QJsonValue jsonValue(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

TeamServer::TeamServer()
    : m_connectionName(QStringLiteral("team-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

TeamServer::~TeamServer()
{
    close();
}

bool TeamServer::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase TeamServer::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void TeamServer::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool TeamServer::open(const TeamServerAddress &address, const QString &password)
{
    close();
    m_address = address;
    m_error = TeamError();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error.kind = TeamError::Kind::Failed;
        m_error.message = tr("Qt's PostgreSQL driver is not installed (the Debian package "
                             "libqt6sql6-psql); a team atlas cannot be reached without it.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    const QString secret = password.isEmpty() ? address.password : password;
    if (!secret.isEmpty())
        db.setPassword(secret);
    db.setConnectOptions(address.connectOptions());
    if (!db.open()) {
        m_error = TeamError::fromConnect(db.lastError(), address);
        return false;
    }
    return true;
}

bool TeamServer::fail(const QSqlError &error, const QString &consequence)
{
    m_error = TeamError::fromQuery(error, m_address, consequence);
    return false;
}

bool TeamServer::failRollback(const QSqlError &error, const QString &consequence)
{
    fail(error, consequence);
    QSqlDatabase db = database();
    db.rollback();
    return false;
}

bool TeamServer::checkSchema()
{
    QSqlDatabase db = database();
    int version = 0;
    QSqlError versionError;
    if (!TeamServerSchema::version(db, &version, &versionError))
        return fail(versionError, nothingReceived());
    QString error;
    const QString server = m_address.displayName();
    if (version == 0) {
        m_error.kind = TeamError::Kind::NoTeamAtlas;
        m_error.message = tr("The database %1 holds no team atlas. Its administrator sets one up "
                             "with: twinatlas server init '%2'")
                                  .arg(server, m_address.toUrl());
        return false;
    }
    if (version > TeamServerSchema::currentVersion()) {
        m_error.kind = TeamError::Kind::ServerTooNew;
        m_error.message = tr("The team atlas on %1 was set up by a newer Twinatlas (its schema is "
                             "version %2; this Twinatlas knows up to version %3). Update Twinatlas "
                             "to sync with it; nothing was sent or received.")
                                  .arg(server)
                                  .arg(version)
                                  .arg(TeamServerSchema::currentVersion());
        return false;
    }
    QSqlQuery q(db);
    if (version < TeamServerSchema::currentVersion()) {
        if (!q.exec(QStringLiteral("SELECT pg_has_role(session_user, 'twinatlas_admin', 'USAGE')"))
            || !q.next())
            return fail(q.lastError(), nothingReceived());
        if (!q.value(0).toBool()) {
            m_error.kind = TeamError::Kind::ServerTooOld;
            m_error.message = tr("The team atlas on %1 has schema version %2; this Twinatlas needs "
                                 "version %3. Its administrator upgrades it by starting this "
                                 "Twinatlas, or with: twinatlas server init '%4'")
                                      .arg(server)
                                      .arg(version)
                                      .arg(TeamServerSchema::currentVersion())
                                      .arg(m_address.toUrl());
            return false;
        }
        if (!TeamServerSchema::upgrade(db, version, &error)) {
            m_error.kind = TeamError::Kind::Failed;
            m_error.message = tr("The team atlas on %1 could not be upgraded; it is as it was.")
                                      .arg(server);
            m_error.detail = error;
            return false;
        }
    }
    if (!q.exec(QStringLiteral(
                "SELECT (SELECT value FROM twinatlas.meta WHERE key = 'team_id'), session_user,"
                " has_table_privilege('twinatlas.partnerships', 'UPDATE')"))
        || !q.next())
        return fail(q.lastError(), nothingReceived());
    m_teamId = q.value(0).toString();
    m_userName = q.value(1).toString();
    m_canWrite = q.value(2).toBool();
    return true;
}

bool TeamServer::pull(qint64 sinceVersion, qint64 sinceHistory, TeamPull *out)
{
    *out = TeamPull();
    out->version = sinceVersion;
    out->historyId = sinceHistory;
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(db.lastError(), nothingReceived());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One snapshot for every table: what a push wrote is seen whole or not at all.
    if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
        return failRollback(q.lastError(), nothingReceived());
    for (int k = 0; k < TeamKinds::all().size(); ++k) {
        const TeamKind kind = TeamKinds::all().at(k);
        const QVector<TeamField> &fields = TeamKinds::fields(kind);
        const int keys = int(TeamKinds::keyColumns(kind).size());
        if (!q.prepare(QStringLiteral("SELECT %1 FROM twinatlas.%2 WHERE version > ? ORDER BY version")
                               .arg(TeamServerSchema::selectColumns(k),
                                    TeamKinds::serverTable(kind))))
            return failRollback(q.lastError(), nothingReceived());
        q.addBindValue(sinceVersion);
        if (!q.exec())
            return failRollback(q.lastError(), nothingReceived());
        QVector<TeamRecord> &records = out->records[kind];
        while (q.next()) {
            TeamRecord r;
            QStringList keyParts;
            for (int i = 0; i < keys; ++i)
                keyParts << q.value(i).toString();
            r.key = TeamKinds::joinKey(keyParts);
            r.values.reserve(fields.size());
            for (int i = 0; i < fields.size(); ++i)
                r.values << TeamKinds::valueText(fields.at(i).type, q.value(keys + i));
            const int meta = keys + int(fields.size());
            r.deleted = q.value(meta).toBool();
            r.version = q.value(meta + 1).toLongLong();
            r.changedBy = q.value(meta + 2).toString();
            r.changedAt = QDateTime::fromMSecsSinceEpoch(q.value(meta + 3).toLongLong(), Qt::UTC);
            out->version = std::max(out->version, r.version);
            records << r;
        }
        // A step that fails is a broken pull, not the end of the rows.
        if (q.lastError().isValid())
            return failRollback(q.lastError(), nothingReceived());
        if (k == 0 && m_hook)
            m_hook(Step::PullRead);
    }
    if (!q.prepare(QStringLiteral(
                "SELECT id, kind, key, action, by, (extract(epoch FROM at) * 1000)::bigint,"
                // What a row was added with is in the row itself.
                " CASE WHEN action = 'added' THEN '{}' ELSE changes::text END"
                " FROM twinatlas.audit WHERE id > ? ORDER BY id")))
        return failRollback(q.lastError(), nothingReceived());
    q.addBindValue(sinceHistory);
    if (!q.exec())
        return failRollback(q.lastError(), nothingReceived());
    while (q.next()) {
        TeamChange c;
        c.id = q.value(0).toLongLong();
        if (!TeamKinds::fromName(q.value(1).toString(), &c.kind))
            continue; // a kind a newer program shares; its rows were not read either
        c.key = q.value(2).toString();
        c.action = q.value(3).toString();
        c.by = q.value(4).toString();
        c.at = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
        c.changes = q.value(6).toString();
        out->historyId = std::max(out->historyId, c.id);
        out->history << c;
    }
    if (q.lastError().isValid())
        return failRollback(q.lastError(), nothingReceived());
    q.finish();
    if (!db.commit())
        return failRollback(db.lastError(), nothingReceived());
    return true;
}

bool TeamServer::push(const QHash<TeamKind, QVector<TeamRecord>> &changes, TeamPush *out)
{
    *out = TeamPush();
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(db.lastError(), nothingSent());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Pushes take turns, so that the version check below holds until the commit.
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(6085215712932102401)")))
        return failRollback(q.lastError(), nothingSent());
    QStringList highest;
    for (TeamKind kind : TeamKinds::all())
        highest << QStringLiteral("(SELECT max(version) FROM twinatlas.%1)").arg(TeamKinds::serverTable(kind));
    if (!q.exec(QStringLiteral("SELECT coalesce(greatest(%1), 0)").arg(highest.join(QStringLiteral(", "))))
        || !q.next())
        return failRollback(q.lastError(), nothingSent());
    out->versionBefore = q.value(0).toLongLong();
    int sent = 0;
    for (TeamKind kind : TeamKinds::all()) {
        const QVector<TeamRecord> records = changes.value(kind);
        if (records.isEmpty())
            continue;
        const QStringList &keyColumns = TeamKinds::keyColumns(kind);
        const QVector<TeamField> &fields = TeamKinds::fields(kind);
        QHash<QString, const TeamRecord *> byKey;
        QJsonArray rows;
        for (const TeamRecord &r : records) {
            QJsonObject row;
            const QStringList keyParts = TeamKinds::splitKey(r.key);
            for (int i = 0; i < keyColumns.size(); ++i)
                row.insert(keyColumns.at(i), keyParts.value(i));
            for (int i = 0; i < fields.size(); ++i)
                row.insert(fields.at(i).name, jsonValue(r.values.value(i)));
            row.insert(QStringLiteral("deleted"), r.deleted);
            row.insert(QStringLiteral("base_version"), r.version);
            rows.append(row);
            byKey.insert(r.key, &r);
        }
        sent += int(records.size());
        if (!q.prepare(pushSql(kind)))
            return failRollback(q.lastError(), nothingSent());
        q.addBindValue(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return failRollback(q.lastError(), nothingSent());
        QVector<TeamRecord> &accepted = out->accepted[kind];
        while (q.next()) {
            QStringList keyParts;
            for (int i = 0; i < keyColumns.size(); ++i)
                keyParts << q.value(i).toString();
            const TeamRecord *sentRecord = byKey.value(TeamKinds::joinKey(keyParts));
            if (!sentRecord)
                continue;
            TeamRecord r = *sentRecord;
            const int meta = int(keyColumns.size());
            r.version = q.value(meta).toLongLong();
            r.changedBy = q.value(meta + 1).toString();
            r.changedAt = QDateTime::fromMSecsSinceEpoch(q.value(meta + 2).toLongLong(), Qt::UTC);
            accepted << r;
        }
        if (q.lastError().isValid())
            return failRollback(q.lastError(), nothingSent());
    }
    q.finish();
    if (m_hook)
        m_hook(Step::PushWritten);
    if (!db.commit())
        return failRollback(db.lastError(), nothingSent());
    if (m_hook)
        m_hook(Step::PushCommitted);
    int written = 0;
    for (const auto &list : std::as_const(out->accepted))
        written += int(list.size());
    out->stale = sent - written;
    return true;
}

} // namespace twinatlas
