// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "checkcommand.h"
#include "climessages.h"
#include "db/atlasdatabase.h"
#include "db/atlaslocation.h"
#include "exportcommand.h"
#include "exportdatacommand.h"
#include "importcommand.h"
#include "querycommand.h"
#include "servercommand.h"
#include "synccommand.h"
#include "translators.h"
#include "wherecommand.h"
#include "wikidatacommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>

namespace twinatlas {

namespace {

struct Command
{
    const char *name;
    const char *summary; ///< untranslated; see commandList()
    int (*run)(const QStringList &arguments);
};

const Command commands[] = {
        {"query", QT_TRANSLATE_NOOP("twinatlas::CommandLine", "a place's partnerships, or the atlas's figures"),
         [](const QStringList &a) { return QueryCommand().run(a); }},
        {"where", QT_TRANSLATE_NOOP("twinatlas::CommandLine", "the place nearest to a position or a GPS log"),
         [](const QStringList &a) { return WhereCommand().run(a); }},
        {"export", QT_TRANSLATE_NOOP("twinatlas::CommandLine", "a map as PNG, SVG or PDF"),
         [](const QStringList &a) { return ExportCommand().run(a); }},
        {"export-data", QT_TRANSLATE_NOOP("twinatlas::CommandLine", "the partnerships as CSV, GeoJSON or KML"),
         [](const QStringList &a) { return ExportDataCommand().run(a); }},
        {"import", QT_TRANSLATE_NOOP("twinatlas::CommandLine", "partnerships from a list into the atlas"),
         [](const QStringList &a) { return ImportCommand().run(a); }},
        {"check", QT_TRANSLATE_NOOP("twinatlas::CommandLine", "the atlas file checked for damage, page by page"),
         [](const QStringList &a) { return CheckCommand().run(a); }},
        {"wikidata", QT_TRANSLATE_NOOP("twinatlas::CommandLine", "partnerships from Wikidata, and what changed there"),
         [](const QStringList &a) { return WikidataCommand().run(a); }},
        {"server", QT_TRANSLATE_NOOP("twinatlas::CommandLine", "a team atlas on a PostgreSQL server set up, and its members"),
         [](const QStringList &a) { return ServerCommand().run(a); }},
        {"sync", QT_TRANSLATE_NOOP("twinatlas::CommandLine", "this atlas and a team atlas brought level"),
         [](const QStringList &a) { return SyncCommand().run(a); }},
};

const Command *find(const QString &name)
{
    for (const Command &c : commands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

} // namespace

bool CommandLine::isSubcommand(const QStringList &arguments)
{
    return arguments.size() > 1 && !arguments.at(1).startsWith(u'-');
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("export");
}

int CommandLine::exec(int &argc, char **argv, const QStringList &arguments)
{
    CliMessages::install();
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
    const QString name = rest.takeAt(1);
    if (const Command *command = find(name))
        return command->run(rest);
    const QString message = QCoreApplication::translate("twinatlas::CommandLine",
                                                        "twinatlas: unknown command “%1”. The commands are:")
                                    .arg(name);
    const QString hint = QCoreApplication::translate("twinatlas::CommandLine",
                                                     "Each command says more with --help; twinatlas "
                                                     "without a command opens the atlas window.");
    std::fprintf(stderr, "%s\n%s%s\n", qPrintable(message), qPrintable(commandList()), qPrintable(hint));
    return 2;
}

QString CommandLine::commandList()
{
    QString text;
    for (const Command &c : commands)
        text += QStringLiteral("  %1  %2\n")
                        .arg(QString::fromLatin1(c.name).leftJustified(12),
                             QCoreApplication::translate("twinatlas::CommandLine", c.summary));
    return text;
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
