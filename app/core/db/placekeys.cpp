// SPDX-License-Identifier: GPL-3.0-or-later
#include "placekeys.h"

#include "search/textfold.h"

namespace twinatlas {

QSet<QString> PlaceKeys::nameKeys(const QString &name, const QString &asciiName,
                                  const QStringList &alternates)
{
    QSet<QString> keys;
    auto add = [&keys](const QString &n) {
        for (const QString &k : TextFold::keyVariants(n))
            keys.insert(k);
    };
    add(name);
    add(asciiName);
    for (const QString &a : alternates)
        add(a);
    return keys;
}

QSet<QString> PlaceKeys::wordKeys(const QString &name, const QString &asciiName)
{
    QSet<QString> keys;
    for (const QString &n : {name, asciiName}) {
        for (const QString &variant : TextFold::keyVariants(n)) {
            int from = 0;
            while ((from = variant.indexOf(QLatin1Char(' '), from)) >= 0) {
                ++from;
                if (variant.size() - from >= 3)
                    keys.insert(variant.mid(from));
            }
        }
    }
    return keys;
}

QSet<QString> PlaceKeys::all(const QString &name, const QString &asciiName,
                             const QStringList &alternates)
{
    return nameKeys(name, asciiName, alternates) | wordKeys(name, asciiName);
}

} // namespace twinatlas
