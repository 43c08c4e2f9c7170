// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdatacommand.h"

#include "commandline.h"
#include "db/atlasdatabase.h"
#include "db/atlasreader.h"
#include "db/countrynames.h"
#include "io/atlascsvwriter.h"
#include "io/geojsonwriter.h"
#include "io/kmlwriter.h"
#include "io/savefile.h"
#include "readfailure.h"
#include "search/placesearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::ExportDataCommand", text);
}

} // namespace

int ExportDataCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto usageError = [&err](const QString &message) {
        err << "twinatlas export-data: " << message << '\n';
        return 2;
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes the partnerships as CSV (which `import` reads back), "
                                        "GeoJSON or KML, and prints the path written."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv, geojson or kml."),
                                          tr("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write."), tr("FILE"));
    const QCommandLineOption placeOption(QStringLiteral("place"),
                                         tr("Only this place's partnerships (a name or a uid such as gn:2934246)."),
                                         tr("NAME"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The atlas file to read."),
                                            tr("FILE"));
    parser.addOptions({formatOption, outOption, placeOption, databaseOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QStringLiteral("[options]"), QStringLiteral("export-data [options]"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    QString format = parser.value(formatOption).toLower();
    const QString outPath = parser.value(outOption);
    if (outPath.isEmpty())
        return usageError(tr("give the file to write with --out FILE."));
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(outPath).suffix().toLower();
        format = suffix == QLatin1String("json") ? QStringLiteral("geojson") : suffix;
    }
    if (format != QLatin1String("csv") && format != QLatin1String("geojson") && format != QLatin1String("kml"))
        return usageError(tr("unknown format “%1”; use csv, geojson or kml.").arg(parser.value(formatOption)));

    const QString atlasPath = CommandLine::atlasPathFor(parser.value(databaseOption));
    AtlasDatabase atlas;
    if (!atlas.open(atlasPath, AtlasDatabase::Mode::ReadOnly)) {
        err << "twinatlas export-data: " << atlas.errorString() << '\n';
        return 2;
    }
    const AtlasReader reader(atlas.connection());
    ExportSelection selection;
    QString title = tr("Twin towns and sister cities");
    if (parser.isSet(placeOption)) {
        const QString name = parser.value(placeOption).trimmed();
        std::optional<Place> place;
        static const QRegularExpression uid(QStringLiteral("^(gn|x|u):\\S+$"));
        if (uid.match(name).hasMatch())
            place = reader.placeByUid(name);
        PlaceSearch search(atlas.connection());
        if (!place) {
            const QVector<SearchHit> hits = search.search(name, 1);
            if (!hits.isEmpty())
                place = reader.place(hits.first().placeId);
        }
        if (!place) {
            QStringList suggestions;
            for (const SearchHit &h : search.closestMatches(name))
                suggestions << QStringLiteral("%1 (%2)").arg(h.name, CountryNames::name(h.country));
            if (reader.failed() || search.failure())
                return ReadFailure::report("export-data", atlasPath,
                                           reader.failed() ? reader.failure() : search.failure());
            err << "twinatlas export-data: "
                << (suggestions.isEmpty() ? tr("no place is called “%1”.").arg(name)
                                          : tr("no place is called “%1”. Closest matches: %2.")
                                                    .arg(name, suggestions.join(QStringLiteral(", "))))
                << '\n';
            return 1;
        }
        if (!selection.read(atlas.connection(), ExportSelection::Scope::Places, {place->id}))
            return ReadFailure::report("export-data", atlasPath, selection.failure());
        title = tr("Partnerships of %1").arg(place->name);
    } else if (!selection.read(atlas.connection())) {
        return ReadFailure::report("export-data", atlasPath, selection.failure());
    }
    const QByteArray bytes = format == QLatin1String("csv")       ? AtlasCsvWriter::toCsv(selection)
            : format == QLatin1String("geojson")                 ? GeoJsonWriter::toGeoJson(selection)
                                                                 : KmlWriter::toKml(selection, title);
    QString reason;
    if (!SaveFile::write(outPath, bytes, &reason)) {
        err << "twinatlas export-data: " << tr("cannot write %1: %2").arg(outPath, reason) << '\n';
        return 1;
    }
    out << QDir::toNativeSeparators(QFileInfo(outPath).absoluteFilePath()) << '\n';
    return 0;
}

} // namespace twinatlas
