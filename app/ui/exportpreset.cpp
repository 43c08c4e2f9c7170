// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpreset.h"

namespace twinatlas {

QVector<ExportPreset> ExportPreset::all()
{
    QVector<ExportPreset> presets;
    presets.append({ defaultId(), tr("Newsletter column, 1200 × 800 px"), ExportSize::newsletterColumn() });
    presets.append({ QStringLiteral("social"), tr("Social card, 1200 × 630 px"), ExportSize::socialCard() });
    const struct
    {
        QPageSize::PageSizeId paper;
        const char *name;
    } papers[] = { { QPageSize::A4, "a4" }, { QPageSize::A3, "a3" } };
    for (const auto &paper : papers) {
        for (const auto orientation : { QPageLayout::Landscape, QPageLayout::Portrait }) {
            for (const int dpi : { 150, 300 }) {
                const ExportSize size = ExportSize::paper(paper.paper, orientation, dpi);
                const QString id = QStringLiteral("%1-%2-%3")
                                           .arg(QLatin1String(paper.name),
                                                orientation == QPageLayout::Landscape
                                                        ? QLatin1String("landscape")
                                                        : QLatin1String("portrait"))
                                           .arg(dpi);
                presets.append({ id, size.description(), size });
            }
        }
    }
    presets.append({ customId(), tr("Custom size"), std::nullopt });
    return presets;
}

} // namespace twinatlas
