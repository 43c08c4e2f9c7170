// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "db/atlasdatabase.h"
#include "db/atlaslocation.h"
#include "exportcommand.h"
#include "exportdatacommand.h"
#include "importcommand.h"
#include "querycommand.h"
#include "translators.h"
#include "wherecommand.h"
#include "wikidatacommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

namespace twinatlas {

bool CommandLine::isSubcommand(const QStringList &arguments)
{
    return arguments.size() > 1
            && (arguments.at(1) == QLatin1String("query") || arguments.at(1) == QLatin1String("export")
                || arguments.at(1) == QLatin1String("where") || arguments.at(1) == QLatin1String("import")
                || arguments.at(1) == QLatin1String("export-data")
                || arguments.at(1) == QLatin1String("wikidata"));
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
    if (command == QLatin1String("wikidata"))
        return WikidataCommand().run(rest);
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

namespace twinatlas {

bool CommandLine::openAtlasToChange(AtlasDatabase &atlas, const QString &databaseOption, bool dryRun,
                                    QString *error)
{
    QString path = databaseOption;
    if (path.isEmpty()) {
        if (!dryRun && !AtlasLocation::provisionUserAtlas(error))
            return false;
        path = atlasPathFor(QString());
    }
    const bool opened = dryRun ? atlas.open(path, AtlasDatabase::Mode::ReadOnly) : atlas.openForEditing(path);
    if (!opened) {
        *error = atlas.errorString();
        return false;
    }
    if (!dryRun && atlas.isReadOnly()) {
        *error = atlas.readOnlyReason().isEmpty()
                ? QCoreApplication::translate("twinatlas::CommandLine", "the atlas is read-only.")
                : atlas.readOnlyReason();
        return false;
    }
    return true;
}

} // namespace twinatlas
