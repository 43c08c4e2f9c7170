// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccommand.h"

#include "db/atlasdatabase.h"
#include "db/atlaslocation.h"
#include "team/teamserver.h"
#include "team/teamsync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::SyncCommand", text);
}

} // namespace

int SyncCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto fail = [&err](const QString &message) {
        err << "twinatlas sync: " << message << '\n';
        return 2;
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Syncs the atlas with its team atlas on a PostgreSQL server: receives what the "
               "others changed, sends your changes, and lists the conflicts a person has to "
               "settle (in the window: File ▸ Team conflicts). The password comes from the URL, "
               "PGPASSWORD or ~/.pgpass."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            tr("The atlas file to sync."), tr("FILE"));
    parser.addOption(databaseOption);
    parser.addPositionalArgument(
            tr("URL"), tr("postgresql://user@host:port/database; ?host=/run/postgresql for a "
                          "socket, ?sslrootcert=FILE for the server's certificate."));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QStringLiteral("[options] URL"),
                                         QStringLiteral("sync [options] URL"));
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(tr("give the URL of the team atlas."));
    QString error;
    const auto address = TeamServerAddress::fromUrl(parser.positionalArguments().first(), &error);
    if (!address)
        return fail(error);

    QString path = parser.value(databaseOption);
    if (path.isEmpty()) {
        if (!AtlasLocation::provisionUserAtlas(&error))
            return fail(error);
        path = AtlasLocation::userAtlas();
    }
    AtlasDatabase atlas;
    if (!atlas.openForEditing(path))
        return fail(atlas.errorString());
    if (atlas.isReadOnly())
        return fail(atlas.readOnlyReason());

    TeamServer server;
    if (!server.open(*address))
        return fail(server.error().text());
    const TeamSyncReport report = TeamSync(atlas, server).run();
    if (!report.ok())
        return fail(report.error.text());
    out << report.summary() << '\n';
    QVector<TeamConflict> conflicts;
    if (!TeamSync::conflicts(atlas, &conflicts, &error))
        return fail(error);
    for (const TeamConflict &c : std::as_const(conflicts)) {
        const QString what = c.field < 0 ? (c.remoteDeleted ? tr("removed there, changed here")
                                                            : tr("removed here, changed there"))
                                         : TeamKinds::fieldLabel(c.kind, c.field);
        // kind, key, field, local value, team's value, who, when: one conflict a line.
        out << TeamKinds::name(c.kind) << '\t' << c.key << '\t' << what << '\t'
            << (c.field < 0 ? QString() : c.localValue) << '\t'
            << (c.field < 0 ? QString() : c.remoteValue) << '\t' << c.remoteBy << '\t'
            << c.remoteAt.toString(Qt::ISODate) << '\n';
    }
    return conflicts.isEmpty() ? 0 : 1;
}

} // namespace twinatlas
