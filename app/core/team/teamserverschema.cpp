// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamserverschema.h"

#include "teamkind.h"

#include "db/atlasschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace twinatlas {

namespace {

using Type = TeamField::Type;

// Taken by every write, so that versions are handed out in the order of commits and a pull
// that has seen version n has seen every version below it.
constexpr const char *versionLock = "pg_advisory_xact_lock(6085215712932102401)";

QString sqlType(Type type)
{
    switch (type) {
    case Type::Text: return QStringLiteral("text NOT NULL");
    case Type::NullableText: return QStringLiteral("text");
    case Type::Integer: return QStringLiteral("bigint NOT NULL");
    case Type::NullableInteger: return QStringLiteral("bigint");
    case Type::Real: return QStringLiteral("double precision NOT NULL");
    }
    return QStringLiteral("text");
}

QString inList(const QString &column, const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << QLatin1Char('\'') + v + QLatin1Char('\'');
    return QStringLiteral("%1 IN (%2)").arg(column, quoted.join(QLatin1Char(',')));
}

QString dateCheck(const QString &column)
{
    return QStringLiteral("twinatlas.is_partial_date(%1)").arg(column);
}

// The same rules as the local atlas's CHECK constraints, so that nothing reaches the team
// that a desktop could not write.
QStringList checks(TeamKind kind)
{
    const QString origin = QStringLiteral("origin IN ('bundled','user')");
    switch (kind) {
    case TeamKind::Place:
        return {QStringLiteral("geonameid IS NULL OR geonameid > 0"),
                QStringLiteral("length(trim(name)) > 0"), QStringLiteral("country ~ '^[A-Z]{2}$'"),
                QStringLiteral("lon BETWEEN -180 AND 180"), QStringLiteral("lat BETWEEN -90 AND 90"),
                QStringLiteral("population >= 0"),
                inList(QStringLiteral("kind"), AtlasSchema::placeKinds()), origin,
                QStringLiteral("jsonb_typeof(alternate_names::jsonb) = 'array'")};
    case TeamKind::Source:
        return {QStringLiteral("length(trim(title)) > 0"),
                QStringLiteral("url = '' OR url ~ '^https?://.'"),
                QStringLiteral("url <> '' OR length(trim(document)) > 0"), origin};
    case TeamKind::Partnership:
        return {QStringLiteral("place_a_uid <> place_b_uid"),
                inList(QStringLiteral("kind"), AtlasSchema::partnershipKinds()),
                inList(QStringLiteral("status"), AtlasSchema::partnershipStatuses()),
                dateCheck(QStringLiteral("start_date")), dateCheck(QStringLiteral("end_date")),
                origin};
    case TeamKind::Event:
        return {QStringLiteral("date IS NOT NULL AND ") + dateCheck(QStringLiteral("date")),
                inList(QStringLiteral("type"), AtlasSchema::eventTypes()), origin};
    case TeamKind::PartnershipSource:
    case TeamKind::EventSource: return {};
    case TeamKind::Checklist:
        return {QStringLiteral("place_uid <> partner_uid"),
                inList(QStringLiteral("state"), AtlasSchema::checklistStates()),
                dateCheck(QStringLiteral("received_date")),
                QStringLiteral("received_date IS NULL OR state = 'received'")};
    }
    return {};
}

QString createTable(TeamKind kind)
{
    QStringList columns;
    for (const QString &key : TeamKinds::keyColumns(kind))
        columns << QStringLiteral("%1 text NOT NULL CHECK (%1 <> '' AND strpos(%1, E'\\t') = 0)")
                           .arg(key);
    for (const TeamField &f : TeamKinds::fields(kind))
        columns << f.name + QLatin1Char(' ') + sqlType(f.type);
    columns << QStringLiteral("deleted boolean NOT NULL DEFAULT false")
            << QStringLiteral("version bigint NOT NULL DEFAULT 0")
            << QStringLiteral("changed_by text NOT NULL DEFAULT ''")
            << QStringLiteral("changed_at timestamptz NOT NULL DEFAULT now()");
    for (const QString &check : checks(kind))
        columns << QStringLiteral("CHECK (%1)").arg(check);
    columns << QStringLiteral("PRIMARY KEY (%1)")
                       .arg(TeamKinds::keyColumns(kind).join(QStringLiteral(", ")));
    return QStringLiteral("CREATE TABLE twinatlas.%1 (\n  %2)")
            .arg(TeamKinds::serverTable(kind), columns.join(QStringLiteral(",\n  ")));
}

QStringList version1()
{
    QStringList s;
    // Notices such as "role is already a member" are no news here.
    s << QStringLiteral("SET LOCAL client_min_messages = warning");
    // Roles are shared by the whole server: made once, reused by every team database on it.
    s << QStringLiteral(
            "DO $$ BEGIN\n"
            "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'twinatlas_viewer') THEN\n"
            "    CREATE ROLE twinatlas_viewer NOLOGIN;\n"
            "  END IF;\n"
            "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'twinatlas_editor') THEN\n"
            "    CREATE ROLE twinatlas_editor NOLOGIN;\n"
            "  END IF;\n"
            "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'twinatlas_admin') THEN\n"
            "    CREATE ROLE twinatlas_admin NOLOGIN;\n"
            "  END IF;\n"
            "  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN\n"
            "    EXECUTE format('GRANT twinatlas_admin TO %I', current_user);\n"
            "  END IF;\n"
            "END $$")
      << QStringLiteral("GRANT twinatlas_viewer TO twinatlas_editor")
      << QStringLiteral("GRANT twinatlas_editor TO twinatlas_admin")
      << QStringLiteral("CREATE SCHEMA twinatlas AUTHORIZATION twinatlas_admin")
      // Everything below belongs to the administrators' role, not to whoever ran the setup.
      << QStringLiteral("SET LOCAL ROLE twinatlas_admin")
      << QStringLiteral("CREATE TABLE twinatlas.meta (key text PRIMARY KEY, value text NOT NULL)")
      << QStringLiteral("CREATE SEQUENCE twinatlas.versions")
      << QStringLiteral(
                 "CREATE FUNCTION twinatlas.is_partial_date(d text) RETURNS boolean\n"
                 "LANGUAGE sql IMMUTABLE AS $$\n"
                 "  SELECT d IS NULL OR d ~ '^[0-9]{4}$'\n"
                 "    OR d ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'\n"
                 "    OR (d ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'\n"
                 "        AND to_char(make_date(substr(d, 1, 4)::int, substr(d, 6, 2)::int, 1)\n"
                 "              + (substr(d, 9, 2)::int - 1), 'YYYY-MM-DD') = d)\n"
                 "$$");
    for (TeamKind kind : TeamKinds::all()) {
        const QString table = TeamKinds::serverTable(kind);
        s << createTable(kind)
          << QStringLiteral("CREATE INDEX %1_version ON twinatlas.%1 (version)").arg(table);
    }
    // Berlin–Istanbul and Istanbul–Berlin of one kind are one partnership, as in the atlas.
    s << QStringLiteral("CREATE UNIQUE INDEX partnerships_pair ON twinatlas.partnerships"
                        " (least(place_a_uid, place_b_uid), greatest(place_a_uid, place_b_uid), kind)"
                        " WHERE NOT deleted")
      << QStringLiteral("CREATE TABLE twinatlas.audit (\n"
                        "  id bigserial PRIMARY KEY,\n"
                        "  version bigint NOT NULL,\n"
                        "  at timestamptz NOT NULL,\n"
                        "  by text NOT NULL,\n"
                        "  kind text NOT NULL,\n"
                        "  key text NOT NULL,\n"
                        "  action text NOT NULL CHECK (action IN ('added', 'changed', 'removed')),\n"
                        "  changes jsonb NOT NULL)")
      << QStringLiteral("CREATE INDEX audit_row ON twinatlas.audit (kind, key)")
      // The server, not the desktop, says who and when: session_user is the login.
      << QStringLiteral("CREATE FUNCTION twinatlas.stamp() RETURNS trigger\n"
                        "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$\n"
                        "BEGIN\n"
                        "  PERFORM %1;\n"
                        "  NEW.version := nextval('twinatlas.versions');\n"
                        "  NEW.changed_by := session_user;\n"
                        "  NEW.changed_at := clock_timestamp();\n"
                        "  RETURN NEW;\n"
                        "END $$")
                 .arg(QLatin1String(versionLock))
      << QStringLiteral(
                 "CREATE FUNCTION twinatlas.record_change() RETURNS trigger\n"
                 "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$\n"
                 "DECLARE\n"
                 "  before jsonb := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) ELSE '{}' END;\n"
                 "  after jsonb := to_jsonb(NEW);\n"
                 "  changes jsonb;\n"
                 "  row_key text := after ->> TG_ARGV[1];\n"
                 "  action text;\n"
                 "BEGIN\n"
                 "  IF TG_NARGS > 2 THEN\n"
                 "    row_key := row_key || E'\\t' || (after ->> TG_ARGV[2]);\n"
                 "  END IF;\n"
                 "  SELECT coalesce(jsonb_object_agg(k, jsonb_build_array(before -> k, after -> k)),\n"
                 "                  '{}')\n"
                 "    INTO changes FROM jsonb_object_keys(after) AS k\n"
                 "   WHERE k NOT IN ('version', 'changed_by', 'changed_at', 'deleted')\n"
                 "     AND k <> TG_ARGV[1] AND (TG_NARGS < 3 OR k <> TG_ARGV[2])\n"
                 "     AND NOT (TG_OP = 'INSERT' AND jsonb_typeof(after -> k) = 'null')\n"
                 "     AND (before -> k) IS DISTINCT FROM (after -> k);\n"
                 "  action := CASE\n"
                 "    WHEN NEW.deleted AND (TG_OP = 'INSERT' OR NOT OLD.deleted) THEN 'removed'\n"
                 "    WHEN TG_OP = 'INSERT' OR OLD.deleted AND NOT NEW.deleted THEN 'added'\n"
                 "    ELSE 'changed' END;\n"
                 "  INSERT INTO twinatlas.audit (version, at, by, kind, key, action, changes)\n"
                 "  VALUES (NEW.version, NEW.changed_at, NEW.changed_by, TG_ARGV[0], row_key, action,\n"
                 "          changes);\n"
                 "  RETURN NULL;\n"
                 "END $$");
    QStringList tables;
    for (TeamKind kind : TeamKinds::all()) {
        const QString table = TeamKinds::serverTable(kind);
        QStringList args{QLatin1Char('\'') + TeamKinds::name(kind) + QLatin1Char('\'')};
        for (const QString &key : TeamKinds::keyColumns(kind))
            args << QLatin1Char('\'') + key + QLatin1Char('\'');
        s << QStringLiteral("CREATE TRIGGER %1_stamp BEFORE INSERT OR UPDATE ON twinatlas.%1"
                            " FOR EACH ROW EXECUTE FUNCTION twinatlas.stamp()")
                        .arg(table)
          << QStringLiteral("CREATE TRIGGER %1_audit AFTER INSERT OR UPDATE ON twinatlas.%1"
                            " FOR EACH ROW EXECUTE FUNCTION twinatlas.record_change(%2)")
                        .arg(table, args.join(QStringLiteral(", ")));
        tables << QStringLiteral("twinatlas.") + table;
    }
    s << QStringLiteral("REVOKE ALL ON SCHEMA twinatlas FROM PUBLIC")
      << QStringLiteral("REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA twinatlas FROM PUBLIC")
      << QStringLiteral("GRANT USAGE ON SCHEMA twinatlas TO twinatlas_viewer")
      << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA twinatlas TO twinatlas_viewer")
      << QStringLiteral("GRANT EXECUTE ON FUNCTION twinatlas.is_partial_date(text)"
                        " TO twinatlas_viewer")
      // Rows are never deleted: a removal is an update that every desktop pulls.
      << QStringLiteral("GRANT INSERT, UPDATE ON %1 TO twinatlas_editor")
                 .arg(tables.join(QStringLiteral(", ")))
      << QStringLiteral("INSERT INTO twinatlas.meta (key, value) VALUES"
                        " ('schema_version', '1'), ('team_id', gen_random_uuid()::text),"
                        " ('created_at', now()::text)")
      << QStringLiteral("RESET ROLE");
    return s;
}

bool run(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = QStringLiteral("%1 (in: %2)").arg(q.lastError().databaseText().trimmed(),
                                                       sql.section(QLatin1Char('\n'), 0, 0));
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace

int TeamServerSchema::currentVersion()
{
    return 1;
}

QStringList TeamServerSchema::creationStatements()
{
    return version1();
}

bool TeamServerSchema::version(QSqlDatabase &db, int *version, QSqlError *error)
{
    *version = 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('twinatlas.meta') IS NOT NULL")) || !q.next()) {
        *error = q.lastError();
        return false;
    }
    if (!q.value(0).toBool())
        return true;
    if (!q.exec(QStringLiteral("SELECT value FROM twinatlas.meta WHERE key = 'schema_version'"))) {
        *error = q.lastError();
        return false;
    }
    if (!q.next()) {
        *error = q.lastError().isValid()
                ? q.lastError()
                : QSqlError(QString(), QStringLiteral("twinatlas.meta has no schema_version"),
                            QSqlError::StatementError);
        return false;
    }
    bool ok = false;
    *version = q.value(0).toString().toInt(&ok);
    if (!ok || *version <= 0) {
        *error = QSqlError(QString(),
                           QStringLiteral("twinatlas.meta holds the schema version “%1”")
                                   .arg(q.value(0).toString()),
                           QSqlError::StatementError);
        return false;
    }
    return true;
}

bool TeamServerSchema::create(QSqlDatabase &db, QString *error)
{
    return run(db, version1(), error);
}

bool TeamServerSchema::upgrade(QSqlDatabase &db, int from, QString *error)
{
    // upgrades[i] brings version i + 1 to i + 2; a later version appends its statements (as the
    // administrators' role, ending with the new schema_version in twinatlas.meta).
    const QList<QStringList> upgrades;
    QStringList statements;
    for (int v = from; v < currentVersion(); ++v)
        statements += upgrades.value(v - 1);
    return statements.isEmpty() || run(db, statements, error);
}

QString TeamServerSchema::selectColumns(int kindIndex)
{
    const TeamKind kind = TeamKinds::all().at(kindIndex);
    QStringList columns = TeamKinds::keyColumns(kind);
    for (const TeamField &f : TeamKinds::fields(kind))
        columns << f.name;
    columns << QStringLiteral("deleted") << QStringLiteral("version") << QStringLiteral("changed_by")
            << QStringLiteral("(extract(epoch FROM changed_at) * 1000)::bigint");
    return columns.join(QStringLiteral(", "));
}

} // namespace twinatlas
