// SPDX-License-Identifier: GPL-3.0-or-later
#include "listreader.h"

#include "countryresolver.h"
#include "fieldparser.h"
#include "pastedlist.h"
#include "placetext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::ListReader", text);
}

using Field = ColumnMapping::Field;

bool isEntity(const QString &cell)
{
    return cell.startsWith(QLatin1String("http://www.wikidata.org/entity/"))
            || cell.startsWith(QLatin1String("https://www.wikidata.org/entity/"));
}

/** Line and column of a character offset, for JSON faults. */
InputFault faultAtOffset(const QString &file, const QString &text, qsizetype offset, const QString &message)
{
    qint64 line = 1, column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return InputFault{file, line, column, message};
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isObject())
        return v.toObject().value(QStringLiteral("value")).toString();
    return {};
}

} // namespace

bool ListReader::fail(const InputFault &fault)
{
    m_fault = fault;
    m_records.clear();
    return false;
}

ImportFormat ListReader::detectFormat(const QString &fileName, const QString &text)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QString start = text.left(4096);
    if (suffix == QLatin1String("json") || start.trimmed().startsWith(u'[') || start.trimmed().startsWith(u'{'))
        return ImportFormat::WikidataJson;
    if (start.contains(QLatin1String("wikidata.org/entity/")))
        return ImportFormat::WikidataCsv;
    const DelimitedDialect d = DelimitedTable::detect(text, fileName);
    DelimitedTable sample;
    sample.parse(start, DelimitedDialect{d.delimiter, false}, fileName, 20);
    int wide = 0;
    for (int r = 0; r < sample.rowCount(); ++r)
        if (sample.row(r).size() > 1)
            ++wide;
    if (suffix == QLatin1String("txt") && wide * 2 < sample.rowCount())
        return ImportFormat::Paste;
    if (sample.rowCount() > 0 && wide == 0)
        return ImportFormat::Paste;
    return ImportFormat::Csv;
}

bool ListReader::read(const QByteArray &bytes, const QString &fileName, const Options &options)
{
    m_fileName = fileName;
    m_fault = InputFault();
    m_records.clear();
    m_warnings.clear();
    m_inputRows = 0;
    m_entityColumns.clear();
    const TextDecoder::Result decoded = TextDecoder::decode(bytes, options.encoding, fileName);
    m_encoding = decoded.encoding;
    if (!decoded.ok())
        return fail(decoded.fault);
    // A home place makes sense only for a pasted list: with one, that is what the file is.
    m_format = options.format != ImportFormat::Auto ? options.format
            : !options.home.trimmed().isEmpty()    ? ImportFormat::Paste
                                                   : detectFormat(fileName, decoded.text);
    switch (m_format) {
    case ImportFormat::Paste: return readPaste(decoded.text, options);
    case ImportFormat::WikidataJson:
        if (!readWikidataJson(decoded.text, fileName))
            return false;
        break;
    case ImportFormat::Csv:
    case ImportFormat::WikidataCsv:
    case ImportFormat::Auto:
        if (!readTable(decoded.text, options))
            return false;
        break;
    }
    m_mapping = ColumnMapping::guess(m_table, [this](const QString &s) { return m_countries.isCountry(s); });
    // Wikidata's entity columns (?city, ?twin) are the partners' identities, not names.
    for (int c = 0; c < m_table.columnCount(); ++c) {
        int entities = 0, filled = 0;
        for (int r = 0; r < m_table.rowCount() && r < 50; ++r) {
            const QString cell = m_table.row(r).value(c);
            if (cell.isEmpty())
                continue;
            ++filled;
            if (isEntity(cell))
                ++entities;
        }
        if (filled > 0 && entities == filled) {
            m_mapping.setField(c, Field::Ignore);
            m_entityColumns << c;
        }
    }
    if (!m_entityColumns.isEmpty()) {
        // Names come from the label columns then: guess again without the entity columns.
        QStringList header = m_table.header();
        for (int c : std::as_const(m_entityColumns))
            header[c] = QString();
        DelimitedTable labels;
        QVector<QStringList> rows;
        QVector<DelimitedTable::Position> starts;
        for (int r = 0; r < m_table.rowCount(); ++r) {
            QStringList row = m_table.row(r);
            for (int c : std::as_const(m_entityColumns))
                if (c < row.size())
                    row[c].clear();
            rows << row;
            starts << m_table.position(r, 0);
        }
        labels.setContent(fileName, header, rows, starts);
        m_mapping = ColumnMapping::guess(labels, [this](const QString &s) { return m_countries.isCountry(s); });
    }
    if (!options.columns.isEmpty()) {
        QString error;
        if (!m_mapping.apply(options.columns, m_table.header(), &error))
            return fail(InputFault{fileName, 0, 0, error});
    }
    const QString problem = m_mapping.problem();
    if (!problem.isEmpty())
        return fail(InputFault{fileName, 0, 0,
                               problem + u' '
                                       + tr("Columns guessed: %1.").arg(m_mapping.toString(m_table.header()))});
    return recordsFromTable();
}

bool ListReader::readTable(const QString &text, const Options &options)
{
    m_dialect = options.dialect ? *options.dialect : DelimitedTable::detect(text, m_fileName);
    if (!m_table.parse(text, m_dialect, m_fileName))
        return fail(m_table.fault());
    return true;
}

bool ListReader::readWikidataJson(const QString &text, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset is in UTF-8 bytes; count characters up to it.
        const QByteArray utf8 = text.toUtf8();
        const qsizetype chars = QString::fromUtf8(utf8.left(error.offset)).size();
        return fail(faultAtOffset(fileName, text, chars,
                                  tr("not valid JSON: %1 (the file may be truncated)").arg(error.errorString())));
    }
    // The simple download is an array of objects; the full one is SPARQL's result format.
    QJsonArray records;
    QStringList header;
    int recordDepth = 2;
    if (doc.isArray()) {
        records = doc.array();
    } else {
        const QJsonObject root = doc.object();
        for (const QJsonValue &v : root.value(QStringLiteral("head")).toObject().value(QStringLiteral("vars")).toArray())
            header << v.toString();
        records = root.value(QStringLiteral("results")).toObject().value(QStringLiteral("bindings")).toArray();
        recordDepth = 4;
        if (!root.contains(QStringLiteral("results")))
            return fail(InputFault{fileName, 1, 1, tr("not a Wikidata query result: no “results”")});
    }
    // Where each record starts, for faults: the objects at the records' depth.
    QVector<DelimitedTable::Position> starts;
    {
        qint64 line = 1, column = 1;
        int depth = 0;
        bool inString = false, escaped = false;
        for (const QChar c : text) {
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == u'\\')
                    escaped = true;
                else if (c == u'"')
                    inString = false;
            } else if (c == u'"') {
                inString = true;
            } else if (c == u'{' || c == u'[') {
                ++depth;
                if (c == u'{' && depth == recordDepth)
                    starts << DelimitedTable::Position{line, column};
            } else if (c == u'}' || c == u']') {
                --depth;
            }
            if (c == u'\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
    }
    QVector<QStringList> rows;
    for (int i = 0; i < records.size(); ++i) {
        const QJsonObject o = records.at(i).toObject();
        if (!records.at(i).isObject())
            return fail(InputFault{fileName, starts.value(i).line, starts.value(i).column,
                                   tr("record %1 is not an object").arg(i + 1)});
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!header.contains(it.key())) {
                if (header.size() >= DelimitedTable::maxColumns)
                    return fail(InputFault{fileName, starts.value(i).line, starts.value(i).column,
                                           tr("more than %1 fields in the records").arg(DelimitedTable::maxColumns)});
                header << it.key();
            }
        QStringList row;
        for (const QString &h : std::as_const(header))
            row << jsonText(o.value(h));
        rows << row;
    }
    m_table.setContent(fileName, header, rows, starts);
    m_dialect = DelimitedDialect{u',', true};
    return true;
}

bool ListReader::readPaste(const QString &text, const Options &options)
{
    if (options.home.trimmed().isEmpty())
        return fail(InputFault{m_fileName, 0, 0,
                               tr("a pasted list is of one place: say which (--home NAME)")});
    PlaceReference home;
    const PlaceText::Parts parts = PlaceText::split(options.home);
    home.text = options.home;
    home.name = parts.name;
    home.written = parts.written;
    home.alternatives = parts.alternatives;
    home.qualifiers = parts.qualifiers;
    PastedList list(m_countries);
    m_records = list.parse(text, home);
    m_warnings << list.skipped();
    QSet<qint64> lines;
    for (const ImportRecord &r : std::as_const(m_records))
        lines.insert(r.line);
    m_inputRows = int(lines.size());
    m_table = DelimitedTable();
    return true;
}

bool ListReader::placeFromRow(int row, bool partner, PlaceReference *place)
{
    const QStringList &cells = m_table.row(row);
    auto cell = [&](Field f) -> QString {
        const int c = m_mapping.column(f);
        return c >= 0 && c < cells.size() ? FieldParser::unguarded(cells.at(c)).trimmed() : QString();
    };
    const Field nameField = partner ? Field::Partner : Field::Place;
    const QString text = cell(nameField);
    const PlaceText::Parts parts = PlaceText::split(text);
    place->text = text;
    place->name = parts.name;
    place->written = parts.written;
    place->alternatives = parts.alternatives;
    place->qualifiers = parts.qualifiers;
    const QString region = cell(partner ? Field::PartnerRegion : Field::PlaceRegion);
    if (!region.isEmpty())
        place->qualifiers.prepend(PlaceText::stripMarkup(region));
    place->country = PlaceText::stripMarkup(cell(partner ? Field::PartnerCountry : Field::PlaceCountry));
    const QString id = cell(partner ? Field::PartnerGeonameId : Field::PlaceGeonameId);
    if (!id.isEmpty()) {
        place->geonameId = FieldParser::geonameId(id);
        if (place->geonameId == 0)
            m_warnings << tr("%1: “%2” is not a GeoNames id").arg(m_table.line(row)).arg(id);
    }
    // Coordinates: a latitude and a longitude column, or one column with both.
    const Field latField = partner ? Field::PartnerLat : Field::PlaceLat;
    const Field lonField = partner ? Field::PartnerLon : Field::PlaceLon;
    const Field bothField = partner ? Field::PartnerCoordinates : Field::PlaceCoordinates;
    const QString latText = cell(latField), lonText = cell(lonField), both = cell(bothField);
    std::optional<LonLat> position;
    int faultColumn = -1;
    if (!latText.isEmpty() || !lonText.isEmpty()) {
        const auto lat = FieldParser::coordinate(latText), lon = FieldParser::coordinate(lonText);
        if (!lat || !lon) {
            faultColumn = m_mapping.column(!lat ? latField : lonField);
            return fail(m_table.faultAt(row, faultColumn,
                                        tr("“%1” is not a coordinate").arg(!lat ? latText : lonText)));
        }
        position = LonLat{*lon, *lat};
        faultColumn = m_mapping.column(std::abs(*lat) > 90 ? latField : lonField);
    } else if (!both.isEmpty()) {
        position = FieldParser::coordinates(both);
        faultColumn = m_mapping.column(bothField);
        if (!position)
            return fail(m_table.faultAt(row, faultColumn, tr("“%1” are not coordinates").arg(both)));
    }
    if (position) {
        if (!std::isfinite(position->lat) || !std::isfinite(position->lon) || std::abs(position->lat) > 90
            || std::abs(position->lon) > 180)
            return fail(m_table.faultAt(row, faultColumn,
                                        tr("coordinates out of range: latitude %1, longitude %2 (latitude "
                                           "runs from -90 to 90, longitude from -180 to 180)")
                                                .arg(position->lat)
                                                .arg(position->lon)));
        place->position = position;
    }
    return true;
}

bool ListReader::recordsFromTable()
{
    m_records.clear();
    m_inputRows = m_table.rowCount();
    PastedList list(m_countries);
    for (int row = 0; row < m_table.rowCount(); ++row) {
        const QStringList &cells = m_table.row(row);
        auto cell = [&](Field f) -> QString {
            const int c = m_mapping.column(f);
            return c >= 0 && c < cells.size() ? FieldParser::unguarded(cells.at(c)).trimmed() : QString();
        };
        ImportRecord base;
        base.line = m_table.line(row);
        base.text = cells.join(QStringLiteral(" | ")).left(300);
        if (!placeFromRow(row, false, &base.place))
            return false;
        for (const auto &[field, target] : {std::pair{Field::Start, &base.start}, std::pair{Field::End, &base.end}}) {
            const QString text = cell(field);
            bool ok = true;
            *target = FieldParser::date(text, &ok);
            if (!ok)
                base.warnings << tr("the date “%1” is not understood").arg(text);
        }
        const QString kindText = cell(Field::Kind), statusText = cell(Field::Status);
        base.kind = FieldParser::kind(kindText);
        if (!kindText.isEmpty() && base.kind.isEmpty())
            base.warnings << tr("the kind “%1” is not understood").arg(kindText);
        base.status = FieldParser::status(statusText);
        if (!statusText.isEmpty() && base.status.isEmpty())
            base.warnings << tr("the status “%1” is not understood").arg(statusText);
        base.note = cell(Field::Note);
        base.sources = FieldParser::sources(cell(Field::Source), cell(Field::SourceUrl));
        // Wikidata: the place's entity page is where the row comes from.
        if (!m_entityColumns.isEmpty() && m_entityColumns.first() < cells.size()) {
            const QString entity = cells.at(m_entityColumns.first());
            const QString q = entity.section(u'/', -1);
            const SourceReference s{tr("Wikidata: %1 (%2), twinned administrative body").arg(base.place.name, q),
                                    QStringLiteral("https://www.wikidata.org/wiki/") + q, QString()};
            if (!q.isEmpty() && !base.sources.contains(s))
                base.sources << s;
        }
        if (m_mapping.listsPartners()) {
            // One row per place: each item of the partners cell is a partnership.
            QString kind = base.kind, status = base.status;
            const QStringList lines = cell(Field::Partners).split(QRegularExpression(QStringLiteral("[\\n;]")),
                                                                  Qt::SkipEmptyParts);
            int n = 0;
            for (const QString &line : lines) {
                QString lineKind = kind, lineStatus = status;
                for (const PastedList::Item &item : list.parseLine(line, &lineKind, &lineStatus)) {
                    ImportRecord r = base;
                    r.item = n++;
                    r.partner = item.place;
                    if (!item.kind.isEmpty())
                        r.kind = item.kind;
                    if (!item.status.isEmpty())
                        r.status = item.status;
                    if (!item.start.isEmpty())
                        r.start = item.start;
                    if (!item.end.isEmpty())
                        r.end = item.end;
                    r.text = item.text;
                    m_records << r;
                }
            }
            continue;
        }
        ImportRecord r = base;
        if (!placeFromRow(row, true, &r.partner))
            return false;
        m_records << r;
    }
    return true;
}

} // namespace twinatlas
