// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportsize.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace twinatlas {

/**
 * A size the export dialog offers by name: the newsletter column, the social card, A4 and A3
 * each way at 150 and 300 dpi, and "custom", which has no size of its own (the dialog's width,
 * height and resolution fields give it).
 */
struct ExportPreset
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::ExportPreset)

public:
    QString id; ///< stable, for settings: "newsletter", "a4-landscape-300", "custom"
    QString label;
    std::optional<ExportSize> size; ///< nothing for "custom"

    bool isCustom() const { return !size.has_value(); }

    /** Every preset, in the order the dialog lists them; "custom" last. */
    static QVector<ExportPreset> all();
    static QString customId() { return QStringLiteral("custom"); }
    static QString defaultId() { return QStringLiteral("newsletter"); }
};

} // namespace twinatlas
