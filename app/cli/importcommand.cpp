// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "commandline.h"

#include "db/atlasdatabase.h"
#include "io/importjob.h"
#include "io/savefile.h"
#include "readfailure.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::ImportCommand", text);
}

} // namespace

int ImportCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto usageError = [&err](const QString &message) {
        err << "twinatlas import: " << message << '\n';
        return 2;
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Imports a list of twin towns: resolves every place against the gazetteer and adds "
               "the partnerships in one step. Doubtful rows are skipped and reported."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("csv, paste, wikidata-json or wikidata-csv (default: "
                                             "detected)."),
                                          tr("FORMAT"));
    const QCommandLineOption homeOption(QStringLiteral("home"),
                                        tr("The place a pasted list is of, e.g. \"Toruń, Poland\"."),
                                        tr("NAME"));
    const QCommandLineOption columnsOption(QStringLiteral("columns"),
                                           tr("Column mapping over the guessed one: field=column,... "
                                              "(fields: place, place_country, partner, partners, "
                                              "start, end, kind, ...; columns by header or number)."),
                                           tr("MAPPING"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
                                            tr("utf-8, utf-16le, utf-16be or windows-1252 (default: "
                                               "detected)."),
                                            tr("ENCODING"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             tr("The cell delimiter: , ; tab or | (default: detected)."),
                                             tr("CHAR"));
    const QCommandLineOption noHeaderOption(QStringLiteral("no-header"),
                                            tr("The first row is data, not column names."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Resolve and report, write nothing."));
    const QCommandLineOption reportOption(QStringLiteral("report"),
                                          tr("Write every input row and what became of it as CSV."),
                                          QStringLiteral("REPORT.csv"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The atlas file to import into."),
                                            tr("FILE"));
    parser.addOptions({formatOption, homeOption, columnsOption, encodingOption, delimiterOption, noHeaderOption,
                       dryRunOption, reportOption, databaseOption});
    parser.addPositionalArgument(tr("FILE"), tr("The list to import."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QStringLiteral("[options] FILE"), QStringLiteral("import [options] FILE"));
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("give one file to import."));
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo::exists(path))
        return usageError(tr("no file %1.").arg(path));

    ListReader::Options options;
    if (parser.isSet(formatOption) && !ImportFormats::fromName(parser.value(formatOption), &options.format))
        return usageError(tr("unknown format “%1”; use %2.")
                                  .arg(parser.value(formatOption), ImportFormats::names().join(QStringLiteral(", "))));
    if (parser.isSet(encodingOption)) {
        bool ok = false;
        options.encoding = TextDecoder::fromName(parser.value(encodingOption), &ok);
        if (!ok)
            return usageError(tr("unknown encoding “%1”; use %2.")
                                      .arg(parser.value(encodingOption), TextDecoder::names().join(QStringLiteral(", "))));
    }
    if (parser.isSet(delimiterOption) || parser.isSet(noHeaderOption)) {
        DelimitedDialect dialect;
        const QString d = parser.value(delimiterOption);
        if (d == QLatin1String("tab") || d == QLatin1String("\\t"))
            dialect.delimiter = u'\t';
        else if (d.size() == 1)
            dialect.delimiter = d.at(0);
        else if (!d.isEmpty())
            return usageError(tr("--delimiter takes one character or tab."));
        dialect.header = !parser.isSet(noHeaderOption);
        if (d.isEmpty()) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                dialect.delimiter = DelimitedTable::detect(QString::fromUtf8(f.read(65536)), path).delimiter;
        }
        options.dialect = dialect;
    }
    options.columns = parser.value(columnsOption);
    options.home = parser.value(homeOption);
    const bool dryRun = parser.isSet(dryRunOption);

    AtlasDatabase atlas;
    QString error;
    if (!CommandLine::openAtlasToChange(atlas, parser.value(databaseOption), dryRun, &error))
        return usageError(error);

    ImportJob job(atlas);
    if (!job.read(path, options)) {
        if (job.readFailure())
            return ReadFailure::report("import", atlas.path(), job.readFailure());
        err << "twinatlas import: " << job.errorString() << '\n';
        return 1;
    }
    for (const QString &w : job.reader()->warnings())
        err << "twinatlas import: " << path << ':' << w << '\n';
    if (!job.resolve()) {
        err << "twinatlas import: " << job.errorString() << '\n';
        return 1;
    }
    ImportPlan *plan = job.plan();
    // The summary and the report read the partnerships already there: a failure is damage.
    const ImportPlan::Summary summary = plan->summary();
    if (plan->failure())
        return ReadFailure::report("import", atlas.path(), plan->failure());
    // Non-interactive: doubtful rows stay out (the report lists their candidates).
    if (parser.isSet(reportOption)) {
        QString reason;
        if (!SaveFile::write(parser.value(reportOption), plan->reportCsv(), &reason)) {
            err << "twinatlas import: " << tr("cannot write the report %1: %2").arg(parser.value(reportOption), reason)
                << '\n';
            return 1;
        }
    }
    if (!dryRun && !job.apply()) {
        err << "twinatlas import: " << job.errorString() << '\n';
        return 1;
    }
    out << summary.toString() << '\n';
    return 0;
}

} // namespace twinatlas
