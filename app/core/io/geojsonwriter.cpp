// SPDX-License-Identifier: GPL-3.0-or-later
#include "geojsonwriter.h"

#include "antimeridiansplit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace twinatlas {

namespace {

QString str(const QString &s)
{
    // QJsonDocument escapes exactly as JSON wants; wrap the string in an array to use it.
    const QByteArray json = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString num(double v)
{
    QString s = QString::number(v, 'f', 6);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

QString position(LonLat p)
{
    return u'[' + num(p.lon) + u',' + num(p.lat) + u']';
}

QString line(const QVector<LonLat> &points)
{
    QStringList parts;
    for (const LonLat &p : points)
        parts << position(p);
    return u'[' + parts.join(u',') + u']';
}

} // namespace

QByteArray GeoJsonWriter::toGeoJson(const ExportSelection &selection)
{
    QStringList features;
    for (const ExportPlace &p : selection.places()) {
        QString props = QStringLiteral("\"name\":%1,\"uid\":%2,\"country\":%3,\"kind\":%4,\"population\":%5,"
                                       "\"partnerships\":%6")
                                .arg(str(p.name), str(p.uid), str(p.country), str(p.kind))
                                .arg(p.population)
                                .arg(p.partners);
        if (p.geonameId > 0)
            props += QStringLiteral(",\"geonameid\":%1").arg(p.geonameId);
        features << QStringLiteral("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":%1},"
                                   "\"properties\":{%2}}")
                            .arg(position(p.position), props);
    }
    for (const ExportPartnership &e : selection.partnerships()) {
        const ExportPlace &a = selection.places().at(e.a);
        const ExportPlace &b = selection.places().at(e.b);
        const Partnership &t = e.partnership;
        const QVector<QVector<LonLat>> parts = AntimeridianSplit::geodesic(a.position, b.position);
        QString geometry;
        if (parts.size() == 1) {
            geometry = QStringLiteral("{\"type\":\"LineString\",\"coordinates\":%1}").arg(line(parts.first()));
        } else {
            QStringList lines;
            for (const QVector<LonLat> &part : parts)
                lines << line(part);
            geometry = QStringLiteral("{\"type\":\"MultiLineString\",\"coordinates\":[%1]}").arg(lines.join(u','));
        }
        QStringList sources;
        for (const SourceRecord &s : e.sources)
            sources << QStringLiteral("{\"title\":%1,\"url\":%2,\"document\":%3}")
                               .arg(str(s.title), str(s.url), str(s.document));
        auto optional = [](const QString &v) { return v.isEmpty() ? QStringLiteral("null") : str(v); };
        const QString props =
                QStringLiteral("\"place_a\":%1,\"place_a_uid\":%2,\"place_b\":%3,\"place_b_uid\":%4,\"kind\":%5,"
                               "\"status\":%6,\"start\":%7,\"end\":%8,\"note\":%9,\"sources\":[%10]")
                        .arg(str(a.name), str(a.uid), str(b.name), str(b.uid), str(t.kind), str(t.status),
                             optional(t.startDate), optional(t.endDate), str(t.note))
                        .arg(sources.join(u','));
        features << QStringLiteral("{\"type\":\"Feature\",\"geometry\":%1,\"properties\":{%2}}").arg(geometry, props);
    }
    return (QStringLiteral("{\"type\":\"FeatureCollection\",\"features\":[\n")
            + features.join(QStringLiteral(",\n")) + QStringLiteral("\n]}\n"))
            .toUtf8();
}

} // namespace twinatlas
