// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
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
    /** Where the iso-codes data is read from (overridable for tests and packages). */
    static QString isoCodesPath();

private:
    static const QHash<QString, QString> &table();
};

} // namespace twinatlas
