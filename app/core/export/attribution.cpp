// SPDX-License-Identifier: GPL-3.0-or-later
#include "attribution.h"

#include "db/atlasreader.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace twinatlas {

namespace {

bool isOpeningQuote(QChar c)
{
    return c == QChar(0x201C) || c == QChar(0x201E) || c == QChar(0x00AB) || c == QLatin1Char('"');
}

bool isClosingQuote(QChar c)
{
    return c == QChar(0x201D) || c == QChar(0x00BB) || c == QLatin1Char('"');
}

/** Splits a citation at separators that are outside quotation marks. */
QStringList topLevelParts(const QString &title)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (int i = 0; i < title.size(); ++i) {
        const QChar c = title.at(i);
        if (!quoted && isOpeningQuote(c) && current.trimmed().isEmpty()) {
            quoted = true;
        } else if (quoted && isClosingQuote(c)) {
            quoted = false;
        } else if (!quoted) {
            const bool dash = (c == QChar(0x2014) || c == QChar(0x2013)) && i > 0
                    && title.at(i - 1).isSpace();
            if (c == QLatin1Char(',') || c == QLatin1Char(':') || c == QLatin1Char(';')
                || c == QLatin1Char('(') || dash) {
                parts << current.trimmed();
                current.clear();
                continue;
            }
        }
        current += c;
    }
    parts << current.trimmed();
    return parts;
}

QString elided(const QString &name, int maxLength)
{
    if (name.size() <= maxLength)
        return name;
    QString cut = name.left(maxLength);
    const int space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > maxLength / 2)
        cut.truncate(space);
    return cut.trimmed() + QChar(0x2026);
}

} // namespace

QString Attribution::sourceName(const QString &title)
{
    const QStringList parts = topLevelParts(title.simplified());
    QString name;
    for (const QString &part : parts) {
        if (!part.isEmpty() && !isOpeningQuote(part.front())) {
            name = part;
            break;
        }
    }
    if (name.isEmpty() && !parts.isEmpty())
        name = parts.first();
    name.remove(QChar(0x201C)).remove(QChar(0x201D)).remove(QLatin1Char('"'));
    return elided(name.simplified(), maxNameLength);
}

QString Attribution::summarize(const QStringList &titles)
{
    struct Named
    {
        QString name;
        int count = 0;
    };
    QVector<Named> names;
    QHash<QString, int> index;
    for (const QString &title : titles) {
        const QString name = sourceName(title);
        if (name.isEmpty())
            continue;
        const QString key = name.toCaseFolded();
        const auto it = index.constFind(key);
        if (it != index.constEnd()) {
            ++names[*it].count;
            continue;
        }
        index.insert(key, names.size());
        names.append({ name, 1 });
    }
    std::stable_sort(names.begin(), names.end(),
                     [](const Named &a, const Named &b) { return a.count > b.count; });
    QStringList shown;
    for (int i = 0; i < names.size() && i < maxNamedSources; ++i)
        shown << names.at(i).name;
    const QString joined = shown.join(QStringLiteral("; "));
    const int rest = int(names.size()) - int(shown.size());
    return rest > 0 ? tr("%1 and %n more", nullptr, rest).arg(joined) : joined;
}

QString Attribution::partnershipSources(const AtlasReader &reader, qint64 placeId)
{
    QStringList titles;
    QSet<qint64> seen;
    for (const PartnerEntry &entry : reader.partnersOf(placeId)) {
        for (const SourceRecord &source : reader.sourcesOfPartnership(entry.partnership.id)) {
            // A source cited by several partnerships is one source, not several votes.
            if (seen.contains(source.id))
                continue;
            seen.insert(source.id);
            // The title of a reader's comment names the comment, its document the publication.
            titles << (source.document.isEmpty() ? source.title : source.document);
        }
    }
    return summarize(titles);
}

QString Attribution::line(const QString &partnershipSources)
{
    QString sources = partnershipSources.trimmed();
    while (sources.endsWith(QLatin1Char('.')))
        sources.chop(1);
    if (sources.isEmpty())
        sources = tr("Twinatlas bundled data");
    return tr("Map data: Natural Earth. Places: GeoNames (CC BY 4.0). Partnerships: %1.")
            .arg(sources);
}

} // namespace twinatlas
