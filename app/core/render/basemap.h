// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lonlat.h"

#include <QString>
#include <QVector>

#include <array>
#include <memory>
#include <mutex>

namespace twinatlas {

/**
 * The Natural Earth land and borders the map is drawn on, read from the base map file that
 * BasemapBuilder writes (AtlasLocation::basemap()). Each layer and scale is read the first
 * time it is asked for, because the 10 m layers are only needed when the user zooms in; the
 * loaded rings are shared, immutable, with every renderer on every thread.
 *
 * Land rings are already split at ±180 (data/README.md) and belong to polygons with holes:
 * fill all land rings together with the odd-even rule. Borders are open lines.
 */
class BaseMap
{
public:
    enum class Layer { Land, Borders };
    enum class Scale { Coarse110m, Medium50m, Fine10m };
    using Rings = QVector<QVector<LonLat>>;

    BaseMap();
    ~BaseMap();
    BaseMap(const BaseMap &) = delete;
    BaseMap &operator=(const BaseMap &) = delete;

    /**
     * Checks that path is a readable base map; false with errorString() naming the file when
     * it is not. Nothing is loaded yet.
     */
    bool open(const QString &path);
    bool isOpen() const;
    QString fileName() const;
    QString errorString() const;

    /**
     * The rings of one layer at one scale, loaded on first use (safe to call from several
     * threads at once); an empty set when the file is not open or lacks that layer.
     */
    std::shared_ptr<const Rings> rings(Layer layer, Scale scale) const;

    static QString layerName(Layer layer);
    static QString scaleName(Scale scale);

private:
    std::shared_ptr<const Rings> load(Layer layer, Scale scale) const;

    QString m_fileName;
    mutable QString m_errorString; ///< also set by a failed load
    bool m_open = false;
    mutable std::mutex m_mutex;
    mutable std::array<std::shared_ptr<const Rings>, 6> m_loaded;
};

} // namespace twinatlas
