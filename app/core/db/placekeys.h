// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace twinatlas {

/**
 * The search keys of a place, in one place so that the builder and every later edit index a
 * place the same way: a place edited and then restored must have exactly the keys it was built
 * with.
 */
class PlaceKeys
{
public:
    /** Keys of the place's names: its name, ASCII name and alternate names (TextFold). */
    static QSet<QString> nameKeys(const QString &name, const QString &asciiName,
                                  const QStringList &alternates);

    /** Later words of the place's own names, so that "novgorod" finds Nizhny Novgorod. */
    static QSet<QString> wordKeys(const QString &name, const QString &asciiName);

    /** Every key the place is indexed under. */
    static QSet<QString> all(const QString &name, const QString &asciiName,
                             const QStringList &alternates);
};

} // namespace twinatlas
