// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "commandline.h"
#include "readfailure.h"
#include "db/atlasdatabase.h"
#include "db/atlaslocation.h"
#include "db/atlasreader.h"
#include "db/countrynames.h"
#include "export/attribution.h"
#include "export/exportformat.h"
#include "export/exportsize.h"
#include "export/mapexporter.h"
#include "export/viewportsettings.h"
#include "geo/projectionregistry.h"
#include "render/basemap.h"
#include "render/mapnetwork.h"
#include "search/placesearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTextStream>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::ExportCommand", text);
}

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

/** A place by uid ("gn:2934246") or by the best match of its name, as `query` finds it. */
std::optional<Place> findPlace(AtlasDatabase &atlas, const AtlasReader &reader,
                               const QString &name, QStringList *suggestions, SqlFailure *failure)
{
    static const QRegularExpression uid(QStringLiteral("^(gn|x|u):\\S+$"));
    if (uid.match(name).hasMatch()) {
        if (auto place = reader.placeByUid(name))
            return place;
    }
    PlaceSearch search(atlas.connection());
    const QVector<SearchHit> hits = search.search(name, 1);
    if (!hits.isEmpty())
        return reader.place(hits.first().placeId);
    for (const SearchHit &h : search.closestMatches(name))
        *suggestions << QStringLiteral("%1 (%2)").arg(h.name, CountryNames::name(h.country));
    *failure = search.failure();
    return std::nullopt;
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto usageError = [&err](const QString &message) {
        err << "twinatlas export: " << message << '\n';
        return 2;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Writes a map of the atlas, or of one place's partnerships, as PNG, SVG or PDF, "
               "and prints the path of the file written."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("The file to write: .png, .svg or .pdf."),
                                       tr("FILE"));
    const QCommandLineOption placeOption(QStringLiteral("place"),
                                         tr("The place whose partnerships to show (a name or a "
                                            "uid such as gn:2934246)."),
                                         tr("NAME"));
    const QCommandLineOption extentOption(QStringLiteral("extent"),
                                          tr("world, view (the map window's last view) or fit "
                                             "(the place and its partners). Default: fit with "
                                             "--place, else world."),
                                          tr("EXTENT"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        tr("WIDTHxHEIGHT in pixels, newsletter (1200x800, the "
                                           "default) or social (1200x630)."),
                                        tr("SIZE"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), tr("a4 or a3, instead of --size."),
                                         tr("PAPER"));
    const QCommandLineOption orientationOption(QStringLiteral("orientation"),
                                               tr("landscape (default) or portrait, with --paper."),
                                               tr("ORIENTATION"));
    const QCommandLineOption dpiOption(QStringLiteral("dpi"),
                                       tr("Resolution, 36 to 1200: 96 for pixel sizes and 300 for "
                                          "paper unless given."),
                                       tr("N"));
    const QCommandLineOption titleOption(QStringLiteral("title"), tr("A title above the map."),
                                         tr("TITLE"));
    const QCommandLineOption subtitleOption(QStringLiteral("subtitle"),
                                            tr("A line under the title."), tr("TEXT"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         tr("light (default), dark or print."),
                                         tr("THEME"));
    const QCommandLineOption projectionOption(
            QStringLiteral("projection"),
            tr("One of: %1.").arg(ProjectionRegistry::ids().join(QStringLiteral(", "))),
            tr("NAME"));
    const QCommandLineOption transparentOption(QStringLiteral("transparent"),
                                               tr("Leave the background unpainted (PNG, SVG)."));
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The atlas file to read."),
                                            tr("FILE"));
    parser.addOptions({ outOption, placeOption, extentOption, sizeOption, paperOption,
                        orientationOption, dpiOption, titleOption, subtitleOption, themeOption,
                        projectionOption, transparentOption, databaseOption });
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QStringLiteral("[options]"),
                                         QStringLiteral("export [options]"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument %1; give the place with --place.")
                                  .arg(quoted(parser.positionalArguments().first())));

    // Every argument is checked before the atlas is opened, so mistakes cost nothing.
    const QString outPath = parser.value(outOption);
    if (outPath.isEmpty())
        return usageError(tr("give the file to write with --out FILE.png, .svg or .pdf."));
    const auto format = ExportFormats::fromFileName(outPath);
    if (!format)
        return usageError(tr("cannot tell the format of %1: the name must end in .png, .svg or .pdf.")
                                  .arg(quoted(outPath)));

    std::optional<double> dpi;
    if (parser.isSet(dpiOption)) {
        bool ok = false;
        const int value = parser.value(dpiOption).toInt(&ok);
        if (!ok || value < ExportSize::minDpi || value > ExportSize::maxDpi)
            return usageError(tr("--dpi must be a whole number from %1 to %2, not %3.")
                                      .arg(ExportSize::minDpi)
                                      .arg(ExportSize::maxDpi)
                                      .arg(quoted(parser.value(dpiOption))));
        dpi = value;
    }

    if (parser.isSet(sizeOption) && parser.isSet(paperOption))
        return usageError(tr("--size and --paper contradict each other; give one of them."));
    if (parser.isSet(orientationOption) && !parser.isSet(paperOption))
        return usageError(tr("--orientation goes with --paper; for pixels give --size WIDTHxHEIGHT."));
    ExportSize size;
    if (parser.isSet(paperOption)) {
        const QString paper = parser.value(paperOption).toLower();
        const QString orientation = parser.value(orientationOption).toLower();
        if (paper != QLatin1String("a4") && paper != QLatin1String("a3"))
            return usageError(tr("unknown paper %1; use a4 or a3.").arg(quoted(parser.value(paperOption))));
        if (!orientation.isEmpty() && orientation != QLatin1String("landscape")
            && orientation != QLatin1String("portrait"))
            return usageError(tr("unknown orientation %1; use landscape or portrait.")
                                      .arg(quoted(parser.value(orientationOption))));
        size = ExportSize::paper(paper == QLatin1String("a3") ? QPageSize::A3 : QPageSize::A4,
                                 orientation == QLatin1String("portrait") ? QPageLayout::Portrait
                                                                         : QPageLayout::Landscape,
                                 dpi.value_or(300.0));
    } else if (parser.isSet(sizeOption)) {
        const auto parsed = ExportSize::fromText(parser.value(sizeOption),
                                                 dpi.value_or(ExportSize::screenDpi));
        if (!parsed)
            return usageError(tr("bad --size %1: give WIDTHxHEIGHT in pixels, each from %2 to "
                                 "%3, or newsletter or social.")
                                      .arg(quoted(parser.value(sizeOption)))
                                      .arg(ExportSize::minPixels)
                                      .arg(ExportSize::maxPixels));
        size = *parsed;
    } else {
        size = ExportSize::pixels(ExportSize::newsletterColumn().pixelSize(),
                                  dpi.value_or(ExportSize::screenDpi));
    }
    const QSize pixels = size.pixelSize();
    if (ExportFormats::isRaster(*format)
        && qint64(pixels.width()) * pixels.height() > ExportSize::maxImagePixels)
        return usageError(tr("%1 is %2 × %3 pixels, more than a PNG can be made of here; "
                             "lower --dpi.")
                                  .arg(size.description())
                                  .arg(pixels.width())
                                  .arg(pixels.height()));

    const QString themeId = parser.isSet(themeOption) ? parser.value(themeOption).toLower()
                                                      : QStringLiteral("light");
    if (!MapTheme::ids().contains(themeId))
        return usageError(tr("unknown theme %1; use %2.")
                                  .arg(quoted(parser.value(themeOption)),
                                       MapTheme::ids().join(QStringLiteral(", "))));
    const QString projectionId = parser.value(projectionOption).toLower();
    if (parser.isSet(projectionOption) && !ProjectionRegistry::ids().contains(projectionId))
        return usageError(tr("unknown projection %1; use one of: %2.")
                                  .arg(quoted(parser.value(projectionOption)),
                                       ProjectionRegistry::ids().join(QStringLiteral(", "))));

    const QString placeName = parser.value(placeOption).trimmed();
    if (parser.isSet(placeOption) && placeName.isEmpty())
        return usageError(tr("--place needs a name."));
    MapExportSettings settings;
    const QString extent = parser.isSet(extentOption)
            ? parser.value(extentOption).toLower()
            : (placeName.isEmpty() ? QStringLiteral("world") : QStringLiteral("fit"));
    if (extent == QLatin1String("world"))
        settings.extent = MapExportSettings::Extent::World;
    else if (extent == QLatin1String("view"))
        settings.extent = MapExportSettings::Extent::View;
    else if (extent == QLatin1String("fit"))
        settings.extent = MapExportSettings::Extent::Fit;
    else
        return usageError(tr("unknown extent %1; use world, view or fit.")
                                  .arg(quoted(parser.value(extentOption))));
    if (settings.extent == MapExportSettings::Extent::Fit && placeName.isEmpty())
        return usageError(tr("--extent fit needs --place: fit which place's partnerships?"));
    if (settings.extent == MapExportSettings::Extent::View && parser.isSet(projectionOption))
        return usageError(tr("--projection cannot be combined with --extent view, which keeps "
                             "the projection of the saved view."));
    if (parser.isSet(transparentOption) && *format == ExportFormat::Pdf)
        return usageError(tr("--transparent needs a PNG or SVG file; a PDF page is always paper."));

    if (settings.extent == MapExportSettings::Extent::View) {
        QSettings stored;
        settings.view = ViewportSettings::load(stored, QSizeF(pixels));
        if (!settings.view)
            return usageError(tr("no map view has been saved yet (open the atlas window once), "
                                 "or it is unreadable in %1; use --extent world or fit.")
                                      .arg(QDir::toNativeSeparators(stored.fileName())));
    }

    const QString atlasPath = CommandLine::atlasPathFor(parser.value(databaseOption));
    AtlasDatabase atlas;
    if (!atlas.open(atlasPath, AtlasDatabase::Mode::ReadOnly)) {
        err << "twinatlas export: " << atlas.errorString() << '\n';
        return 2;
    }
    auto baseMap = std::make_shared<BaseMap>();
    if (!baseMap->open(AtlasLocation::basemap())) {
        err << "twinatlas export: " << baseMap->errorString() << '\n';
        return 2;
    }
    const AtlasReader reader(atlas.connection());

    settings.size = size;
    settings.projectionId = projectionId;
    settings.title = parser.value(titleOption);
    settings.subtitle = parser.value(subtitleOption);
    settings.theme = MapTheme::byId(themeId);
    settings.transparentBackground = parser.isSet(transparentOption);
    if (!placeName.isEmpty()) {
        QStringList suggestions;
        SqlFailure searchFailure;
        const auto place = findPlace(atlas, reader, placeName, &suggestions, &searchFailure);
        if (reader.failed() || searchFailure)
            return ReadFailure::report("export", atlasPath,
                                       reader.failed() ? reader.failure() : searchFailure);
        if (!place) {
            err << "twinatlas export: "
                << (suggestions.isEmpty()
                            ? tr("no place is called %1.").arg(quoted(placeName))
                            : tr("no place is called %1. Closest matches: %2.")
                                      .arg(quoted(placeName), suggestions.join(QStringLiteral(", "))))
                << '\n';
            return 1;
        }
        settings.selectedPlace = place->id;
        settings.selectedPosition = place->position;
        settings.partnershipSources = Attribution::partnershipSources(reader, place->id);
        settings.description = tr("Partnerships of %1, %2")
                                       .arg(place->name, CountryNames::name(place->country));
    } else {
        settings.description = tr("Twin towns and sister cities of the world");
    }

    auto network = MapNetwork::fromAtlas(reader);
    if (reader.failed())
        return ReadFailure::report("export", atlasPath, reader.failure());
    MapExporter exporter(baseMap, std::move(network));
    exporter.setSettings(settings);
    if (!exporter.exportTo(outPath, *format)) {
        err << "twinatlas export: " << exporter.errorString() << '\n';
        return 1;
    }
    out << QDir::toNativeSeparators(QFileInfo(outPath).absoluteFilePath()) << '\n';
    return 0;
}

} // namespace twinatlas
