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

QString PartialDate::toDisplayString(const QLocale &c) const
{
    switch (m_precision) {
    case Precision::None: return {};
    case Precision::Year: return QString::number(m_year);
    case Precision::Month: return c.toString(QDate(m_year, m_month, 1), QStringLiteral("MMMM yyyy"));
    case Precision::Day: return c.toString(QDate(m_year, m_month, m_day), QStringLiteral("d MMMM yyyy"));
    }
    return {};
}

} // namespace twinatlas
