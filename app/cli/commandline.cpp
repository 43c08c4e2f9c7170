// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "db/atlaslocation.h"
#include "exportcommand.h"
#include "exportdatacommand.h"
#include "importcommand.h"
#include "querycommand.h"
#include "servercommand.h"
#include "synccommand.h"
#include "translators.h"
#include "wherecommand.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace twinatlas {

bool CommandLine::isSubcommand(const QStringList &arguments)
{
    return arguments.size() > 1
            && (arguments.at(1) == QLatin1String("query") || arguments.at(1) == QLatin1String("export")
                || arguments.at(1) == QLatin1String("where") || arguments.at(1) == QLatin1String("import")
                || arguments.at(1) == QLatin1String("export-data")
                || arguments.at(1) == QLatin1String("server") || arguments.at(1) == QLatin1String("sync"));
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("export");
}

int CommandLine::exec(int &argc, char **argv, const QStringList &arguments)
{
    if (needsGui(arguments)) {
        // Painting text needs a QGuiApplication, never a display: use the offscreen platform
        // unless the user chose one.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        Translators::install();
        return run(arguments);
    }
    QCoreApplication app(argc, argv);
    Translators::install();
    return run(arguments);
}

int CommandLine::run(const QStringList &arguments)
{
    QStringList rest = arguments;
    const QString command = rest.takeAt(1);
    if (command == QLatin1String("query"))
        return QueryCommand().run(rest);
    if (command == QLatin1String("export"))
        return ExportCommand().run(rest);
    if (command == QLatin1String("where"))
        return WhereCommand().run(rest);
    if (command == QLatin1String("import"))
        return ImportCommand().run(rest);
    if (command == QLatin1String("export-data"))
        return ExportDataCommand().run(rest);
    if (command == QLatin1String("server"))
        return ServerCommand().run(rest);
    if (command == QLatin1String("sync"))
        return SyncCommand().run(rest);
    return 2;
}

QString CommandLine::atlasPathFor(const QString &databaseOption)
{
    if (!databaseOption.isEmpty())
        return databaseOption;
    const QString user = AtlasLocation::userAtlas();
    return QFileInfo::exists(user) ? user : AtlasLocation::bundledAtlas();
}

} // namespace twinatlas
