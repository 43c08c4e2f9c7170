// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelinks.h"

#include <QDate>
#include <QDesktopServices>
#include <QLocale>
#include <QStringList>
#include <QUrl>

namespace twinatlas {

bool SourceLinks::isWebLink(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && !parsed.host().isEmpty()
            && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QString SourceLinks::html(const SourceRecord &source)
{
    const QString title = (source.title.isEmpty() ? source.url : source.title).toHtmlEscaped();
    if (isWebLink(source.url)) {
        const QString link = QStringLiteral("<a href=\"%1\">%2</a>")
                                     .arg(QString::fromUtf8(QUrl(source.url).toEncoded()).toHtmlEscaped(), title);
        const QDate retrieved = QDate::fromString(source.retrieved, Qt::ISODate);
        if (!retrieved.isValid())
            return link;
        //: A web source and the day it was read: "Wikidata: Toruń …, retrieved 2 May 2026".
        return tr("%1, retrieved %2").arg(link, QLocale().toString(retrieved, QLocale::LongFormat).toHtmlEscaped());
    }
    // The document says where and when the source appeared ("Postcrossing Blog, 2018"), or
    // names a document the user keeps: either reads as an aside to the title.
    if (!source.document.isEmpty())
        return QStringLiteral("%1 <i>(%2)</i>").arg(title, source.document.toHtmlEscaped());
    return title;
}

QString SourceLinks::html(const QVector<SourceRecord> &sources)
{
    QStringList lines;
    for (const SourceRecord &source : sources)
        lines << html(source);
    return lines.join(QStringLiteral("<br>"));
}

bool SourceLinks::open(const QString &link)
{
    if (!isWebLink(link))
        return false;
    return QDesktopServices::openUrl(QUrl(link, QUrl::StrictMode));
}

} // namespace twinatlas
