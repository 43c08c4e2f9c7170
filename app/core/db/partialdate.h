// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace twinatlas {

/**
 * A date of a partnership at its own precision: "1988", "1989-11" or "1989-11-17". Stored as the
 * ISO 8601 text so that nothing is invented; comparisons happen at the common precision.
 */
class PartialDate
{
public:
    enum class Precision { None, Year, Month, Day };

    PartialDate() = default;
    /** Parses ISO text; an ill-formed text gives an invalid date (see isValid, errorString). */
    static PartialDate fromIso(const QString &text);

    bool isNull() const { return m_precision == Precision::None && m_error.isEmpty(); }
    bool isValid() const { return m_precision != Precision::None; }
    Precision precision() const { return m_precision; }
    QString errorString() const { return m_error; }
    QString toIso() const { return m_iso; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    /** Negative, zero or positive comparing at the precision both dates share. */
    static int compareAtCommonPrecision(const PartialDate &a, const PartialDate &b);

    /**
     * The date as the locale writes it, at its own precision: "17 November 1989" (en_GB),
     * "17. November 1989" (de), "November 1989", "novembre 1989", "listopad 1989" or "1989".
     */
    QString toDisplayString(const QLocale &locale = QLocale()) const;

private:
    Precision m_precision = Precision::None;
    QString m_iso;
    QString m_error;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

} // namespace twinatlas
