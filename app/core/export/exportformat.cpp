// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformat.h"

#include <QFileInfo>

namespace twinatlas {

std::optional<ExportFormat> ExportFormats::fromFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

QString ExportFormats::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QStringList ExportFormats::suffixes()
{
    return { suffix(ExportFormat::Png), suffix(ExportFormat::Svg), suffix(ExportFormat::Pdf) };
}

} // namespace twinatlas
