// SPDX-License-Identifier: GPL-3.0-or-later
#include "listsynthesizer.h"

#include "db/countrynames.h"
#include "edit/checklistcsvwriter.h"
#include "io/countryresolver.h"
#include "io/mocatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace twinatlas::bench {

namespace {

QString typo(const QString &word, QRandomGenerator &random)
{
    if (word.size() < 6)
        return word;
    QString w = word;
    const int at = 1 + int(random.bounded(int(w.size()) - 2)); // not the first letter
    switch (random.bounded(4)) {
    case 0: w.remove(at, 1); break;                                  // Finlad
    case 1: w.insert(at, w.at(at)); break;                           // Phillippines
    case 2: std::swap(w[at], w[at + 1 < w.size() ? at + 1 : at - 1]); break; // transposed
    default: w[at] = QChar(u'a' + random.bounded(26)); break;        // Dubrovnic
    }
    return w;
}

bool latin(const QString &s)
{
    for (const QChar c : s)
        if (c.isLetter() && c.script() != QChar::Script_Latin)
            return false;
    return !s.isEmpty();
}

} // namespace

bool ListSynthesizer::load(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT p.id, p.name, p.country, coalesce(a.name, ''), p.lon, p.lat, p.population"
                               " FROM places p LEFT JOIN admin1 a ON a.country = p.country AND a.code = p.admin1"
                               " WHERE p.population >= 1000 AND p.uid LIKE 'gn:%' ORDER BY p.id")))
        return false;
    QHash<qint64, int> index;
    while (q.next()) {
        Source s{q.value(0).toLongLong(), q.value(1).toString(), {}, q.value(2).toString(), q.value(3).toString(),
                 LonLat{q.value(4).toDouble(), q.value(5).toDouble()}, q.value(6).toLongLong()};
        index.insert(s.id, int(m_places.size()));
        if (s.population >= 10000) {
            m_large << int(m_places.size());
            m_largeWeight << (m_largeWeight.isEmpty() ? 0.0 : m_largeWeight.last()) + std::sqrt(double(s.population));
        }
        m_places << s;
    }
    if (q.exec(QStringLiteral("SELECT place_id, name FROM alternate_names")))
        while (q.next()) {
            const int i = index.value(q.value(0).toLongLong(), -1);
            const QString n = q.value(1).toString();
            // Lists are written in Latin script; airport codes and links are no names.
            if (i >= 0 && latin(n) && n.size() > 3 && n != n.toUpper() && !n.contains(QLatin1String("http")))
                m_places[i].alternates << n;
        }
    // Country names in English and in the languages lists of twin towns are often in.
    QFile file(CountryResolver::defaultIsoCodesDir() + QStringLiteral("/iso_3166-1.json"));
    if (file.open(QIODevice::ReadOnly)) {
        QVector<MoCatalog> catalogues;
        for (const char *lang : {"de", "fr", "es", "it", "pl", "tr", "pt", "nl"}) {
            MoCatalog c;
            if (c.load(CountryResolver::defaultLocaleDir() + QStringLiteral("/%1/LC_MESSAGES/iso_3166-1.mo")
                               .arg(QLatin1String(lang))))
                catalogues << c;
        }
        for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("3166-1")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString code = o.value(QStringLiteral("alpha_2")).toString();
            const QString name = o.value(QStringLiteral("name")).toString();
            QStringList names;
            for (const MoCatalog &c : catalogues) {
                const QString t = c.translate(name);
                if (!t.isEmpty() && !names.contains(t))
                    names << t;
            }
            m_countryNames.insert(code, names);
        }
    }
    return !m_places.isEmpty();
}

QPair<QString, QString> ListSynthesizer::write(const Source &p, QRandomGenerator &random) const
{
    // The name.
    QString name = p.name;
    const int n = int(random.bounded(100));
    if (n < 15 && !p.alternates.isEmpty())
        name = p.alternates.at(random.bounded(int(p.alternates.size())));
    else if (n < 23)
        name = typo(p.name, random);
    else if (n < 28 && !p.admin1Name.isEmpty() && p.admin1Name != p.name)
        name = p.name + QStringLiteral(", ") + p.admin1Name;
    else if (n < 31 && !p.admin1Name.isEmpty() && p.admin1Name != p.name)
        name = p.name + QStringLiteral(" (") + p.admin1Name + u')';
    else if (n < 34)
        name = QStringLiteral("[[%1|%1]][%2]").arg(p.name).arg(1 + random.bounded(40));
    else if (n < 36)
        name = p.name + (random.bounded(2) ? QStringLiteral(" District") : QStringLiteral(" Municipality"));
    if (name.startsWith(QLatin1String("Saint ")) || name.startsWith(QLatin1String("Saint-")))
        name = QStringLiteral("St. ") + name.mid(6);

    // The country.
    QString country;
    const int c = int(random.bounded(100));
    const QString english = CountryNames::name(p.country);
    const QStringList translated = m_countryNames.value(p.country);
    if (c < 40)
        country = english;
    else if (c < 58 && !translated.isEmpty())
        country = translated.at(random.bounded(int(translated.size())));
    else if (c < 68)
        country = p.country;
    else if (c < 76 && !p.admin1Name.isEmpty())
        country = p.admin1Name;
    else if (c < 88)
        country = QString();
    else if (c < 93)
        country = typo(english, random);
    else
        country = english + QStringLiteral("[%1]").arg(1 + random.bounded(30));
    return {name, country};
}

QByteArray ListSynthesizer::pairs(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    m_truth.clear();
    QStringList lines{QStringLiteral("city,country,twin,twin_country")};
    auto pick = [&]() -> const Source & {
        // Twinned places are mostly towns of some size; some are villages.
        if (!m_large.isEmpty() && random.bounded(100) < 85) {
            const double at = random.bounded(m_largeWeight.last());
            const auto it = std::upper_bound(m_largeWeight.cbegin(), m_largeWeight.cend(), at);
            return m_places.at(m_large.at(std::min<int>(int(it - m_largeWeight.cbegin()), int(m_large.size()) - 1)));
        }
        return m_places.at(random.bounded(int(m_places.size())));
    };
    for (int i = 0; i < count; ++i) {
        const Source &a = pick();
        const Source &b = pick();
        if (a.id == b.id)
            continue;
        QStringList cells;
        for (const Source *s : {&a, &b}) {
            const auto [name, country] = write(*s, random);
            m_truth.insert(key(name, country), Truth{s->id, s->position});
            cells << ChecklistCsvWriter::cell(name) << ChecklistCsvWriter::cell(country);
        }
        lines << cells.join(u',');
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace twinatlas::bench
