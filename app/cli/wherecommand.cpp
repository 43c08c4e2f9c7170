// SPDX-License-Identifier: GPL-3.0-or-later
#include "wherecommand.h"

#include "commandline.h"
#include "db/atlasdatabase.h"
#include "readfailure.h"
#include "db/atlasreader.h"
#include "db/countrynames.h"
#include "location/locationtext.h"
#include "location/nearestplacefinder.h"
#include "location/nmealog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::WhereCommand", text);
}

/** A coordinate option's value in [-limit, limit], or nothing. */
std::optional<double> degrees(const QString &text, double limit)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= -limit && value <= limit))
        return std::nullopt;
    return value;
}

QString kilometres(double meters)
{
    return QString::number(meters / 1000.0, 'f', 1);
}

} // namespace

int WhereCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto usageError = [&err](const QString &message) {
        err << "twinatlas where: " << message << '\n';
        return 2;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Prints the place with partnerships nearest to a position: the last valid fix of "
               "an NMEA log, or a longitude and latitude. Then its partnerships, as query "
               "prints them."));
    parser.addHelpOption();
    const QCommandLineOption nmeaOption(QStringLiteral("nmea"),
                                        tr("An NMEA log (a GPS receiver's sentences) whose last "
                                           "valid fix is the position."),
                                        tr("FILE"));
    const QCommandLineOption lonOption(QStringLiteral("lon"), tr("The longitude, in degrees east."),
                                       tr("DEG"));
    const QCommandLineOption latOption(QStringLiteral("lat"), tr("The latitude, in degrees north."),
                                       tr("DEG"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The atlas file to read."),
                                            tr("FILE"));
    parser.addOptions({nmeaOption, lonOption, latOption, databaseOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QStringLiteral("[options]"),
                                         QStringLiteral("where [options]"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument “%1”").arg(parser.positionalArguments().first()));
    const bool byLog = parser.isSet(nmeaOption);
    const bool byPosition = parser.isSet(lonOption) || parser.isSet(latOption);
    if (byLog == byPosition)
        return usageError(tr("give either --nmea FILE or --lon DEG --lat DEG"));

    PositionFix fix;
    if (byLog) {
        const QString path = parser.value(nmeaOption);
        const NmeaLog log = NmeaLog::readFile(path);
        if (!log.isReadable())
            return usageError(log.errorString());
        if (!log.lastFix()) {
            err << "twinatlas where: "
                << tr("%1 holds no valid position fix (%2).").arg(path, log.summary()) << '\n';
            return 1;
        }
        if (log.rejectedCount() > 0)
            err << "twinatlas where: "
                << tr("%1: used the last valid fix, on line %2 (%3).")
                           .arg(path)
                           .arg(log.lastFix()->line)
                           .arg(log.summary())
                << '\n';
        fix = *log.lastFix();
    } else {
        if (!parser.isSet(lonOption) || !parser.isSet(latOption))
            return usageError(tr("give both --lon and --lat"));
        const auto lon = degrees(parser.value(lonOption), 180.0);
        const auto lat = degrees(parser.value(latOption), 90.0);
        if (!lon)
            return usageError(tr("--lon takes degrees from -180 to 180, not “%1”")
                                      .arg(parser.value(lonOption)));
        if (!lat)
            return usageError(tr("--lat takes degrees from -90 to 90, not “%1”")
                                      .arg(parser.value(latOption)));
        fix.position = {*lon, *lat};
    }

    const QString atlasPath = CommandLine::atlasPathFor(parser.value(databaseOption));
    AtlasDatabase atlas;
    if (!atlas.open(atlasPath, AtlasDatabase::Mode::ReadOnly))
        return usageError(atlas.errorString());
    const AtlasReader reader(atlas.connection());
    const auto nearest = NearestPlaceFinder(reader.placesWithPartnerships()).nearest(fix.position);
    const auto place = nearest ? reader.place(nearest->place.id) : std::nullopt;
    const QVector<PartnerEntry> partners = place ? reader.partnersOf(place->id) : QVector<PartnerEntry>();
    if (reader.failed())
        return ReadFailure::report("where", atlasPath, reader.failure());
    if (!place) {
        err << "twinatlas where: " << tr("the atlas holds no place with partnerships") << '\n';
        return 1;
    }

    const QString time = LocationText::isoTime(fix);
    out << "# position\t" << LocationText::lonLat(fix.position)
        << (time.isEmpty() ? QString() : QLatin1Char('\t') + time) << '\n';
    out << "# nearest\t" << place->name << ", " << CountryNames::name(place->country)
        << (place->admin1Name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(place->admin1Name))
        << '\t' << place->uid << '\t' << LocationText::lonLat(place->position) << '\t'
        << kilometres(nearest->distanceMeters) << " km\t" << partners.size() << " partnerships\n";
    out << "partner\tcountry\tkind\tstatus\tstart\tend\tdistance_km\n";
    for (const PartnerEntry &e : partners) {
        out << e.partner.name << '\t' << CountryNames::name(e.partner.country) << '\t'
            << e.partnership.kind << '\t' << e.partnership.status << '\t'
            << e.partnership.startDate << '\t' << e.partnership.endDate << '\t'
            << kilometres(e.distanceMeters) << '\n';
    }
    return 0;
}

} // namespace twinatlas
