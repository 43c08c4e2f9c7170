// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutbox.h"

#include "db/atlasdatabase.h"
#include "db/atlaslocation.h"
#include "db/atlasreader.h"

#include <QMessageBox>

namespace twinatlas {

QString AboutBox::text(const QString &dataVersion)
{
    return text(dataVersion, AtlasLocation::bundledAtlas());
}

QString AboutBox::text(const QString &dataVersion, const QString &bundledAtlasPath)
{
    QString text = tr("<h3>Twinatlas %1</h3>"
                      "<p>A desktop atlas of sister cities and twin towns.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped());

    AtlasDatabase bundled;
    const bool opened = bundled.open(bundledAtlasPath, AtlasDatabase::Mode::ReadOnly);
    const AtlasReader reader(bundled.connection());
    const AtlasStats s = opened ? reader.stats() : AtlasStats();
    if (opened && reader.failed()) {
        text += tr("<p>The bundled data cannot be read: %1")
                        .arg(reader.failure().message(bundledAtlasPath).toHtmlEscaped());
    } else if (opened) {
        text += tr("<p>Bundled data version %1: %2, %3, %4 and %5.")
                        .arg(bundled.meta(QStringLiteral("data_version")).toHtmlEscaped(),
                             tr("%Ln places", nullptr, int(s.places)),
                             tr("%Ln partnerships", nullptr, int(s.partnerships)),
                             tr("%Ln events", nullptr, int(s.events)),
                             tr("%Ln sources", nullptr, int(s.sources)));
    } else {
        text += tr("<p>The bundled data cannot be read: %1").arg(bundled.errorString().toHtmlEscaped());
    }
    if (!dataVersion.isEmpty())
        text += QStringLiteral("<br>") + tr("Your atlas: data version %1.").arg(dataVersion.toHtmlEscaped());
    text += QStringLiteral("</p>");

    text += tr("<p>Twinatlas is free software under the "
               "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License, "
               "version 3 or later</a>.</p>"
               "<p>Places and their names: <a href=\"https://www.geonames.org/\">GeoNames</a>, "
               "licensed under <a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>.<br>"
               "Land and borders: <a href=\"https://www.naturalearthdata.com/\">Natural Earth</a>, "
               "in the public domain.<br>"
               "Partnerships: collected by hand from the sources the detail pane lists for each.</p>");
    text += tr("<p>Built with <a href=\"https://www.qt.io/\">Qt</a> %1, used under the "
               "<a href=\"https://www.gnu.org/licenses/lgpl-3.0.html\">GNU Lesser General Public "
               "License, version 3</a> (Help ▸ About Qt); "
               "<a href=\"https://geographiclib.sourceforge.io/\">GeographicLib</a> (MIT licence) "
               "for distances; country names from "
               "<a href=\"https://salsa.debian.org/iso-codes-team/iso-codes\">iso-codes</a> "
               "(LGPL 2.1 or later).</p>")
                    .arg(QString::fromLatin1(qVersion()));
    return text;
}

void AboutBox::show(QWidget *parent, const QString &dataVersion)
{
    QMessageBox::about(parent, tr("About Twinatlas"), text(dataVersion));
}

} // namespace twinatlas
