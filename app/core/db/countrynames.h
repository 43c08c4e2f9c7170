// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QLocale>
#include <QString>

namespace twinatlas {

/**
 * Country names by ISO 3166-1 alpha-2 code, from Debian's iso-codes (the field's own list),
 * plus the few codes GeoNames uses that ISO has not assigned (XK, Kosovo). Loaded once, lazily.
 */
class CountryNames
{
public:
    /** The English short name ("Germany"); the code itself when unknown. */
    static QString name(const QString &alpha2);
    /**
     * The name in the locale's language ("Deutschland", "Allemagne"), from iso-codes' gettext
     * catalogue of that language; the English name where there is none. For what a person
     * reads; the command line's tab-separated output keeps name().
     */
    static QString localName(const QString &alpha2, const QLocale &locale = QLocale());
    /** Where the iso-codes data is read from (overridable for tests and packages). */
    static QString isoCodesPath();
    /** Where iso-codes' translations are: <dir>/<lang>/LC_MESSAGES/iso_3166-1.mo. */
    static QString localeDir();

private:
    static const QHash<QString, QString> &table();
};

} // namespace twinatlas
