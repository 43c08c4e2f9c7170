// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportchoices.h"

#include "export/mapextent.h"
#include "exportcontext.h"
#include "exportpreset.h"
#include "geo/projection.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace twinatlas {

namespace {

const QString pathKey = QStringLiteral("export/path");
const QString presetKey = QStringLiteral("export/preset");
const QString customWidthKey = QStringLiteral("export/customWidth");
const QString customHeightKey = QStringLiteral("export/customHeight");
const QString customDpiKey = QStringLiteral("export/customDpi");
const QString extentKey = QStringLiteral("export/extent");
const QString titleKey = QStringLiteral("export/title");
const QString subtitleKey = QStringLiteral("export/subtitle");
const QString themeKey = QStringLiteral("export/theme");
const QString transparentKey = QStringLiteral("export/transparent");
const QString subjectKey = QStringLiteral("export/subject");
/** The file a map of the whole atlas is suggested in. */
const QString worldFileName = QStringLiteral("twinatlas-map");

QString extentName(MapExportSettings::Extent extent)
{
    switch (extent) {
    case MapExportSettings::Extent::World:
        return QStringLiteral("world");
    case MapExportSettings::Extent::Fit:
        return QStringLiteral("fit");
    case MapExportSettings::Extent::View:
        break;
    }
    return QStringLiteral("view");
}

MapExportSettings::Extent extentFromName(const QString &name)
{
    if (name == QLatin1String("world"))
        return MapExportSettings::Extent::World;
    if (name == QLatin1String("fit"))
        return MapExportSettings::Extent::Fit;
    return MapExportSettings::Extent::View;
}

QString defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    return QDir(folder).filePath(worldFileName + QStringLiteral(".png"));
}

/** A file name from a place's name: what no file system accepts in a name becomes "-". */
QString fileNameFor(const QString &name)
{
    QString result = name.trimmed();
    for (QChar &c : result) {
        if (c.isNull() || c.category() == QChar::Other_Control
            || QStringLiteral("/\\:*?\"<>|").contains(c))
            c = QLatin1Char('-');
    }
    while (result.startsWith(QLatin1Char('.')))
        result.remove(0, 1);
    return result.isEmpty() ? worldFileName : result;
}

} // namespace

ExportSize ExportChoices::size() const
{
    for (const ExportPreset &preset : ExportPreset::all()) {
        if (preset.id == presetId && preset.size)
            return *preset.size;
    }
    if (presetId == ExportPreset::customId())
        return ExportSize::pixels(customPixels, customDpi);
    return ExportSize::newsletterColumn();
}

QString ExportChoices::defaultTitle(const ExportContext &context)
{
    if (context.selectedName.isEmpty())
        return {};
    return tr("%1 and its partner towns", "title of an exported map").arg(context.selectedName);
}

ExportChoices ExportChoices::forContext(const ExportContext &context) const
{
    if (context.selectedPlace == subject)
        return *this;
    ExportChoices c = *this;
    c.subject = context.selectedPlace;
    const bool hasPlace = context.selectedPlace != 0 || context.selectedPosition;
    c.extent = hasPlace ? MapExportSettings::Extent::Fit : MapExportSettings::Extent::World;
    c.title = defaultTitle(context);
    c.subtitle.clear();
    // Another subject gets a file of its own: last week's map is not overwritten by this one's.
    const QFileInfo last(path.isEmpty() ? defaultPath() : path);
    const QString base = context.selectedName.isEmpty() ? worldFileName : fileNameFor(context.selectedName);
    c.path = last.dir().filePath(base + QLatin1Char('.') + ExportFormats::suffix(format));
    return c;
}

MapExportSettings ExportChoices::settings(const ExportContext &context) const
{
    MapExportSettings s;
    s.size = size();
    s.extent = extent;
    s.view = context.view;
    if (context.view)
        s.projectionId = context.view->projection().id();
    const bool hasPlace = context.selectedPlace != 0 || context.selectedPosition;
    if (s.extent == MapExportSettings::Extent::Fit && !hasPlace)
        s.extent = MapExportSettings::Extent::View;
    if (s.extent == MapExportSettings::Extent::View && !s.view)
        s.extent = MapExportSettings::Extent::World;
    // The exporter makes the world's projection afresh, at its default center; a globe or a
    // map centred on a place keeps the window's center when the world is given as a view.
    if (s.extent == MapExportSettings::Extent::World && context.view
        && context.view->projection().hasCenter()) {
        s.extent = MapExportSettings::Extent::View;
        s.view = MapExtent::world(context.view->sharedProjection(), context.view->size());
    }
    s.selectedPlace = context.selectedPlace;
    s.selectedPosition = context.selectedPosition;
    s.title = title;
    s.subtitle = subtitle;
    s.description = context.description;
    s.partnershipSources = context.partnershipSources;
    s.theme = printTheme ? MapTheme::print() : context.screenTheme;
    s.transparentBackground = transparent && canBeTransparent();
    return s;
}

ExportChoices ExportChoices::load()
{
    const QSettings settings;
    ExportChoices c;
    c.path = settings.value(pathKey).toString();
    if (c.path.isEmpty())
        c.path = defaultPath();
    c.format = ExportFormats::fromFileName(c.path).value_or(ExportFormat::Png);
    c.presetId = settings.value(presetKey, ExportPreset::defaultId()).toString();
    const auto presets = ExportPreset::all();
    if (std::none_of(presets.begin(), presets.end(),
                     [&c](const ExportPreset &p) { return p.id == c.presetId; }))
        c.presetId = ExportPreset::defaultId();
    c.customPixels = QSize(std::clamp(settings.value(customWidthKey, c.customPixels.width()).toInt(),
                                      ExportSize::minPixels, ExportSize::maxPixels),
                           std::clamp(settings.value(customHeightKey, c.customPixels.height()).toInt(),
                                      ExportSize::minPixels, ExportSize::maxPixels));
    c.customDpi = std::clamp(settings.value(customDpiKey, c.customDpi).toInt(), ExportSize::minDpi,
                             ExportSize::maxDpi);
    c.extent = extentFromName(settings.value(extentKey).toString());
    c.title = settings.value(titleKey).toString();
    c.subtitle = settings.value(subtitleKey).toString();
    c.printTheme = settings.value(themeKey).toString() == QLatin1String("print");
    c.transparent = settings.value(transparentKey, false).toBool();
    c.subject = settings.value(subjectKey, -1).toLongLong();
    return c;
}

void ExportChoices::save() const
{
    QSettings settings;
    settings.setValue(pathKey, path);
    settings.setValue(presetKey, presetId);
    settings.setValue(customWidthKey, customPixels.width());
    settings.setValue(customHeightKey, customPixels.height());
    settings.setValue(customDpiKey, customDpi);
    settings.setValue(extentKey, extentName(extent));
    settings.setValue(titleKey, title);
    settings.setValue(subtitleKey, subtitle);
    settings.setValue(themeKey, printTheme ? QStringLiteral("print") : QStringLiteral("screen"));
    settings.setValue(transparentKey, transparent);
    settings.setValue(subjectKey, subject);
}

} // namespace twinatlas
