// SPDX-License-Identifier: GPL-3.0-or-later
#include "querycommand.h"

#include "commandline.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "db/countrynames.h"
#include "readfailure.h"
#include "search/placesearch.h"
#include "search/textfold.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
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
    // Every namesake, so that an ambiguous name can say which it chose and which it did not.
    QVector<SearchHit> hits = search.search(name, 50);
    if (search.failure())
        return ReadFailure::report("query", path, search.failure());
    // Written with a region or country that none of the namesakes is in: not found.
    const bool unmatchedQualifier = !hits.isEmpty() && hits.first().qualifierScore == 0;
    if (hits.isEmpty() || unmatchedQualifier) {
        QStringList suggestions;
        const QVector<SearchHit> closest = unmatchedQualifier ? hits.mid(0, 5) : search.closestMatches(name);
        for (const SearchHit &h : closest)
            suggestions << QStringLiteral("%1 (%2)").arg(h.name, h.region.isEmpty() || h.region == h.name
                                                                        ? CountryNames::name(h.country)
                                                                        : h.region + QStringLiteral(", ")
                                                                                + CountryNames::name(h.country));
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
    // The chosen place first (the one with partnerships, else the largest: the search's order),
    // then the other places of the same name on stderr, told apart by region and size.
    QVector<SearchHit> namesakes;
    for (int i = 1; i < hits.size(); ++i)
        if (hits.at(i).exact && hits.first().exact
            && TextFold::key(hits.at(i).name) == TextFold::key(hits.first().name))
            namesakes << hits.at(i);
    if (!namesakes.isEmpty()) {
        auto describe = [](const SearchHit &h) {
            QString text = h.name;
            if (!h.region.isEmpty() && h.region != h.name)
                text += QStringLiteral(", ") + h.region;
            text += QStringLiteral(", ") + CountryNames::name(h.country);
            return text;
        };
        err << "twinatlas query: "
            << tr("%1 places are called “%2”; showing %3. The others:")
                       .arg(namesakes.size() + 1)
                       .arg(hits.first().name, describe(hits.first()))
            << '\n';
        for (const SearchHit &h : std::as_const(namesakes))
            err << "  " << describe(h) << '\t'
                << tr("population %1").arg(h.population > 0 ? QLocale::c().toString(h.population) : QStringLiteral("?"))
                << '\t' << tr("%1 partnerships").arg(h.partners) << '\n';
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
