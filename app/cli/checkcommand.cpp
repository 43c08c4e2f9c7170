// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "commandline.h"
#include "db/atlascheck.h"
#include "db/atlasdatabase.h"
#include "readfailure.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace twinatlas {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("twinatlas::CheckCommand", text, comment, n);
}

} // namespace

int CheckCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Checks the atlas without changing it: every page and index (SQLite's "
               "integrity_check), the references between rows (foreign_key_check) and the "
               "atlas's own rules. Prints each problem; exits 0 when there is none, 2 when the "
               "atlas is damaged or cannot be read."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The atlas file to check."),
                                            tr("FILE"));
    parser.addOption(databaseOption);
    if (!parser.parse(arguments)) {
        err << "twinatlas check: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QStringLiteral("[options]"), QStringLiteral("check [options]"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "twinatlas check: " << tr("unexpected argument “%1”.").arg(parser.positionalArguments().first())
            << '\n';
        return 2;
    }

    const QString path = CommandLine::atlasPathFor(parser.value(databaseOption));
    const QString shown = QDir::toNativeSeparators(path);
    AtlasDatabase atlas;
    if (!atlas.open(path, AtlasDatabase::Mode::ReadOnly)) {
        err << "twinatlas check: " << atlas.errorString() << '\n';
        return 2;
    }
    AtlasCheck check;
    if (check.run(atlas.connection(), AtlasCheck::Depth::Full)) {
        out << tr("%1: no problems found (%2).").arg(shown, check.checksRun().join(QStringLiteral(", ")))
            << '\n';
        return 0;
    }
    if (check.failure() && check.problems().isEmpty())
        return ReadFailure::report("check", path, check.failure());
    for (const QString &problem : check.problems())
        out << shown << ": " << problem << '\n';
    err << "twinatlas check: "
        << tr("The atlas file %1 is damaged: %n problem(s), listed above.", nullptr,
              int(check.problems().size()))
                   .arg(shown)
        << '\n';
    return 2;
}

} // namespace twinatlas
