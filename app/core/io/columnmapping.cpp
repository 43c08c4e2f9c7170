// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmapping.h"

#include "delimitedtable.h"

#include "search/textfold.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::ColumnMapping", text);
}

using Field = ColumnMapping::Field;

enum class Base { None, Name, Country, Region, Lat, Lon, Coords, GeoNames, Start, End, Kind,
                  Status, Note, Source, SourceUrl };
enum class Side { Unknown, Place, Partner };

struct HeaderGuess
{
    Base base = Base::None;
    Side side = Side::Unknown;
};

// Header words, folded (TextFold), in English, German, French, Spanish, Italian, Portuguese,
// Dutch, Polish and Turkish: what spreadsheets of twin towns are found with.
const QSet<QString> &words(Base base)
{
    static const QHash<Base, QSet<QString>> table{
            {Base::Name, {"city", "cities", "town", "towns", "place", "places", "municipality",
                          "name", "label", "stadt", "stadte", "staedte", "ort", "gemeinde",
                          "kommune", "ville", "villes", "commune", "communes", "ciudad",
                          "ciudades", "municipio", "localidad", "citta", "comune", "comuni",
                          "sehir", "kent", "cidade", "cidades", "miasto", "stad", "gorod",
                          "settlement", "home", "gemeente", "plaats", "twin", "twins", "partner",
                          "partners", "sister", "sisters", "partnerstadt", "partnerstaedte",
                          "partnerstadte", "jumelage", "jumelee", "jumelees", "jumelle",
                          "jumelles", "hermanada", "hermanadas", "gemellata", "gemellate"}},
            {Base::Country, {"country", "countries", "land", "lander", "staat", "pays", "pais",
                             "paese", "nazione", "ulke", "kraj", "nation", "iso", "cc"}},
            {Base::Region, {"region", "state", "province", "provinz", "bundesland", "departement",
                            "oblast", "admin1", "subdivision", "county", "canton", "kanton",
                            "estado", "prefecture", "provincia", "regione", "wojewodztwo", "il"}},
            {Base::Lat, {"lat", "latitude", "breite", "breitengrad", "latitud", "latitudine"}},
            {Base::Lon, {"lon", "lng", "long", "longitude", "lange", "laenge", "langengrad",
                         "longitud", "longitudine"}},
            {Base::Coords, {"coord", "coords", "coordinate", "coordinates", "koordinaten",
                            "koordinate", "coordonnees", "coordenadas", "point", "geo", "location",
                            "position", "wkt"}},
            {Base::Start, {"start", "since", "seit", "depuis", "desde", "year", "years", "jahr",
                           "annee", "ano", "anno", "date", "datum", "from", "begin", "began",
                           "established", "signed", "founded", "started", "started"}},
            {Base::End, {"end", "ended", "until", "bis", "jusqu", "hasta", "to", "till", "ending",
                         "terminated", "ende", "fin"}},
            {Base::Kind, {"kind", "type", "typ", "art", "nature", "tipo", "relation",
                          "relationship"}},
            {Base::Status, {"status", "statut"}},
            {Base::Note, {"note", "notes", "comment", "comments", "remark", "remarks", "bemerkung",
                          "anmerkung", "remarque", "nota", "notiz", "description", "notas"}},
            {Base::Source, {"source", "sources", "quelle", "quellen", "fuente", "fuentes",
                            "reference", "references", "ref", "citation", "bron"}},
            {Base::SourceUrl, {"url", "link", "website", "web", "href"}},
    };
    static const QSet<QString> none;
    const auto it = table.constFind(base);
    return it != table.constEnd() ? it.value() : none;
}

const QSet<QString> &partnerWords()
{
    static const QSet<QString> w{"twin", "twins", "twinned", "partner", "partners",
                                 "partnerstadt", "partnerstaedte", "partnerstadte", "sister",
                                 "sisters", "jumelage", "jumelee", "jumelees", "jumelle",
                                 "jumelles", "hermanada", "hermanadas", "gemellata", "gemellate",
                                 "kardes", "irma", "irmas", "other", "counterpart", "partnergemeinde"};
    return w;
}

/** A header's words: camelCase split, folded, as a list. */
QStringList headerWords(const QString &header)
{
    QString spaced;
    for (int i = 0; i < header.size(); ++i) {
        const QChar c = header.at(i);
        if (i > 0 && c.isUpper() && header.at(i - 1).isLower())
            spaced += u' ';
        if (i > 0 && c.isDigit() && header.at(i - 1).isLetter())
            spaced += u' ';
        spaced += c;
    }
    return TextFold::key(spaced).split(u' ', Qt::SkipEmptyParts);
}

HeaderGuess guessHeader(const QString &header)
{
    HeaderGuess g;
    const QStringList w = headerWords(header);
    if (w.isEmpty())
        return g;
    const QString joined = w.join(QString());
    // Side: a partner word, or a trailing 2/b (City 2, town_b); 1/a name the place.
    for (const QString &word : w)
        if (partnerWords().contains(word))
            g.side = Side::Partner;
    if (g.side == Side::Unknown && w.size() > 1) {
        const QString last = w.last();
        if (last == QLatin1String("2") || last == QLatin1String("b"))
            g.side = Side::Partner;
        else if (last == QLatin1String("1") || last == QLatin1String("a"))
            g.side = Side::Place;
    }
    if (joined.contains(QLatin1String("geoname")) || w.contains(QLatin1String("gn")))
        g.base = Base::GeoNames;
    else {
        // The most specific word wins: "twin country" is a country, "start year" a start.
        const Base order[] = {Base::Lat,   Base::Lon,    Base::Coords, Base::End,     Base::Start,
                              Base::Kind,  Base::Status, Base::Note,   Base::SourceUrl,
                              Base::Source, Base::Country, Base::Region, Base::Name};
        for (Base b : order) {
            for (const QString &word : w)
                if (words(b).contains(word)) {
                    g.base = b;
                    break;
                }
            if (g.base != Base::None)
                break;
        }
    }
    return g;
}

Field fieldFor(Base base, bool partner)
{
    switch (base) {
    case Base::Name: return partner ? Field::Partner : Field::Place;
    case Base::Country: return partner ? Field::PartnerCountry : Field::PlaceCountry;
    case Base::Region: return partner ? Field::PartnerRegion : Field::PlaceRegion;
    case Base::Lat: return partner ? Field::PartnerLat : Field::PlaceLat;
    case Base::Lon: return partner ? Field::PartnerLon : Field::PlaceLon;
    case Base::Coords: return partner ? Field::PartnerCoordinates : Field::PlaceCoordinates;
    case Base::GeoNames: return partner ? Field::PartnerGeonameId : Field::PlaceGeonameId;
    case Base::Start: return Field::Start;
    case Base::End: return Field::End;
    case Base::Kind: return Field::Kind;
    case Base::Status: return Field::Status;
    case Base::Note: return Field::Note;
    case Base::Source: return Field::Source;
    case Base::SourceUrl: return Field::SourceUrl;
    case Base::None: break;
    }
    return Field::Ignore;
}

/** Whether most non-empty cells of a column list several names (a; b, or lines). */
bool listsNames(const DelimitedTable &table, int column)
{
    int filled = 0, lists = 0;
    for (int r = 0; r < table.rowCount() && r < 200; ++r) {
        if (column >= table.row(r).size())
            continue;
        const QString cell = table.row(r).at(column).trimmed();
        if (cell.isEmpty())
            continue;
        ++filled;
        if (cell.contains(u';') || cell.contains(u'\n') || cell.count(u',') >= 3)
            ++lists;
    }
    return filled > 0 && lists * 10 >= filled * 3;
}

int numericShare(const DelimitedTable &table, int column, double lo, double hi)
{
    int filled = 0, inRange = 0;
    for (int r = 0; r < table.rowCount() && r < 200; ++r) {
        if (column >= table.row(r).size())
            continue;
        const QString cell = table.row(r).at(column).trimmed();
        if (cell.isEmpty())
            continue;
        ++filled;
        bool ok = false;
        const double v = QString(cell).replace(u',', u'.').toDouble(&ok);
        if (ok && v >= lo && v <= hi)
            ++inRange;
    }
    return filled ? inRange * 100 / filled : 0;
}

int share(const DelimitedTable &table, int column, const std::function<bool(const QString &)> &test)
{
    int filled = 0, yes = 0;
    for (int r = 0; r < table.rowCount() && r < 200; ++r) {
        if (column >= table.row(r).size())
            continue;
        const QString cell = table.row(r).at(column).trimmed();
        if (cell.isEmpty())
            continue;
        ++filled;
        if (test(cell))
            ++yes;
    }
    return filled ? yes * 100 / filled : 0;
}

} // namespace

void ColumnMapping::setField(int column, Field field)
{
    if (column < 0)
        return;
    if (column >= m_fields.size())
        m_fields.resize(column + 1, Field::Ignore);
    if (field != Field::Ignore)
        for (Field &f : m_fields)
            if (f == field)
                f = Field::Ignore;
    m_fields[column] = field;
}

int ColumnMapping::column(Field field) const
{
    return int(m_fields.indexOf(field));
}

QString ColumnMapping::problem() const
{
    if (!has(Field::Place) && !has(Field::PlaceCoordinates) && !has(Field::PlaceGeonameId))
        return tr("No column holds the place: map one column to “place”.");
    if (!has(Field::Partner) && !has(Field::Partners))
        return tr("No column holds the partner: map one column to “partner”, or to “partners” "
                  "when one cell lists all the twins of the place.");
    if (has(Field::PlaceLat) != has(Field::PlaceLon) || has(Field::PartnerLat) != has(Field::PartnerLon))
        return tr("A latitude column needs its longitude column, and the other way round.");
    return {};
}

ColumnMapping::Field ColumnMapping::guessField(const QString &header)
{
    const HeaderGuess g = guessHeader(header);
    return fieldFor(g.base, g.side == Side::Partner);
}

ColumnMapping ColumnMapping::guess(const DelimitedTable &table,
                                   const std::function<bool(const QString &)> &looksLikeCountry)
{
    const int columns = table.columnCount();
    ColumnMapping mapping(columns);
    QVector<HeaderGuess> guesses(columns);
    bool anyHeader = false;
    for (int c = 0; c < columns; ++c) {
        guesses[c] = guessHeader(table.header().value(c));
        anyHeader = anyHeader || guesses[c].base != Base::None;
    }
    if (!anyHeader) {
        // No header to go by: read the cells. Latitudes come before longitudes, as people
        // write them; years are starts, then ends; countries are what looksLikeCountry says.
        bool lat = false;
        int years = 0;
        for (int c = 0; c < columns; ++c) {
            HeaderGuess &g = guesses[c];
            if (share(table, c, [](const QString &s) {
                    static const QRegularExpression year(QStringLiteral("^\\d{4}(-\\d\\d){0,2}$"));
                    return year.match(s).hasMatch();
                }) >= 80) {
                g.base = years++ == 0 ? Base::Start : Base::End;
            } else if (numericShare(table, c, -180, 180) >= 80) {
                g.base = !lat && numericShare(table, c, -90, 90) >= 80 ? Base::Lat : Base::Lon;
                lat = g.base == Base::Lat;
            } else if (looksLikeCountry && share(table, c, looksLikeCountry) >= 60) {
                g.base = Base::Country;
            } else if (share(table, c, [](const QString &s) { return s.startsWith(QLatin1String("http")); }) >= 60) {
                g.base = Base::SourceUrl;
            } else {
                g.base = Base::Name;
            }
        }
    }
    // Names: marked ones go to their side; unmarked ones fill the place, then the partner.
    // A name column whose cells list several names holds all the place's partners.
    Side lastNameSide = Side::Place;
    bool placeTaken = false, partnerTaken = false;
    for (int c = 0; c < columns; ++c) {
        const HeaderGuess g = guesses[c];
        if (g.base == Base::Name) {
            Side side = g.side;
            if (side == Side::Unknown)
                side = !placeTaken ? Side::Place : Side::Partner;
            if (side == Side::Place && placeTaken)
                side = Side::Partner;
            if (side == Side::Partner && partnerTaken)
                continue;
            if (side == Side::Partner && listsNames(table, c)) {
                mapping.setField(c, Field::Partners);
            } else {
                mapping.setField(c, fieldFor(Base::Name, side == Side::Partner));
            }
            (side == Side::Place ? placeTaken : partnerTaken) = true;
            lastNameSide = side;
            continue;
        }
        if (g.base == Base::None)
            continue;
        // Attributes of a side: marked, or the side of the nearest name column to the left.
        const bool sided = g.base == Base::Country || g.base == Base::Region || g.base == Base::Lat
                || g.base == Base::Lon || g.base == Base::Coords || g.base == Base::GeoNames;
        Side side = g.side != Side::Unknown ? g.side : lastNameSide;
        if (!placeTaken && g.side == Side::Unknown)
            side = Side::Place;
        Field f = fieldFor(g.base, sided && side == Side::Partner);
        if (mapping.has(f) && sided && side == Side::Place)
            f = fieldFor(g.base, true);
        if (!mapping.has(f))
            mapping.setField(c, f);
    }
    return mapping;
}

bool ColumnMapping::apply(const QString &text, const QStringList &headers, QString *error)
{
    const QStringList pairs = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const int eq = int(pair.indexOf(u'='));
        const QString name = pair.left(eq).trimmed();
        const QString columnText = eq < 0 ? QString() : pair.mid(eq + 1).trimmed();
        Field field = Field::Ignore;
        if (eq < 0 || !fieldFromName(name, &field)) {
            if (error)
                *error = tr("unknown field “%1” in the column mapping; fields are: %2")
                                 .arg(name, [] {
                                     QStringList names;
                                     for (Field f : allFields())
                                         names << fieldName(f);
                                     return names.join(QStringLiteral(", "));
                                 }());
            return false;
        }
        bool isNumber = false;
        int column = columnText.toInt(&isNumber) - 1;
        if (!isNumber) {
            column = -1;
            for (int i = 0; i < headers.size(); ++i)
                if (headers.at(i).compare(columnText, Qt::CaseInsensitive) == 0)
                    column = i;
        }
        if (column < 0 || column >= std::max<int>(int(headers.size()), columnCount())) {
            if (error)
                *error = tr("no column “%1” for %2; the columns are: %3")
                                 .arg(columnText, name, headers.join(QStringLiteral(", ")));
            return false;
        }
        setField(column, field);
    }
    return true;
}

QString ColumnMapping::toString(const QStringList &headers) const
{
    QStringList parts;
    for (int c = 0; c < m_fields.size(); ++c) {
        if (m_fields.at(c) == Field::Ignore)
            continue;
        const QString header = headers.value(c);
        const bool byName = !header.isEmpty() && !header.contains(u',') && !header.contains(u'=')
                && headers.count(header) == 1;
        parts << fieldName(m_fields.at(c)) + u'=' + (byName ? header : QString::number(c + 1));
    }
    return parts.join(u',');
}

QList<ColumnMapping::Field> ColumnMapping::allFields()
{
    return {Field::Ignore,          Field::Place,          Field::PlaceCountry,
            Field::PlaceRegion,     Field::PlaceLat,       Field::PlaceLon,
            Field::PlaceCoordinates, Field::PlaceGeonameId, Field::Partner,
            Field::PartnerCountry,  Field::PartnerRegion,  Field::PartnerLat,
            Field::PartnerLon,      Field::PartnerCoordinates, Field::PartnerGeonameId,
            Field::Partners,        Field::Start,          Field::End,
            Field::Kind,            Field::Status,         Field::Note,
            Field::Source,          Field::SourceUrl};
}

QString ColumnMapping::fieldName(Field field)
{
    switch (field) {
    case Field::Ignore: return QStringLiteral("ignore");
    case Field::Place: return QStringLiteral("place");
    case Field::PlaceCountry: return QStringLiteral("place_country");
    case Field::PlaceRegion: return QStringLiteral("place_region");
    case Field::PlaceLat: return QStringLiteral("place_lat");
    case Field::PlaceLon: return QStringLiteral("place_lon");
    case Field::PlaceCoordinates: return QStringLiteral("place_coordinates");
    case Field::PlaceGeonameId: return QStringLiteral("place_geonameid");
    case Field::Partner: return QStringLiteral("partner");
    case Field::PartnerCountry: return QStringLiteral("partner_country");
    case Field::PartnerRegion: return QStringLiteral("partner_region");
    case Field::PartnerLat: return QStringLiteral("partner_lat");
    case Field::PartnerLon: return QStringLiteral("partner_lon");
    case Field::PartnerCoordinates: return QStringLiteral("partner_coordinates");
    case Field::PartnerGeonameId: return QStringLiteral("partner_geonameid");
    case Field::Partners: return QStringLiteral("partners");
    case Field::Start: return QStringLiteral("start");
    case Field::End: return QStringLiteral("end");
    case Field::Kind: return QStringLiteral("kind");
    case Field::Status: return QStringLiteral("status");
    case Field::Note: return QStringLiteral("note");
    case Field::Source: return QStringLiteral("source");
    case Field::SourceUrl: return QStringLiteral("source_url");
    }
    return {};
}

bool ColumnMapping::fieldFromName(const QString &name, Field *field)
{
    for (Field f : allFields())
        if (fieldName(f) == name.trimmed().toLower()) {
            *field = f;
            return true;
        }
    return false;
}

QString ColumnMapping::fieldLabel(Field field)
{
    switch (field) {
    case Field::Ignore: return tr("(ignore)");
    case Field::Place: return tr("Place");
    case Field::PlaceCountry: return tr("Place: country");
    case Field::PlaceRegion: return tr("Place: region");
    case Field::PlaceLat: return tr("Place: latitude");
    case Field::PlaceLon: return tr("Place: longitude");
    case Field::PlaceCoordinates: return tr("Place: coordinates");
    case Field::PlaceGeonameId: return tr("Place: GeoNames id");
    case Field::Partner: return tr("Partner");
    case Field::PartnerCountry: return tr("Partner: country");
    case Field::PartnerRegion: return tr("Partner: region");
    case Field::PartnerLat: return tr("Partner: latitude");
    case Field::PartnerLon: return tr("Partner: longitude");
    case Field::PartnerCoordinates: return tr("Partner: coordinates");
    case Field::PartnerGeonameId: return tr("Partner: GeoNames id");
    case Field::Partners: return tr("Partners (a list in one cell)");
    case Field::Start: return tr("Start");
    case Field::End: return tr("End");
    case Field::Kind: return tr("Kind");
    case Field::Status: return tr("Status");
    case Field::Note: return tr("Note");
    case Field::Source: return tr("Source");
    case Field::SourceUrl: return tr("Source URL");
    }
    return {};
}

} // namespace twinatlas
