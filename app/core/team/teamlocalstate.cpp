// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamlocalstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace twinatlas {

namespace {

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

QString encodeValues(const QStringList &values)
{
    QJsonArray array;
    for (const QString &v : values)
        array.append(v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool decodeValues(const QString &text, QStringList *values)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return false;
    values->clear();
    for (const QJsonValue &v : doc.array()) {
        if (v.isNull()) {
            *values << QString();
        } else if (v.isString()) {
            const QString s = v.toString();
            *values << (s.isNull() ? QStringLiteral("") : s);
        } else {
            return false;
        }
    }
    return true;
}

QVariant nullableText(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString stamp(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

bool TeamLocalState::exists(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'team_meta'"))
        || !q.next())
        return failed(q, error);
    return q.value(0).toInt() == 1;
}

bool TeamLocalState::create(QString *error)
{
    const QStringList statements{
        QStringLiteral("CREATE TABLE IF NOT EXISTS team_meta (key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS team_base ("
                       " kind TEXT NOT NULL, key TEXT NOT NULL,"
                       " vals TEXT NOT NULL, deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),"
                       " version INTEGER NOT NULL, applied INTEGER NOT NULL CHECK (applied IN (0, 1)),"
                       " changed_by TEXT, changed_at TEXT,"
                       " PRIMARY KEY (kind, key)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS team_conflicts ("
                       " kind TEXT NOT NULL, key TEXT NOT NULL, field TEXT NOT NULL,"
                       " local_value TEXT, remote_value TEXT,"
                       " local_deleted INTEGER NOT NULL, remote_deleted INTEGER NOT NULL,"
                       " local_at TEXT, remote_by TEXT, remote_at TEXT,"
                       " found INTEGER NOT NULL,"
                       " PRIMARY KEY (kind, key, field)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS team_history ("
                       " id INTEGER PRIMARY KEY, kind TEXT NOT NULL, key TEXT NOT NULL,"
                       " action TEXT NOT NULL, by TEXT NOT NULL, at TEXT NOT NULL,"
                       " changes TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS team_history_row ON team_history (kind, key)"),
    };
    QSqlQuery q(m_db);
    for (const QString &sql : statements)
        if (!q.exec(sql))
            return failed(q, error);
    QHash<QString, QString> meta;
    if (!readMeta(&meta, error))
        return false;
    const int version = meta.value(QStringLiteral("state_version")).toInt();
    if (version > stateVersion) {
        if (error)
            *error = QStringLiteral("the team bookkeeping of this atlas is of a newer Twinatlas"
                                    " (version %1)")
                             .arg(version);
        return false;
    }
    return version == stateVersion
            || setMeta(QStringLiteral("state_version"), QString::number(stateVersion), error);
}

bool TeamLocalState::readMeta(QHash<QString, QString> *meta, QString *error) const
{
    meta->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM team_meta")))
        return failed(q, error);
    while (q.next())
        meta->insert(q.value(0).toString(), q.value(1).toString());
    return !q.lastError().isValid() || failed(q, error);
}

bool TeamLocalState::setMeta(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO team_meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec() || failed(q, error);
}

bool TeamLocalState::readBases(QHash<TeamKind, TeamBases> *bases, QString *error) const
{
    bases->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT kind, key, vals, deleted, version, applied, changed_by,"
                               " changed_at FROM team_base")))
        return failed(q, error);
    while (q.next()) {
        TeamKind kind;
        if (!TeamKinds::fromName(q.value(0).toString(), &kind))
            continue;
        TeamBase b;
        b.record.key = q.value(1).toString();
        if (!decodeValues(q.value(2).toString(), &b.record.values)
            || b.record.values.size() != TeamKinds::fields(kind).size()) {
            if (error)
                *error = QStringLiteral("team_base holds a damaged row for %1 %2")
                                 .arg(q.value(0).toString(), b.record.key);
            return false;
        }
        b.record.deleted = q.value(3).toInt() != 0;
        b.record.version = q.value(4).toLongLong();
        b.applied = q.value(5).toInt() != 0;
        b.record.changedBy = q.value(6).toString();
        b.record.changedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        (*bases)[kind].insert(b.record.key, b);
    }
    return !q.lastError().isValid() || failed(q, error);
}

bool TeamLocalState::writeBases(TeamKind kind, const QVector<TeamRecord> &records, bool applied,
                                QString *error)
{
    if (records.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO team_base (kind, key, vals, deleted, version,"
                             " applied, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString kindName = TeamKinds::name(kind);
    for (const TeamRecord &r : records) {
        q.bindValue(0, kindName);
        q.bindValue(1, r.key);
        q.bindValue(2, encodeValues(r.values));
        q.bindValue(3, r.deleted ? 1 : 0);
        q.bindValue(4, r.version);
        q.bindValue(5, applied ? 1 : 0);
        q.bindValue(6, nullableText(r.changedBy));
        q.bindValue(7, nullableText(stamp(r.changedAt)));
        if (!q.exec())
            return failed(q, error);
    }
    return true;
}

bool TeamLocalState::readConflicts(QVector<TeamConflict> *conflicts, QString *error) const
{
    conflicts->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT kind, key, field, local_value, remote_value, local_deleted,"
                               " remote_deleted, local_at, remote_by, remote_at FROM team_conflicts"
                               " ORDER BY found, kind, key, field")))
        return failed(q, error);
    while (q.next()) {
        TeamConflict c;
        if (!TeamKinds::fromName(q.value(0).toString(), &c.kind))
            continue;
        c.key = q.value(1).toString();
        const QString field = q.value(2).toString();
        c.field = field.isEmpty() ? -1 : TeamKinds::fieldIndex(c.kind, field);
        if (!field.isEmpty() && c.field < 0)
            continue;
        c.localValue = q.value(3).isNull() ? QString() : TeamKinds::valueText(TeamField::Type::Text, q.value(3));
        c.remoteValue = q.value(4).isNull() ? QString() : TeamKinds::valueText(TeamField::Type::Text, q.value(4));
        c.localDeleted = q.value(5).toInt() != 0;
        c.remoteDeleted = q.value(6).toInt() != 0;
        c.localAt = q.value(7).toString();
        c.remoteBy = q.value(8).toString();
        c.remoteAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        *conflicts << c;
    }
    return !q.lastError().isValid() || failed(q, error);
}

bool TeamLocalState::readConflicts(QHash<TeamKind, TeamConflicts> *conflicts, QString *error) const
{
    conflicts->clear();
    QVector<TeamConflict> all;
    if (!readConflicts(&all, error))
        return false;
    for (const TeamConflict &c : std::as_const(all))
        (*conflicts)[c.kind][c.key] << c;
    return true;
}

bool TeamLocalState::replaceConflicts(TeamKind kind, const QSet<QString> &keys,
                                      const QVector<TeamConflict> &conflicts, QString *error)
{
    const QString kindName = TeamKinds::name(kind);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM team_conflicts WHERE kind = ? AND key = ?"));
    for (const QString &key : keys) {
        q.bindValue(0, kindName);
        q.bindValue(1, key);
        if (!q.exec())
            return failed(q, error);
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO team_conflicts (kind, key, field,"
                             " local_value, remote_value, local_deleted, remote_deleted, local_at,"
                             " remote_by, remote_at, found)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                             " (SELECT coalesce(max(found), 0) + 1 FROM team_conflicts))"));
    for (const TeamConflict &c : conflicts) {
        q.bindValue(0, kindName);
        q.bindValue(1, c.key);
        q.bindValue(2, c.field < 0 ? QStringLiteral("") : TeamKinds::fields(kind).at(c.field).name);
        q.bindValue(3, nullableText(c.localValue));
        q.bindValue(4, nullableText(c.remoteValue));
        q.bindValue(5, c.localDeleted ? 1 : 0);
        q.bindValue(6, c.remoteDeleted ? 1 : 0);
        q.bindValue(7, nullableText(c.localAt));
        q.bindValue(8, nullableText(c.remoteBy));
        q.bindValue(9, nullableText(stamp(c.remoteAt)));
        if (!q.exec())
            return failed(q, error);
    }
    return true;
}

bool TeamLocalState::removeConflict(TeamKind kind, const QString &key, int field, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM team_conflicts WHERE kind = ? AND key = ? AND field = ?"));
    q.addBindValue(TeamKinds::name(kind));
    q.addBindValue(key);
    q.addBindValue(field < 0 ? QStringLiteral("") : TeamKinds::fields(kind).at(field).name);
    return q.exec() || failed(q, error);
}

int TeamLocalState::conflictCount(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM team_conflicts")) || !q.next()) {
        failed(q, error);
        return -1;
    }
    return q.value(0).toInt();
}

bool TeamLocalState::addHistory(const QVector<TeamChange> &changes, QString *error)
{
    if (changes.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO team_history (id, kind, key, action, by, at,"
                             " changes) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const TeamChange &c : changes) {
        q.bindValue(0, c.id);
        q.bindValue(1, TeamKinds::name(c.kind));
        q.bindValue(2, c.key);
        q.bindValue(3, c.action);
        q.bindValue(4, c.by);
        q.bindValue(5, stamp(c.at));
        q.bindValue(6, c.changes);
        if (!q.exec())
            return failed(q, error);
    }
    return true;
}

bool TeamLocalState::history(TeamKind kind, const QString &key, QVector<TeamChange> *changes,
                             QString *error) const
{
    changes->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, action, by, at, changes FROM team_history"
                             " WHERE kind = ? AND key = ? ORDER BY id"));
    q.addBindValue(TeamKinds::name(kind));
    q.addBindValue(key);
    if (!q.exec())
        return failed(q, error);
    while (q.next()) {
        TeamChange c;
        c.id = q.value(0).toLongLong();
        c.kind = kind;
        c.key = key;
        c.action = q.value(1).toString();
        c.by = q.value(2).toString();
        c.at = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        c.changes = q.value(4).toString();
        *changes << c;
    }
    return !q.lastError().isValid() || failed(q, error);
}

bool TeamLocalState::clear(QString *error)
{
    QSqlQuery q(m_db);
    for (const char *table : {"team_base", "team_conflicts", "team_history"})
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            return failed(q, error);
    return q.exec(QStringLiteral("DELETE FROM team_meta WHERE key <> 'state_version'"))
            || failed(q, error);
}

} // namespace twinatlas
