// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamrowtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace twinatlas {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("twinatlas::TeamRowText", text, disambiguation);
}

} // namespace

QString TeamRowText::scalar(const QString &sql, const QString &bound) const
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    q.addBindValue(bound);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QStringList TeamRowText::baseValues(TeamKind kind, const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT vals FROM team_base WHERE kind = ? AND key = ?"));
    q.addBindValue(TeamKinds::name(kind));
    q.addBindValue(key);
    QStringList values;
    if (q.exec() && q.next())
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array())
            values << v.toString();
    return values;
}

QString TeamRowText::placeName(const QString &uid) const
{
    const QString name = scalar(QStringLiteral("SELECT name FROM places WHERE uid = ?"), uid);
    if (!name.isEmpty())
        return name;
    const QStringList base = baseValues(TeamKind::Place, uid);
    const int i = TeamKinds::fieldIndex(TeamKind::Place, QStringLiteral("name"));
    return base.value(i, uid);
}

QString TeamRowText::partnership(const QString &uid) const
{
    QString a = scalar(QStringLiteral("SELECT p.uid FROM partnerships t JOIN places p ON p.id = t.place_a"
                                      " WHERE t.uid = ?"),
                       uid);
    QString b = scalar(QStringLiteral("SELECT p.uid FROM partnerships t JOIN places p ON p.id = t.place_b"
                                      " WHERE t.uid = ?"),
                       uid);
    if (a.isEmpty() || b.isEmpty()) {
        const QStringList base = baseValues(TeamKind::Partnership, uid);
        a = base.value(TeamKinds::fieldIndex(TeamKind::Partnership, QStringLiteral("place_a_uid")));
        b = base.value(TeamKinds::fieldIndex(TeamKind::Partnership, QStringLiteral("place_b_uid")));
    }
    if (a.isEmpty() || b.isEmpty())
        return uid;
    return tr("%1 – %2", "the two places of a partnership").arg(placeName(a), placeName(b));
}

QString TeamRowText::row(TeamKind kind, const QString &key) const
{
    const QStringList parts = TeamKinds::splitKey(key);
    switch (kind) {
    case TeamKind::Place: return placeName(key);
    case TeamKind::Partnership: return partnership(key);
    case TeamKind::Source: {
        const QString title = scalar(QStringLiteral("SELECT title FROM sources WHERE uid = ?"), key);
        return title.isEmpty() ? baseValues(kind, key).value(0, key) : title;
    }
    case TeamKind::Event: {
        QString partnershipUid = scalar(QStringLiteral("SELECT p.uid FROM events e JOIN partnerships p"
                                                       " ON p.id = e.partnership_id WHERE e.uid = ?"),
                                        key);
        QString date = scalar(QStringLiteral("SELECT date FROM events WHERE uid = ?"), key);
        if (partnershipUid.isEmpty()) {
            const QStringList base = baseValues(kind, key);
            partnershipUid = base.value(0);
            date = base.value(1);
        }
        return tr("%1, event of %2").arg(partnership(partnershipUid), date);
    }
    case TeamKind::PartnershipSource:
        return tr("%1, source “%2”").arg(partnership(parts.value(0)), row(TeamKind::Source, parts.value(1)));
    case TeamKind::EventSource:
        return tr("%1, source “%2”").arg(row(TeamKind::Event, parts.value(0)), row(TeamKind::Source, parts.value(1)));
    case TeamKind::Checklist:
        return tr("Postcard from %1 to %2").arg(placeName(parts.value(1)), placeName(parts.value(0)));
    }
    return key;
}

QString TeamRowText::value(TeamKind kind, int field, const QString &value) const
{
    if (value.isEmpty())
        return tr("(empty)");
    if (field < 0 || field >= TeamKinds::fields(kind).size())
        return value;
    const QString name = TeamKinds::fields(kind).at(field).name;
    if (name == QLatin1String("place_a_uid") || name == QLatin1String("place_b_uid"))
        return placeName(value);
    if (name == QLatin1String("partnership_uid"))
        return partnership(value);
    if (name == QLatin1String("source_uid"))
        return row(TeamKind::Source, value);
    if (name == QLatin1String("alternate_names")) {
        QStringList names;
        for (const QJsonValue &v : QJsonDocument::fromJson(value.toUtf8()).array())
            names << v.toString();
        return names.isEmpty() ? tr("(empty)") : names.join(QStringLiteral(", "));
    }
    return value;
}

} // namespace twinatlas
