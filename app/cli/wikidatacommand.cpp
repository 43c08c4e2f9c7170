// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikidatacommand.h"

#include "commandline.h"

#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "edit/atlaswriter.h"
#include "io/gazetteerindex.h"
#include "search/placesearch.h"
#include "translators.h"
#include "wikidata/wikidatafetch.h"
#include "wikidata/wikidatasettings.h"
#include "wikidata/wikidataupdate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

#include <unistd.h>

namespace twinatlas {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("twinatlas::WikidataCommand", text, disambiguation, n);
}

} // namespace

int WikidataCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto usageError = [&err](const QString &message) {
        err << "twinatlas wikidata: " << message << '\n';
        return 2;
    };
    const auto failure = [&err](const QString &message) {
        err << "twinatlas wikidata: " << message << '\n';
        return 1;
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Gets the twinnings (“twinned administrative body”, P190) of the world, a country or "
               "a place from Wikidata and adds them to the atlas in one step. Each place is resolved "
               "against the gazetteer; doubtful ones are left out and reported. Run again, it brings "
               "what changed since the last fetch; your own edits are kept."));
    parser.addHelpOption();
    const QCommandLineOption allOption(QStringLiteral("all"), tr("The whole world, country by country (the default)."));
    const QCommandLineOption countryOption(QStringLiteral("country"),
                                           tr("One country, by its ISO 3166-1 code, e.g. DE or PL."), tr("CODE"));
    const QCommandLineOption placeOption(QStringLiteral("place"), tr("One place of the atlas, by name."), tr("NAME"));
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"),
                                            tr("The SPARQL endpoint over Wikidata (default: %1, or the one "
                                               "chosen in Preferences).")
                                                    .arg(WikidataFetch::defaultEndpoint().toString()),
                                            tr("URL"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            tr("The language of the place names kept from Wikidata's labels "
                                               "(default: the interface language)."),
                                            tr("LANG"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("Give up a request after this many seconds of silence (default: 120)."),
                                           tr("SECONDS"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Fetch, resolve and report; write nothing."));
    const QCommandLineOption reportOption(QStringLiteral("report"),
                                          tr("Write every statement and what became of it as CSV."),
                                          QStringLiteral("REPORT.csv"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The atlas file to add to."), tr("FILE"));
    parser.addOptions({allOption, countryOption, placeOption, endpointOption, languageOption, timeoutOption,
                       dryRunOption, reportOption, databaseOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QStringLiteral("[options]"), QStringLiteral("wikidata [options]"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected “%1”; name a country with --country, a place with --place.")
                                  .arg(parser.positionalArguments().first()));
    if (int(parser.isSet(allOption)) + int(parser.isSet(countryOption)) + int(parser.isSet(placeOption)) > 1)
        return usageError(tr("give one of --all, --country and --place."));
    WikidataFetch::Options options;
    options.endpoint = WikidataSettings::endpoint();
    if (parser.isSet(endpointOption)) {
        options.endpoint = QUrl(parser.value(endpointOption), QUrl::StrictMode);
        const QString scheme = options.endpoint.scheme();
        if (!options.endpoint.isValid() || options.endpoint.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return usageError(tr("--endpoint takes an http or https URL, such as %1.")
                                      .arg(WikidataFetch::defaultEndpoint().toString()));
    }
    options.language = parser.isSet(languageOption) ? parser.value(languageOption).toLower()
                                                     : Translators::uiLocale().name().section(u'_', 0, 0);
    if (options.language == QLatin1String("c"))
        options.language = QStringLiteral("en");
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const int seconds = parser.value(timeoutOption).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return usageError(tr("--timeout takes seconds, from 1 to 3600."));
        options.timeoutMs = seconds * 1000;
    }
    options.cacheDir = WikidataSettings::cacheDir();
    const bool dryRun = parser.isSet(dryRunOption);

    AtlasDatabase atlas;
    QString error;
    if (!CommandLine::openAtlasToChange(atlas, parser.value(databaseOption), dryRun, &error))
        return usageError(error);

    WikidataScope scope;
    if (parser.isSet(countryOption)) {
        scope = WikidataScope::ofCountry(parser.value(countryOption).trimmed().toUpper(), QString());
    } else if (parser.isSet(placeOption)) {
        const QString name = parser.value(placeOption).trimmed();
        const QVector<SearchHit> hits = PlaceSearch(atlas.connection()).search(name, 1);
        const std::optional<Place> place = hits.isEmpty() ? std::nullopt : AtlasReader(atlas.connection()).place(hits.first().placeId);
        if (!place)
            return usageError(tr("no place is called “%1”.").arg(name));
        scope = WikidataScope::ofPlace(place->uid, place->geonameId, place->name);
    }
    const QVector<WikidataChunk> chunks = scope.chunks(atlas.connection(), &error);
    if (chunks.isEmpty())
        return usageError(error.isEmpty() ? tr("the atlas has no countries to ask for.") : error);

    // Progress for a person at a terminal; a script reads only the result.
    const bool terminal = ::isatty(STDERR_FILENO);
    WikidataFetch fetch(options);
    QObject::connect(&fetch, &WikidataFetch::chunkFinished, &fetch,
                     [&](int index, int count, int statements, bool) {
                         if (terminal)
                             err << "twinatlas wikidata: "
                                 << tr("%1 (%2 of %3): %n statements so far", nullptr, statements)
                                            .arg(chunks.value(index).title)
                                            .arg(index + 1)
                                            .arg(count)
                                 << '\n' << Qt::flush;
                     });
    QObject::connect(&fetch, &WikidataFetch::waiting, &fetch, [&](int seconds, const QString &reason) {
        err << "twinatlas wikidata: " << tr("%1; waiting %n seconds.", nullptr, seconds).arg(reason) << '\n'
            << Qt::flush;
    });
    fetch.start(chunks);
    if (!fetch.waitForFinished())
        return failure(tr("%1 Nothing was changed.").arg(fetch.errorString()));
    for (const QString &w : fetch.batch().warnings())
        err << "twinatlas wikidata: " << w << '\n';

    GazetteerIndex index;
    if (!index.load(atlas.connection(), &error))
        return failure(error);
    WikidataUpdate update(index, atlas.connection());
    update.setLanguage(options.language);
    update.setRetrieved(QDate::currentDate());
    if (!update.prepare(fetch.batch(), scope))
        return failure(update.errorString());
    if (parser.isSet(reportOption)) {
        QSaveFile report(parser.value(reportOption));
        if (!report.open(QIODevice::WriteOnly) || report.write(update.reportCsv()) < 0 || !report.commit())
            return failure(tr("cannot write the report %1: %2").arg(parser.value(reportOption), report.errorString()));
    }
    // Counted before the write: afterwards every pair is in the atlas.
    const QString summary = update.summary().toString();
    const QString counts = update.countsLine();
    if (!dryRun) {
        const ChangeSet changes = update.changeSet();
        if (!changes.isEmpty()) {
            const ApplyResult result = AtlasWriter(atlas).apply(changes);
            if (!result.ok)
                return failure(tr("Nothing was written: %1").arg(result.errorString()));
        }
        WikidataSettings::setLastFetch(QDate::currentDate(), scope.key());
    }
    // The fetch is complete and its result written (or reported): its kept chunks are spent.
    fetch.clearCache();
    out << summary << '\n' << counts << '\n';
    return 0;
}

} // namespace twinatlas
