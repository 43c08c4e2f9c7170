// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importrecord.h"

#include <QString>
#include <QVector>

namespace twinatlas {

class CountryResolver;

/**
 * A list of one place's twins pasted as people write it: one or several per line, names with
 * their countries in brackets, after commas or after "in" ("Tampere in Finland"), bullets and
 * numbering, flags, footnotes and wiki markup, years ("since 1958", "(from 1967 to 2016)"),
 * and headings that change what follows ("friendship agreements with:", "proposed").
 * Sentences that are not list items are skipped and said so.
 */
class PastedList
{
public:
    /** One twin read from a line, with what the line said about the partnership. */
    struct Item
    {
        QString text;
        PlaceReference place;
        QString kind;
        QString status;
        QString start;
        QString end;
    };

    explicit PastedList(const CountryResolver &countries) : m_countries(countries) { }

    /** Records of home and each twin of text; lines count from firstLine. */
    QVector<ImportRecord> parse(const QString &text, const PlaceReference &home,
                                qint64 firstLine = 1) const;
    /** The lines parse() skipped, as "line: text", for the report. */
    QStringList skipped() const { return m_skipped; }

    /**
     * The twins one line or cell names. kind and status carry what a heading said to the lines
     * after it; a heading gives no items and sets *heading.
     */
    QVector<Item> parseLine(const QString &line, QString *kind, QString *status,
                            bool *heading = nullptr) const;

private:
    bool isQualifier(const QString &segment) const;
    QString trailingCode(QString *segment) const;

    const CountryResolver &m_countries;
    mutable QStringList m_skipped;
};

} // namespace twinatlas
