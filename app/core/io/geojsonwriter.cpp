// SPDX-License-Identifier: GPL-3.0-or-later
#include "geojsonwriter.h"

#include "antimeridiansplit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace twinatlas {

namespace {

/** Six decimals (about 0.1 m); Qt writes the shortest form that reads back the same. */
double rounded(double v)
{
    const double r = std::round(v * 1e6) / 1e6;
    return r == 0 ? 0.0 : r; // never "-0"
}

QJsonArray position(LonLat p)
{
    return QJsonArray{rounded(p.lon), rounded(p.lat)};
}

QJsonArray line(const QVector<LonLat> &points)
{
    QJsonArray coordinates;
    for (const LonLat &p : points)
        coordinates.append(position(p));
    return coordinates;
}

QJsonValue optional(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject feature(const QJsonObject &geometry, const QJsonObject &properties)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                       {QStringLiteral("geometry"), geometry},
                       {QStringLiteral("properties"), properties}};
}

QJsonObject placeFeature(const ExportPlace &p)
{
    QJsonObject properties{{QStringLiteral("name"), p.name},
                           {QStringLiteral("uid"), p.uid},
                           {QStringLiteral("country"), p.country},
                           {QStringLiteral("kind"), p.kind},
                           {QStringLiteral("population"), p.population},
                           {QStringLiteral("partnerships"), p.partners}};
    if (p.geonameId > 0)
        properties.insert(QStringLiteral("geonameid"), p.geonameId);
    const QJsonObject geometry{{QStringLiteral("type"), QStringLiteral("Point")},
                               {QStringLiteral("coordinates"), position(p.position)}};
    return feature(geometry, properties);
}

QJsonObject partnershipFeature(const ExportPartnership &e, const ExportPlace &a, const ExportPlace &b)
{
    const Partnership &t = e.partnership;
    const QVector<QVector<LonLat>> parts = AntimeridianSplit::geodesic(a.position, b.position);
    QJsonObject geometry;
    if (parts.size() == 1) {
        geometry = {{QStringLiteral("type"), QStringLiteral("LineString")},
                    {QStringLiteral("coordinates"), line(parts.first())}};
    } else {
        QJsonArray lines;
        for (const QVector<LonLat> &part : parts)
            lines.append(line(part));
        geometry = {{QStringLiteral("type"), QStringLiteral("MultiLineString")},
                    {QStringLiteral("coordinates"), lines}};
    }
    QJsonArray sources;
    for (const SourceRecord &s : e.sources)
        sources.append(QJsonObject{{QStringLiteral("title"), s.title},
                                   {QStringLiteral("url"), s.url},
                                   {QStringLiteral("document"), s.document}});
    const QJsonObject properties{{QStringLiteral("place_a"), a.name},
                                 {QStringLiteral("place_a_uid"), a.uid},
                                 {QStringLiteral("place_b"), b.name},
                                 {QStringLiteral("place_b_uid"), b.uid},
                                 {QStringLiteral("kind"), t.kind},
                                 {QStringLiteral("status"), t.status},
                                 {QStringLiteral("start"), optional(t.startDate)},
                                 {QStringLiteral("end"), optional(t.endDate)},
                                 {QStringLiteral("note"), t.note},
                                 {QStringLiteral("sources"), sources}};
    return feature(geometry, properties);
}

} // namespace

QByteArray GeoJsonWriter::toGeoJson(const ExportSelection &selection)
{
    QJsonArray features;
    for (const ExportPlace &p : selection.places())
        features.append(placeFeature(p));
    for (const ExportPartnership &e : selection.partnerships())
        features.append(partnershipFeature(e, selection.places().at(e.a), selection.places().at(e.b)));
    const QJsonObject collection{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                 {QStringLiteral("features"), features}};
    return QJsonDocument(collection).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace twinatlas
