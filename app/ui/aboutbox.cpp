// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutbox.h"

#include <QMessageBox>

namespace twinatlas {

QString AboutBox::text(const QString &dataVersion)
{
    QString text = tr("<h3>Twinatlas %1</h3>"
                      "<p>A desktop atlas of sister cities and twin towns.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped());
    if (!dataVersion.isEmpty())
        text += tr("<p>Atlas data version %1.</p>").arg(dataVersion.toHtmlEscaped());
    text += tr("<p>Places and their names: <a href=\"https://www.geonames.org/\">GeoNames</a>, "
               "licensed under <a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>.<br>"
               "Land and borders: <a href=\"https://www.naturalearthdata.com/\">Natural Earth</a>, "
               "in the public domain.<br>"
               "Partnerships: collected by hand from the sources the detail pane lists for each.</p>"
               "<p>Twinatlas is free software under the GNU General Public License, "
               "version 3 or later.</p>");
    return text;
}

void AboutBox::show(QWidget *parent, const QString &dataVersion)
{
    QMessageBox::about(parent, tr("About Twinatlas"), text(dataVersion));
}

} // namespace twinatlas
