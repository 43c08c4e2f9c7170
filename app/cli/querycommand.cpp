// SPDX-License-Identifier: GPL-3.0-or-later
#include "querycommand.h"

#include "commandline.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "db/countrynames.h"
#include "readfailure.h"
#include "search/placesearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::QueryCommand", text);
}

} // namespace

int QueryCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Prints a place's partnerships as tab-separated lines: partner, country, kind, "
               "status, start, end, distance in km along the WGS 84 geodesic."));
    parser.addHelpOption();
    const QCommandLineOption statsOption(QStringLiteral("stats"),
                                         tr("Print the counts of places, partnerships, events and sources."));
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The atlas file to read."),
                                            tr("FILE"));
    parser.addOptions({statsOption, databaseOption});
    parser.addPositionalArgument(tr("NAME"), tr("The place to look up."));
    if (!parser.parse(arguments)) {
        err << "twinatlas query: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QStringLiteral("[options] NAME"),
                                         QStringLiteral("query [options] NAME"));
        return 0;
    }
    const QString name = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (!parser.isSet(statsOption) && name.isEmpty()) {
        err << "twinatlas query: " << tr("give a place name, or --stats") << '\n';
        return 2;
    }

    const QString path = CommandLine::atlasPathFor(parser.value(databaseOption));
    AtlasDatabase atlas;
    if (!atlas.open(path, AtlasDatabase::Mode::ReadOnly)) {
        err << "twinatlas query: " << atlas.errorString() << '\n';
        return 2;
    }
    const AtlasReader reader(atlas.connection());
    if (parser.isSet(statsOption)) {
        const AtlasStats s = reader.stats();
        if (reader.failed())
            return ReadFailure::report("query", path, reader.failure());
        out << "places\t" << s.places << '\n'
            << "places_with_partnerships\t" << s.placesWithPartnerships << '\n'
            << "alternate_names\t" << s.alternateNames << '\n'
            << "partnerships\t" << s.partnerships << '\n'
            << "events\t" << s.events << '\n'
            << "sources\t" << s.sources << '\n'
            << "data_version\t" << atlas.meta(QStringLiteral("data_version")) << '\n';
        if (name.isEmpty())
            return 0;
    }

    PlaceSearch search(atlas.connection());
    const QVector<SearchHit> hits = search.search(name, 1);
    if (hits.isEmpty()) {
        QStringList suggestions;
        for (const SearchHit &h : search.closestMatches(name))
            suggestions << QStringLiteral("%1 (%2)").arg(h.name, CountryNames::name(h.country));
        if (search.failure())
            return ReadFailure::report("query", path, search.failure());
        err << "twinatlas query: "
            << (suggestions.isEmpty()
                        ? tr("no place is called “%1”.").arg(name)
                        : tr("no place is called “%1”. Closest matches: %2.")
                                  .arg(name, suggestions.join(QStringLiteral(", "))))
            << '\n';
        return 1;
    }
    const auto place = reader.place(hits.first().placeId);
    const QVector<PartnerEntry> partners = place ? reader.partnersOf(place->id) : QVector<PartnerEntry>();
    if (reader.failed())
        return ReadFailure::report("query", path, reader.failure());
    if (!place) // the search index names a place the table does not hold
        return ReadFailure::report("query", path, SqlFailure::inconsistency(hits.first().name));
    out << "# " << place->name << ", " << CountryNames::name(place->country)
        << (place->admin1Name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(place->admin1Name))
        << '\t' << place->uid << '\t'
        << QString::number(place->position.lon, 'f', 5) << ' '
        << QString::number(place->position.lat, 'f', 5) << '\t'
        << partners.size() << " partnerships\n";
    out << "partner\tcountry\tkind\tstatus\tstart\tend\tdistance_km\n";
    for (const PartnerEntry &e : partners) {
        out << e.partner.name << '\t' << CountryNames::name(e.partner.country) << '\t'
            << e.partnership.kind << '\t' << e.partnership.status << '\t'
            << e.partnership.startDate << '\t' << e.partnership.endDate << '\t'
            << QString::number(e.distanceMeters / 1000.0, 'f', 1) << '\n';
    }
    return 0;
}

} // namespace twinatlas
