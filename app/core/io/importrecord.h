// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace twinatlas {

/** A place as one row of a list gives it: whatever of name, country, position and id it has. */
struct PlaceReference
{
    QString text;          ///< as written (for the review table and the report)
    QString name;          ///< without qualifiers and markup
    QString written;       ///< without markup, qualifiers included ("Frankfurt (Oder)")
    QStringList alternatives;
    QStringList qualifiers; ///< regions, districts, countries written with the name
    QString country;       ///< the country as the file gives it (a name, a code), or empty
    std::optional<LonLat> position;
    qint64 geonameId = 0;

    bool isEmpty() const { return name.isEmpty() && !position && geonameId == 0; }
    /** Equal keys resolve alike, so each distinct reference is resolved once. */
    QString key() const
    {
        return name + u'\x1f' + qualifiers.join(u'\x1e') + u'\x1f' + alternatives.join(u'\x1e')
                + u'\x1f' + country + u'\x1f'
                + (position ? QString::number(position->lon, 'f', 6) + u' ' + QString::number(position->lat, 'f', 6)
                            : QString())
                + u'\x1f' + QString::number(geonameId) + u'\x1f' + written;
    }
};

/** A source a row cites: a title and a URL or a document name. */
struct SourceReference
{
    QString title;
    QString url;
    QString document;
    QString retrieved; ///< the day a web source was read (YYYY-MM-DD), or empty
    friend bool operator==(const SourceReference &a, const SourceReference &b)
    {
        return a.title == b.title && a.url == b.url && a.document == b.document;
    }
};

/** One partnership as a list states it, before its places are resolved. */
struct ImportRecord
{
    qint64 line = 0; ///< the line of the file it comes from
    int item = 0;    ///< its place among the partners a row lists (0 for a row per pair)
    QString text;    ///< the row or list item as written, for the report
    PlaceReference place;
    PlaceReference partner;
    QString kind;   ///< a partnership kind of the schema, or empty for the default
    QString status; ///< a status of the schema, or empty for active
    QString start;  ///< ISO 8601 at its precision, or empty
    QString end;
    QString note;
    QVector<SourceReference> sources;
    QStringList warnings; ///< what was read loosely (a date not understood, ...)
};

} // namespace twinatlas
