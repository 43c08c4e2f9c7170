// SPDX-License-Identifier: GPL-3.0-or-later
#include "editvalidator.h"

#include "db/sqlread.h"

#include "db/atlasschema.h"
#include "db/partialdate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace twinatlas {

namespace {

/** tr() for the free functions here, in the context lupdate gives them as well. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::EditValidator)
};

/** tr() where lupdate sees it: plurals pass n as the third argument, as with tr(). */
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return Text::tr(text, comment, n);
}

EditProblem problem(const QString &field, const QString &message)
{
    return EditProblem{field, message, -1};
}

void add(QVector<EditProblem> &problems, const std::optional<EditProblem> &p)
{
    if (p)
        problems << *p;
}

void requireText(QVector<EditProblem> &problems, const QString &field, const QString &value,
                 const char *message)
{
    if (value.trimmed().isEmpty())
        problems << problem(field, tr(message).arg(EditValidator::fieldLabel(field)));
}

void requireOneOf(QVector<EditProblem> &problems, const QString &field, const QString &value,
                  const QStringList &allowed)
{
    if (!allowed.contains(value))
        problems << problem(field,
                            Text::tr("%1: “%2” is not one of %3.")
                                    .arg(EditValidator::fieldLabel(field), value,
                                         allowed.join(QStringLiteral(", "))));
}

} // namespace

qint64 EditValidator::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    SqlFailure failure;
    if (SqlRead::first(q, &failure))
        return q.value(0).toLongLong();
    if (failure && !m_failure)
        m_failure = failure;
    return 0;
}

QVector<EditProblem> EditValidator::checked(QVector<EditProblem> problems) const
{
    // A check that could not read the atlas passes nothing: 0 would read as "not there".
    if (m_failure) {
        problems << problem(QString(), tr("The atlas could not be read to check this change: "
                                          "the atlas %1.")
                                               .arg(m_failure.reason()));
        m_failure = {};
    }
    return problems;
}

QString EditValidator::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
            {QStringLiteral("uid"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Identifier")},
            {QStringLiteral("geonameid"),
             QT_TRANSLATE_NOOP("twinatlas::EditValidator", "GeoNames id")},
            {QStringLiteral("name"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Name")},
            {QStringLiteral("ascii_name"),
             QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Name in Latin letters")},
            {QStringLiteral("country"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Country")},
            {QStringLiteral("admin1"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Region")},
            {QStringLiteral("lon"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Longitude")},
            {QStringLiteral("lat"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Latitude")},
            {QStringLiteral("population"),
             QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Population")},
            {QStringLiteral("kind"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Kind")},
            {QStringLiteral("note"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Note")},
            {QStringLiteral("source_id"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Source")},
            {QStringLiteral("place_id"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Place")},
            {QStringLiteral("place_a"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Place")},
            {QStringLiteral("place_b"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Partner")},
            {QStringLiteral("status"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Status")},
            {QStringLiteral("start_date"),
             QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Start date")},
            {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "End date")},
            {QStringLiteral("partnership_id"),
             QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Partnership")},
            {QStringLiteral("event_id"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Event")},
            {QStringLiteral("date"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Date")},
            {QStringLiteral("type"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Type")},
            {QStringLiteral("description"),
             QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Description")},
            {QStringLiteral("title"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Title")},
            {QStringLiteral("url"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Web address")},
            {QStringLiteral("document"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Document")},
            {QStringLiteral("place_uid"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Place")},
            {QStringLiteral("partner_uid"),
             QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Partner")},
            {QStringLiteral("state"), QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Card")},
            {QStringLiteral("received_date"),
             QT_TRANSLATE_NOOP("twinatlas::EditValidator", "Received on")},
    };
    const auto it = labels.find(field);
    return it == labels.end() ? field : tr(it.value());
}

std::optional<EditProblem> EditValidator::checkDate(const QString &field, const QString &text,
                                                    bool required)
{
    const QString label = fieldLabel(field);
    if (text.isEmpty()) {
        if (required)
            return problem(field,
                           tr("%1: a date is needed (YYYY, YYYY-MM or YYYY-MM-DD).").arg(label));
        return std::nullopt;
    }
    const PartialDate date = PartialDate::fromIso(text);
    if (date.isValid())
        return std::nullopt;
    static const QRegularExpression form(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto match = form.match(text);
    if (!match.hasMatch())
        return problem(field,
                       tr("%1: “%2” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.")
                               .arg(label, text));
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12)
        return problem(field, tr("%1: “%2” has no month %3.").arg(label, text).arg(month));
    return problem(field, tr("%1: “%2” is not a day of the calendar.").arg(label, text));
}

std::optional<EditProblem> EditValidator::checkDateOrder(const QString &start, const QString &end)
{
    const PartialDate s = PartialDate::fromIso(start);
    const PartialDate e = PartialDate::fromIso(end);
    if (!s.isValid() || !e.isValid() || PartialDate::compareAtCommonPrecision(e, s) >= 0)
        return std::nullopt;
    return problem(QStringLiteral("end_date"),
                   tr("%1: %2 is before the start date %3.")
                           .arg(fieldLabel(QStringLiteral("end_date")), end, start));
}

std::optional<EditProblem> EditValidator::checkLongitude(double lon)
{
    if (std::isfinite(lon) && lon >= -180 && lon <= 180)
        return std::nullopt;
    return problem(QStringLiteral("lon"),
                   tr("%1: %2 is outside −180 to 180 degrees.")
                           .arg(fieldLabel(QStringLiteral("lon")))
                           .arg(lon));
}

std::optional<EditProblem> EditValidator::checkLatitude(double lat)
{
    if (std::isfinite(lat) && lat >= -90 && lat <= 90)
        return std::nullopt;
    return problem(QStringLiteral("lat"),
                   tr("%1: %2 is outside −90 to 90 degrees.")
                           .arg(fieldLabel(QStringLiteral("lat")))
                           .arg(lat));
}

std::optional<EditProblem> EditValidator::checkSourceReference(const QString &url,
                                                               const QString &document)
{
    if (!url.isEmpty()) {
        static const QRegularExpression web(QStringLiteral("^https?://\\S+$"));
        if (!web.match(url).hasMatch())
            return problem(QStringLiteral("url"),
                           tr("%1: “%2” is not an http or https address.")
                                   .arg(fieldLabel(QStringLiteral("url")), url));
        return std::nullopt;
    }
    if (document.trimmed().isEmpty())
        return problem(QStringLiteral("url"),
                       tr("%1: give an http or https address, or the name of a document.")
                               .arg(fieldLabel(QStringLiteral("source_id"))));
    return std::nullopt;
}

QString EditValidator::placeName(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM places WHERE id = ?"));
    q.addBindValue(id);
    return SqlRead::first(q, nullptr) ? q.value(0).toString() : QString::number(id);
}

QVector<EditProblem> EditValidator::checkPlace(const PlaceRow &row) const
{
    QVector<EditProblem> problems;
    requireText(problems, QStringLiteral("name"), row.name,
                QT_TRANSLATE_NOOP("twinatlas::EditValidator", "%1: a place needs a name."));
    static const QRegularExpression iso2(QStringLiteral("^[A-Z]{2}$"));
    if (!iso2.match(row.country).hasMatch())
        problems << problem(QStringLiteral("country"),
                            tr("%1: “%2” is not a two-letter country code such as DE.")
                                    .arg(fieldLabel(QStringLiteral("country")), row.country));
    add(problems, checkLongitude(row.lon));
    add(problems, checkLatitude(row.lat));
    if (row.population < 0)
        problems << problem(
                QStringLiteral("population"),
                tr("%1: cannot be negative.").arg(fieldLabel(QStringLiteral("population"))));
    requireOneOf(problems, QStringLiteral("kind"), row.kind, AtlasSchema::placeKinds());
    if (row.geonameId < 0)
        problems << problem(
                QStringLiteral("geonameid"),
                tr("%1: must be a positive number.").arg(fieldLabel(QStringLiteral("geonameid"))));
    if (row.geonameId > 0) {
        const qint64 other = scalar(QStringLiteral("SELECT id FROM places WHERE geonameid = ? AND id <> ?"),
                {row.geonameId, row.id});
        if (other)
            problems << problem(QStringLiteral("geonameid"),
                                tr("%1: %2 is already the place %3.")
                                        .arg(fieldLabel(QStringLiteral("geonameid")))
                                        .arg(row.geonameId)
                                        .arg(placeName(other)));
    }
    if (!row.uid.isEmpty()
        && scalar(QStringLiteral("SELECT id FROM places WHERE uid = ? AND id <> ?"),
                  {row.uid, row.id}))
        problems << problem(QStringLiteral("uid"),
                            tr("%1: “%2” is already used by another place.")
                                    .arg(fieldLabel(QStringLiteral("uid")), row.uid));
    if (row.sourceId > 0
        && !scalar(QStringLiteral("SELECT count(*) FROM sources WHERE id = ?"),
                   {row.sourceId}))
        problems << problem(QStringLiteral("source_id"),
                            tr("%1: there is no source %2.")
                                    .arg(fieldLabel(QStringLiteral("source_id")))
                                    .arg(row.sourceId));
    return checked(problems);
}

QVector<EditProblem> EditValidator::checkAlternateName(const AlternateNameRow &row) const
{
    QVector<EditProblem> problems;
    requireText(problems, QStringLiteral("name"), row.name,
                QT_TRANSLATE_NOOP("twinatlas::EditValidator",
                                  "%1: an alternate name cannot be empty."));
    if (!scalar(QStringLiteral("SELECT count(*) FROM places WHERE id = ?"), {row.placeId}))
        problems << problem(QStringLiteral("place_id"),
                            tr("%1: there is no place %2.")
                                    .arg(fieldLabel(QStringLiteral("place_id")))
                                    .arg(row.placeId));
    else if (scalar(QStringLiteral(
                            "SELECT count(*) FROM alternate_names WHERE place_id = ? AND name = ?"),
                    {row.placeId, row.name}))
        problems << problem(
                QStringLiteral("name"),
                tr("%1: %2 already has the name “%3”.")
                        .arg(fieldLabel(QStringLiteral("name")), placeName(row.placeId), row.name));
    return checked(problems);
}

QVector<EditProblem> EditValidator::checkPartnership(const PartnershipRow &row) const
{
    QVector<EditProblem> problems;
    bool placesExist = true;
    for (const auto &[field, id] : {std::pair{QStringLiteral("place_a"), row.placeA},
                                    std::pair{QStringLiteral("place_b"), row.placeB}}) {
        if (!scalar(QStringLiteral("SELECT count(*) FROM places WHERE id = ?"), {id})) {
            problems << problem(field,
                                tr("%1: there is no place %2.").arg(fieldLabel(field)).arg(id));
            placesExist = false;
        }
    }
    if (row.placeA == row.placeB)
        problems << problem(QStringLiteral("place_b"),
                            tr("%1: a place cannot be partnered with itself.")
                                    .arg(fieldLabel(QStringLiteral("place_b"))));
    requireOneOf(problems, QStringLiteral("kind"), row.kind, AtlasSchema::partnershipKinds());
    requireOneOf(problems, QStringLiteral("status"), row.status,
                 AtlasSchema::partnershipStatuses());
    const auto start = checkDate(QStringLiteral("start_date"), row.startDate);
    const auto end = checkDate(QStringLiteral("end_date"), row.endDate);
    add(problems, start);
    add(problems, end);
    if (!start && !end)
        add(problems, checkDateOrder(row.startDate, row.endDate));
    if (placesExist && row.placeA != row.placeB) {
        const qint64 twin = scalar(QStringLiteral("SELECT id FROM partnerships WHERE min(place_a, place_b) = min(?, ?)"
                               " AND max(place_a, place_b) = max(?, ?) AND kind = ? AND id <> ?"),
                {row.placeA, row.placeB, row.placeA, row.placeB, row.kind, row.id});
        if (twin)
            problems << problem(QStringLiteral("place_b"),
                                tr("%1: %2 and %3 already have a partnership of the kind “%4”.")
                                        .arg(fieldLabel(QStringLiteral("place_b")),
                                             placeName(row.placeA), placeName(row.placeB),
                                             row.kind));
    }
    return checked(problems);
}

QVector<EditProblem> EditValidator::checkEvent(const EventRow &row) const
{
    QVector<EditProblem> problems;
    if (!scalar(QStringLiteral("SELECT count(*) FROM partnerships WHERE id = ?"),
                {row.partnershipId}))
        problems << problem(QStringLiteral("partnership_id"),
                            tr("%1: there is no partnership %2.")
                                    .arg(fieldLabel(QStringLiteral("partnership_id")))
                                    .arg(row.partnershipId));
    add(problems, checkDate(QStringLiteral("date"), row.date, true));
    requireOneOf(problems, QStringLiteral("type"), row.type, AtlasSchema::eventTypes());
    return checked(problems);
}

QVector<EditProblem> EditValidator::checkSource(const SourceRow &row) const
{
    QVector<EditProblem> problems;
    requireText(problems, QStringLiteral("title"), row.title,
                QT_TRANSLATE_NOOP("twinatlas::EditValidator", "%1: a source needs a title."));
    add(problems, checkSourceReference(row.url, row.document));
    if (!row.uid.isEmpty()
        && scalar(QStringLiteral("SELECT id FROM sources WHERE uid = ? AND id <> ?"),
                  {row.uid, row.id}))
        problems << problem(QStringLiteral("uid"),
                            tr("%1: “%2” is already used by another source.")
                                    .arg(fieldLabel(QStringLiteral("uid")), row.uid));
    return checked(problems);
}

QVector<EditProblem> EditValidator::checkChecklistEntry(const ChecklistRow &row) const
{
    QVector<EditProblem> problems;
    for (const auto &[field, uid] : {std::pair{QStringLiteral("place_uid"), row.placeUid},
                                     std::pair{QStringLiteral("partner_uid"), row.partnerUid}}) {
        if (!scalar(QStringLiteral("SELECT count(*) FROM places WHERE uid = ?"), {uid}))
            problems << problem(field,
                                tr("%1: there is no place “%2”.").arg(fieldLabel(field), uid));
    }
    if (row.placeUid == row.partnerUid)
        problems << problem(QStringLiteral("partner_uid"),
                            tr("%1: a place is not its own partner.")
                                    .arg(fieldLabel(QStringLiteral("partner_uid"))));
    requireOneOf(problems, QStringLiteral("state"), row.state, AtlasSchema::checklistStates());
    add(problems, checkDate(QStringLiteral("received_date"), row.receivedDate));
    if (!row.receivedDate.isEmpty() && row.state != QLatin1String("received"))
        problems << problem(QStringLiteral("received_date"),
                            tr("%1: only a card that has been received has a date.")
                                    .arg(fieldLabel(QStringLiteral("received_date"))));
    return checked(problems);
}

QVector<EditProblem> EditValidator::checkPlaceRemoval(qint64 placeId) const
{
    const int n = int(scalar(QStringLiteral("SELECT count(*) FROM partnerships WHERE place_a = ? OR place_b = ?"),
            {placeId, placeId}));
    if (n == 0)
        return checked({});
    return checked({problem(
            QStringLiteral("place_id"),
            tr("%1 cannot be removed while %n partnership(s) refer to it; remove them first.", nullptr, n)
                    .arg(placeName(placeId)))});
}

QVector<EditProblem> EditValidator::checkSourceRemoval(qint64 sourceId) const
{
    const int n = int(scalar(QStringLiteral("SELECT (SELECT count(*) FROM places WHERE source_id = ?)"
                           " + (SELECT count(*) FROM partnership_sources WHERE source_id = ?)"
                           " + (SELECT count(*) FROM event_sources WHERE source_id = ?)"),
            {sourceId, sourceId, sourceId}));
    if (n == 0)
        return checked({});
    const QString title = [&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT title FROM sources WHERE id = ?"));
        q.addBindValue(sourceId);
        return SqlRead::first(q, nullptr) ? q.value(0).toString() : QString::number(sourceId);
    }();
    return checked({problem(
            QStringLiteral("source_id"),
            tr("The source “%1” cannot be removed while %n row(s) cite it.", nullptr, n).arg(title))});
}

} // namespace twinatlas
