// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialdate.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

namespace twinatlas {

PartialDate PartialDate::fromIso(const QString &text)
{
    PartialDate d;
    static const QRegularExpression pattern(
            QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        d.m_error = QStringLiteral("“%1” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
                            .arg(text);
        return d;
    }
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    const int day = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    if (!match.captured(2).isEmpty() && (month < 1 || month > 12)) {
        d.m_error = QStringLiteral("“%1” has no month %2").arg(text).arg(month);
        return d;
    }
    if (!match.captured(3).isEmpty() && !QDate(year, month, day).isValid()) {
        d.m_error = QStringLiteral("“%1” is not a day of the calendar").arg(text);
        return d;
    }
    d.m_year = year;
    d.m_month = month;
    d.m_day = day;
    d.m_iso = text;
    d.m_precision = day ? Precision::Day : month ? Precision::Month : Precision::Year;
    return d;
}

int PartialDate::compareAtCommonPrecision(const PartialDate &a, const PartialDate &b)
{
    if (a.m_year != b.m_year)
        return a.m_year < b.m_year ? -1 : 1;
    if (a.m_month && b.m_month && a.m_month != b.m_month)
        return a.m_month < b.m_month ? -1 : 1;
    if (a.m_day && b.m_day && a.m_day != b.m_day)
        return a.m_day < b.m_day ? -1 : 1;
    return 0;
}

namespace {

/**
 * The locale's long date without the weekday: "17 November 1989", "17. November 1989",
 * "November 17, 1989", "17 de noviembre de 1989". Qt has no such format of its own.
 */
QString dayMonthYearFormat(const QLocale &locale)
{
    static const QRegularExpression weekday(QStringLiteral("dddd[,.]?\\s*|[,\\s]*dddd"));
    return locale.dateFormat(QLocale::LongFormat).remove(weekday).trimmed();
}

/**
 * "November 1989", "novembre 1989", "listopad 1989", "noviembre de 1989": the month's name as
 * it stands alone (Polish "listopad", not the "listopada" of a full date), in CLDR's year-month
 * order for the language, which is month then year for every language the program speaks.
 */
QString monthYear(const QLocale &locale, int year, int month)
{
    const QString name = locale.standaloneMonthName(month, QLocale::LongFormat);
    const QString y = QString::number(year); // a year, not a quantity: never "1.989"
    switch (locale.language()) {
    case QLocale::Spanish:
    case QLocale::Portuguese:
    case QLocale::Catalan:
        return QStringLiteral("%1 de %2").arg(name, y);
    case QLocale::Hungarian:
        return QStringLiteral("%1. %2").arg(y, name);
    case QLocale::Chinese:
    case QLocale::Japanese:
        return QStringLiteral("%1年%2").arg(y, name);
    case QLocale::Korean:
        return QStringLiteral("%1년 %2").arg(y, name);
    default:
        return QStringLiteral("%1 %2").arg(name, y);
    }
}

} // namespace

QString PartialDate::toDisplayString(const QLocale &locale) const
{
    switch (m_precision) {
    case Precision::None: return {};
    case Precision::Year: return QString::number(m_year);
    case Precision::Month: return monthYear(locale, m_year, m_month);
    case Precision::Day:
        return locale.toString(QDate(m_year, m_month, m_day), dayMonthYearFormat(locale));
    }
    return {};
}

} // namespace twinatlas
