// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamkind.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace twinatlas {

namespace {

using Type = TeamField::Type;

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::TeamKinds", text);
}

// Keys never hold a tab: uids are "gn:123", "u:<uuid>" or bundled keys without one.
constexpr QChar keySeparator = u'\t';

struct KindSpec
{
    TeamKind kind;
    QString name;
    QString table;
    QStringList keys;
    QVector<TeamField> fields;
};

const QVector<KindSpec> &specs()
{
    const auto meta = [](const char *name) {
        return TeamField{QLatin1String(name), Type::NullableText, true};
    };
    static const QVector<KindSpec> all{
        {TeamKind::Place,
         QStringLiteral("place"),
         QStringLiteral("places"),
         {QStringLiteral("uid")},
         {{QStringLiteral("geonameid"), Type::NullableInteger},
          {QStringLiteral("name"), Type::Text},
          {QStringLiteral("ascii_name"), Type::Text},
          {QStringLiteral("country"), Type::Text},
          {QStringLiteral("admin1"), Type::Text},
          {QStringLiteral("lon"), Type::Real},
          {QStringLiteral("lat"), Type::Real},
          {QStringLiteral("population"), Type::Integer},
          {QStringLiteral("kind"), Type::Text},
          {QStringLiteral("note"), Type::Text},
          {QStringLiteral("source_uid"), Type::NullableText},
          {QStringLiteral("origin"), Type::Text},
          {QStringLiteral("alternate_names"), Type::Text},
          meta("modified_at"),
          meta("data_version")}},
        {TeamKind::Source,
         QStringLiteral("source"),
         QStringLiteral("sources"),
         {QStringLiteral("uid")},
         {{QStringLiteral("title"), Type::Text},
          {QStringLiteral("url"), Type::Text},
          {QStringLiteral("document"), Type::Text},
          {QStringLiteral("origin"), Type::Text},
          meta("modified_at"),
          meta("data_version")}},
        {TeamKind::Partnership,
         QStringLiteral("partnership"),
         QStringLiteral("partnerships"),
         {QStringLiteral("uid")},
         {{QStringLiteral("place_a_uid"), Type::Text},
          {QStringLiteral("place_b_uid"), Type::Text},
          {QStringLiteral("kind"), Type::Text},
          {QStringLiteral("status"), Type::Text},
          {QStringLiteral("start_date"), Type::NullableText},
          {QStringLiteral("end_date"), Type::NullableText},
          {QStringLiteral("note"), Type::Text},
          {QStringLiteral("origin"), Type::Text},
          meta("modified_at"),
          meta("data_version")}},
        {TeamKind::Event,
         QStringLiteral("event"),
         QStringLiteral("events"),
         {QStringLiteral("uid")},
         {{QStringLiteral("partnership_uid"), Type::Text},
          {QStringLiteral("date"), Type::Text},
          {QStringLiteral("type"), Type::Text},
          {QStringLiteral("description"), Type::Text},
          {QStringLiteral("origin"), Type::Text},
          meta("modified_at"),
          meta("data_version")}},
        {TeamKind::PartnershipSource,
         QStringLiteral("partnership_source"),
         QStringLiteral("partnership_sources"),
         {QStringLiteral("partnership_uid"), QStringLiteral("source_uid")},
         {}},
        {TeamKind::EventSource,
         QStringLiteral("event_source"),
         QStringLiteral("event_sources"),
         {QStringLiteral("event_uid"), QStringLiteral("source_uid")},
         {}},
        {TeamKind::Checklist,
         QStringLiteral("checklist"),
         QStringLiteral("checklist"),
         {QStringLiteral("place_uid"), QStringLiteral("partner_uid")},
         {{QStringLiteral("state"), Type::Text},
          {QStringLiteral("received_date"), Type::NullableText},
          {QStringLiteral("note"), Type::Text},
          meta("modified_at")}},
    };
    return all;
}

const KindSpec &spec(TeamKind kind)
{
    return specs().at(int(kind));
}

} // namespace

const QVector<TeamKind> &TeamKinds::all()
{
    static const QVector<TeamKind> kinds = [] {
        QVector<TeamKind> k;
        for (const KindSpec &s : specs())
            k << s.kind;
        return k;
    }();
    return kinds;
}

QString TeamKinds::name(TeamKind kind)
{
    return spec(kind).name;
}

bool TeamKinds::fromName(const QString &name, TeamKind *kind)
{
    for (const KindSpec &s : specs()) {
        if (s.name == name) {
            *kind = s.kind;
            return true;
        }
    }
    return false;
}

QString TeamKinds::serverTable(TeamKind kind)
{
    return spec(kind).table;
}

const QStringList &TeamKinds::keyColumns(TeamKind kind)
{
    return spec(kind).keys;
}

const QVector<TeamField> &TeamKinds::fields(TeamKind kind)
{
    return spec(kind).fields;
}

int TeamKinds::fieldIndex(TeamKind kind, const QString &name)
{
    const QVector<TeamField> &f = fields(kind);
    for (int i = 0; i < f.size(); ++i)
        if (f.at(i).name == name)
            return i;
    return -1;
}

QString TeamKinds::fieldLabel(TeamKind kind, int field)
{
    if (field < 0)
        return tr("The whole row");
    static const QHash<QString, const char *> labels{
        {QStringLiteral("geonameid"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "GeoNames id")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Name")},
        {QStringLiteral("ascii_name"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Name in ASCII")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Country")},
        {QStringLiteral("admin1"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Region")},
        {QStringLiteral("lon"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Longitude")},
        {QStringLiteral("lat"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Latitude")},
        {QStringLiteral("population"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Population")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Kind")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Note")},
        {QStringLiteral("source_uid"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Source")},
        {QStringLiteral("origin"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Origin")},
        {QStringLiteral("alternate_names"),
         QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Other names")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Title")},
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Web address")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Document")},
        {QStringLiteral("place_a_uid"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "First place")},
        {QStringLiteral("place_b_uid"),
         QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Second place")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Status")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Start")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "End")},
        {QStringLiteral("partnership_uid"),
         QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Partnership")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Date")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Type")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Description")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Postcard")},
        {QStringLiteral("received_date"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Received")},
        {QStringLiteral("modified_at"), QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Changed")},
        {QStringLiteral("data_version"),
         QT_TRANSLATE_NOOP("twinatlas::TeamKinds", "Data version")},
    };
    const QVector<TeamField> &f = fields(kind);
    if (field >= f.size())
        return QString();
    const char *label = labels.value(f.at(field).name);
    return label ? tr(label) : f.at(field).name;
}

QString TeamKinds::kindLabel(TeamKind kind)
{
    switch (kind) {
    case TeamKind::Place: return tr("place");
    case TeamKind::Source: return tr("source");
    case TeamKind::Partnership: return tr("partnership");
    case TeamKind::Event: return tr("event");
    case TeamKind::PartnershipSource: return tr("source of a partnership");
    case TeamKind::EventSource: return tr("source of an event");
    case TeamKind::Checklist: return tr("postcard");
    }
    return QString();
}

QString TeamKinds::valueText(TeamField::Type type, const QVariant &value)
{
    switch (type) {
    case Type::Text:
    case Type::NullableText: {
        if (value.isNull())
            return type == Type::Text ? QStringLiteral("") : QString();
        // An empty text stays distinct from NULL.
        const QString s = value.toString();
        return s.isNull() ? QStringLiteral("") : s;
    }
    case Type::Integer: return QString::number(value.toLongLong());
    case Type::NullableInteger:
        return value.isNull() || value.toLongLong() == 0 ? QString()
                                                         : QString::number(value.toLongLong());
    case Type::Real:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    return value.toString();
}

QVariant TeamKinds::valueVariant(TeamField::Type type, const QString &text)
{
    switch (type) {
    case Type::Text: return text.isNull() ? QStringLiteral("") : text;
    case Type::NullableText:
        return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    case Type::Integer: return text.toLongLong();
    case Type::NullableInteger:
        return text.isNull() ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(text.toLongLong());
    case Type::Real: return text.toDouble();
    }
    return text;
}

QString TeamKinds::joinKey(const QStringList &parts)
{
    return parts.join(keySeparator);
}

QStringList TeamKinds::splitKey(const QString &key)
{
    return key.split(keySeparator);
}

QVector<std::pair<TeamKind, QString>> TeamKinds::references(TeamKind kind, const QString &key,
                                                            const QStringList &values)
{
    const auto value = [&](const char *name) {
        const int i = fieldIndex(kind, QLatin1String(name));
        return i >= 0 && i < values.size() ? values.at(i) : QString();
    };
    QVector<std::pair<TeamKind, QString>> refs;
    const auto add = [&refs](TeamKind k, const QString &uid) {
        if (!uid.isEmpty())
            refs.append({k, uid});
    };
    switch (kind) {
    case TeamKind::Place: add(TeamKind::Source, value("source_uid")); break;
    case TeamKind::Source: break;
    case TeamKind::Partnership:
        add(TeamKind::Place, value("place_a_uid"));
        add(TeamKind::Place, value("place_b_uid"));
        break;
    case TeamKind::Event: add(TeamKind::Partnership, value("partnership_uid")); break;
    case TeamKind::PartnershipSource: {
        const QStringList parts = splitKey(key);
        add(TeamKind::Partnership, parts.value(0));
        add(TeamKind::Source, parts.value(1));
        break;
    }
    case TeamKind::EventSource: {
        const QStringList parts = splitKey(key);
        add(TeamKind::Event, parts.value(0));
        add(TeamKind::Source, parts.value(1));
        break;
    }
    case TeamKind::Checklist: {
        const QStringList parts = splitKey(key);
        add(TeamKind::Place, parts.value(0));
        add(TeamKind::Place, parts.value(1));
        break;
    }
    }
    return refs;
}

} // namespace twinatlas
