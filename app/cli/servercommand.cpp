// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercommand.h"

#include "team/teamserver.h"
#include "team/teamserverschema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::ServerCommand", text);
}

// A password from standard input: typed without echo at a terminal, else its first line.
QString readSecret(const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        QTextStream(stderr) << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        QTextStream(stderr) << '\n';
    }
    return line;
}

} // namespace

int ServerCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto fail = [&err](const QString &message) {
        err << "twinatlas server: " << message << '\n';
        return 2;
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Sets up a team atlas on a PostgreSQL server and adds its members.\n"
               "  init URL            creates the schema and the roles on an empty database, or "
               "upgrades an older team atlas\n"
               "  add-user URL NAME   adds a member with --role; the password is read from "
               "standard input\n"
               "URL: postgresql://user@host:port/database (as a user who may create roles), "
               "?host=/run/postgresql for a socket, ?sslrootcert=FILE for the server's "
               "certificate."));
    parser.addHelpOption();
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        tr("viewer (reads), editor (reads and writes) or "
                                           "administrator (also manages members)."),
                                        tr("ROLE"), QStringLiteral("editor"));
    parser.addOption(roleOption);
    parser.addPositionalArgument(tr("ACTION"), tr("init or add-user"));
    parser.addPositionalArgument(tr("URL"), tr("The database of the team atlas."));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QStringLiteral("[options] ACTION URL"),
                                         QStringLiteral("server [options] ACTION URL [NAME]"));
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action != QLatin1String("init") && action != QLatin1String("add-user"))
        return fail(tr("give init or add-user, then the URL of the database."));
    if (args.size() != (action == QLatin1String("init") ? 2 : 3))
        return fail(action == QLatin1String("init") ? tr("init takes one URL.")
                                                    : tr("add-user takes a URL and a user name."));
    QString error;
    const auto address = TeamServerAddress::fromUrl(args.at(1), &error);
    if (!address)
        return fail(error);
    TeamServer server;
    if (!server.open(*address))
        return fail(server.error().text());
    QSqlDatabase db = server.database();
    int version = 0;
    QSqlError versionError;
    if (!TeamServerSchema::version(db, &version, &versionError))
        return fail(versionError.text());

    if (action == QLatin1String("init")) {
        const QString where = address->displayName();
        if (version > TeamServerSchema::currentVersion())
            return fail(tr("the team atlas on %1 was set up by a newer Twinatlas (schema version "
                           "%2; this one knows up to %3). Nothing was changed.")
                                .arg(where)
                                .arg(version)
                                .arg(TeamServerSchema::currentVersion()));
        if (version == TeamServerSchema::currentVersion()) {
            out << tr("The team atlas on %1 is set up already (schema version %2); nothing to do.")
                            .arg(where)
                            .arg(version)
                << '\n';
            return 0;
        }
        if (version > 0) {
            if (!TeamServerSchema::upgrade(db, version, &error))
                return fail(tr("the team atlas on %1 could not be upgraded; it is as it was: %2")
                                    .arg(where, error));
            out << tr("Upgraded the team atlas on %1 from schema version %2 to %3.")
                            .arg(where)
                            .arg(version)
                            .arg(TeamServerSchema::currentVersion())
                << '\n';
            return 0;
        }
        if (!TeamServerSchema::create(db, &error))
            return fail(tr("the team atlas could not be set up on %1; nothing was changed: %2")
                                .arg(where, error));
        out << tr("Set up a team atlas on %1 (schema version %2).").arg(where).arg(TeamServerSchema::currentVersion())
            << '\n'
            << tr("Add its members with: twinatlas server add-user '%1' NAME --role editor")
                       .arg(address->toUrl())
            << '\n';
        return 0;
    }

    if (version == 0)
        return fail(tr("%1 holds no team atlas; set it up first with: twinatlas server init '%2'")
                            .arg(address->displayName(), address->toUrl()));
    const QString name = args.at(2);
    const QString role = parser.value(roleOption);
    const QHash<QString, QString> roles{{QStringLiteral("viewer"), QLatin1String(TeamServerSchema::viewerRole)},
                                        {QStringLiteral("editor"), QLatin1String(TeamServerSchema::editorRole)},
                                        {QStringLiteral("administrator"), QLatin1String(TeamServerSchema::adminRole)}};
    if (!roles.contains(role))
        return fail(tr("--role is viewer, editor or administrator, not “%1”.").arg(role));
    const QString password = readSecret(tr("Password for %1: ").arg(name));
    if (password.isEmpty())
        return fail(tr("no password given for %1; nothing was changed.").arg(name));
    // Names and passwords reach SQL only through format(), quoted by the server.
    QSqlQuery q(db);
    if (!db.transaction())
        return fail(db.lastError().text());
    q.prepare(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', CAST(? AS text), CAST(? AS text))"
                             " || CASE WHEN CAST(? AS boolean) THEN ' CREATEROLE' ELSE '' END,"
                             " format('GRANT %I TO %I', CAST(? AS text), CAST(? AS text))"));
    q.addBindValue(name);
    q.addBindValue(password);
    q.addBindValue(role == QLatin1String("administrator"));
    q.addBindValue(roles.value(role));
    q.addBindValue(name);
    QStringList statements;
    if (q.exec() && q.next())
        statements << q.value(0).toString() << q.value(1).toString();
    for (const QString &sql : std::as_const(statements)) {
        if (!q.exec(sql)) {
            db.rollback();
            return fail(tr("%1 could not be added; nothing was changed: %2")
                                .arg(name, TeamError::serverText(q.lastError())));
        }
    }
    if (statements.isEmpty() || !db.commit()) {
        db.rollback();
        return fail(tr("%1 could not be added; nothing was changed: %2")
                            .arg(name, TeamError::serverText(q.lastError())));
    }
    out << tr("Added %1 to the team atlas on %2 as %3.").arg(name, address->displayName(), role) << '\n';
    return 0;
}

} // namespace twinatlas
