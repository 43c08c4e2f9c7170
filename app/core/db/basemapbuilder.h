// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace twinatlas {

/**
 * Packs the Natural Earth text files of data/geometry/ into the base map file the renderer reads
 * (a small SQLite file of float32 point arrays, one row per ring or line, with its bounding box).
 * It is kept apart from the atlas because it never changes with the user's edits.
 */
class BasemapBuilder
{
public:
    bool build(const QString &geometryDir, const QString &outPath);
    QStringList errors() const { return m_errors; }
    QString summary() const { return m_summary; }

private:
    QStringList m_errors;
    QString m_summary;
};

} // namespace twinatlas
