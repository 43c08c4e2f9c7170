// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzztarget.h"

#include "io/countryresolver.h"
#include "io/fieldparser.h"
#include "io/listreader.h"
#include "io/mocatalog.h"
#include "io/placetext.h"

#include <cstdlib>

namespace twinatlas::fuzz {

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

int runOne(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // Country names from a few entries only: the readers need some, and loading Debian's
    // catalogues for every input would make the fuzzer crawl.
    static const CountryResolver countries(QStringLiteral("/nonexistent"), QStringLiteral("/nonexistent"),
                                           {{QStringLiteral("DE.07"), QStringLiteral("North Rhine-Westphalia")},
                                            {QStringLiteral("US.TX"), QStringLiteral("Texas")}});
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const ImportFormat formats[] = {ImportFormat::Csv, ImportFormat::Paste, ImportFormat::WikidataJson,
                                    ImportFormat::Auto, ImportFormat::WikidataCsv};
    ListReader::Options options;
    options.format = formats[data[0] % 5];
    options.home = QStringLiteral("Home");
    if (data[0] & 0x80)
        options.columns = QStringLiteral("place=1,partner=2");
    ListReader reader(countries);
    const bool ok = reader.read(bytes, QStringLiteral("fuzz.csv"), options);
    if (!ok) {
        require(!reader.fault().message.isEmpty());
        require(reader.fault().line >= 0 && reader.fault().column >= 0);
        require(reader.records().isEmpty());
    } else {
        for (const ImportRecord &r : reader.records()) {
            require(r.line >= 1);
            for (const PlaceReference *p : {&r.place, &r.partner})
                if (p->position)
                    require(std::abs(p->position->lat) <= 90 && std::abs(p->position->lon) <= 180);
        }
    }
    // The cell readers on the raw text, and the catalogue reader on the raw bytes.
    const QString text = QString::fromUtf8(bytes.left(4096));
    FieldParser::date(text);
    FieldParser::coordinates(text);
    FieldParser::sources(text);
    PlaceText::split(text.left(512));
    MoCatalog catalogue;
    catalogue.parse(bytes);
    return 0;
}

} // namespace twinatlas::fuzz
