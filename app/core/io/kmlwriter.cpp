// SPDX-License-Identifier: GPL-3.0-or-later
#include "kmlwriter.h"

#include "antimeridiansplit.h"
#include "xmltext.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace twinatlas {

namespace {

QString coordinates(const QVector<LonLat> &points)
{
    QStringList parts;
    for (const LonLat &p : points)
        parts << QString::number(p.lon, 'f', 6) + u',' + QString::number(p.lat, 'f', 6);
    return parts.join(u' ');
}

/** Every text goes through here: QXmlStreamWriter escapes markup, not what XML cannot hold. */
void textElement(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    xml.writeTextElement(name, XmlText::clean(value));
}

void data(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    xml.writeStartElement(QStringLiteral("Data"));
    xml.writeAttribute(QStringLiteral("name"), name);
    textElement(xml, QStringLiteral("value"), value);
    xml.writeEndElement();
}

} // namespace

QByteArray KmlWriter::toKml(const ExportSelection &selection, const QString &title)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("kml"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/kml/2.2"));
    xml.writeStartElement(QStringLiteral("Document"));
    textElement(xml, QStringLiteral("name"), title);
    for (const auto &[id, colour] : {std::pair{"active", "ff2f6fd6"}, std::pair{"inactive", "ff9e9e9e"}}) {
        xml.writeStartElement(QStringLiteral("Style"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(id));
        xml.writeStartElement(QStringLiteral("LineStyle"));
        textElement(xml, QStringLiteral("color"), QLatin1String(colour));
        textElement(xml, QStringLiteral("width"), QStringLiteral("2"));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    xml.writeStartElement(QStringLiteral("Folder"));
    textElement(xml, QStringLiteral("name"), QStringLiteral("Places"));
    for (const ExportPlace &p : selection.places()) {
        xml.writeStartElement(QStringLiteral("Placemark"));
        xml.writeAttribute(QStringLiteral("id"), XmlText::clean(p.uid));
        textElement(xml, QStringLiteral("name"), p.name);
        xml.writeStartElement(QStringLiteral("ExtendedData"));
        data(xml, QStringLiteral("uid"), p.uid);
        data(xml, QStringLiteral("country"), p.country);
        data(xml, QStringLiteral("kind"), p.kind);
        data(xml, QStringLiteral("partnerships"), QString::number(p.partners));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("Point"));
        textElement(xml, QStringLiteral("coordinates"), coordinates({p.position}));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("Folder"));
    textElement(xml, QStringLiteral("name"), QStringLiteral("Partnerships"));
    for (const ExportPartnership &e : selection.partnerships()) {
        const ExportPlace &a = selection.places().at(e.a);
        const ExportPlace &b = selection.places().at(e.b);
        const Partnership &t = e.partnership;
        QStringList sources;
        for (const SourceRecord &s : e.sources)
            sources << (s.url.isEmpty() ? s.title + QStringLiteral(" (") + s.document + u')'
                                        : s.title + QStringLiteral(" <") + s.url + u'>');
        xml.writeStartElement(QStringLiteral("Placemark"));
        textElement(xml, QStringLiteral("name"), a.name + QStringLiteral(" – ") + b.name);
        QString when = t.startDate;
        if (!t.endDate.isEmpty())
            when += QStringLiteral(" to ") + t.endDate;
        textElement(xml, QStringLiteral("description"),
                             QStringList{t.kind, t.status, when, t.note, sources.join(QStringLiteral("; "))}
                                     .filter(QRegularExpression(QStringLiteral("\\S")))
                                     .join(QStringLiteral("\n")));
        textElement(xml, QStringLiteral("styleUrl"),
                             t.status == QLatin1String("active") ? QStringLiteral("#active") : QStringLiteral("#inactive"));
        if (!t.startDate.isEmpty() || !t.endDate.isEmpty()) {
            xml.writeStartElement(QStringLiteral("TimeSpan"));
            if (!t.startDate.isEmpty())
                textElement(xml, QStringLiteral("begin"), t.startDate);
            if (!t.endDate.isEmpty())
                textElement(xml, QStringLiteral("end"), t.endDate);
            xml.writeEndElement();
        }
        xml.writeStartElement(QStringLiteral("ExtendedData"));
        data(xml, QStringLiteral("kind"), t.kind);
        data(xml, QStringLiteral("status"), t.status);
        data(xml, QStringLiteral("start"), t.startDate);
        data(xml, QStringLiteral("end"), t.endDate);
        data(xml, QStringLiteral("sources"), sources.join(QStringLiteral("; ")));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("MultiGeometry"));
        for (const QVector<LonLat> &part : AntimeridianSplit::geodesic(a.position, b.position)) {
            xml.writeStartElement(QStringLiteral("LineString"));
            textElement(xml, QStringLiteral("tessellate"), QStringLiteral("1"));
            textElement(xml, QStringLiteral("coordinates"), coordinates(part));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace twinatlas
