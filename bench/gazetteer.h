// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/mapplace.h"

#include <QString>
#include <QVector>

namespace twinatlas::bench {

/**
 * Every place of an atlas's places table (the bundled atlas holds the 135,000 of GeoNames'
 * cities1000), as MapPlace values with no partners yet: what the synthetic world is made
 * from and what picking is measured over.
 */
class Gazetteer
{
public:
    /** Reads the atlas at path; empty with errorString() on failure. */
    static Gazetteer load(const QString &path);

    const QVector<MapPlace> &places() const { return m_places; }
    QString errorString() const { return m_errorString; }

private:
    QVector<MapPlace> m_places;
    QString m_errorString;
};

} // namespace twinatlas::bench
