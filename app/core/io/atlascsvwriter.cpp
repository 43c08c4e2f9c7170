// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlascsvwriter.h"

#include "fieldparser.h"

#include "edit/checklistcsvwriter.h"

namespace twinatlas {

namespace {

QString number(double v)
{
    QString s = QString::number(v, 'f', 5);
    return s == QLatin1String("-0.00000") ? QStringLiteral("0.00000") : s;
}

} // namespace

QStringList AtlasCsvWriter::columns()
{
    return {"place", "place_country", "place_lat", "place_lon", "place_geonameid",
            "partner", "partner_country", "partner_lat", "partner_lon", "partner_geonameid",
            "kind", "status", "start", "end", "note", "source"};
}

QByteArray AtlasCsvWriter::toCsv(const ExportSelection &selection)
{
    QString out;
    out.reserve(selection.partnerships().size() * 160 + 200);
    out += columns().join(u',') + QStringLiteral("\r\n");
    auto place = [&out](const ExportPlace &p) {
        out += ChecklistCsvWriter::cell(p.name) + u',' + ChecklistCsvWriter::cell(p.country) + u','
                + number(p.position.lat) + u',' + number(p.position.lon) + u','
                + (p.geonameId > 0 ? QString::number(p.geonameId) : QString()) + u',';
    };
    for (const ExportPartnership &e : selection.partnerships()) {
        const Partnership &t = e.partnership;
        place(selection.places().at(e.a));
        place(selection.places().at(e.b));
        QVector<SourceReference> sources;
        for (const SourceRecord &s : e.sources)
            sources << SourceReference{s.title, s.url, s.document};
        out += t.kind + u',' + t.status + u',' + t.startDate + u',' + t.endDate + u','
                + ChecklistCsvWriter::cell(t.note) + u',' + ChecklistCsvWriter::cell(FieldParser::sourcesCell(sources))
                + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace twinatlas
