// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontext.h"

#include "export/mapexporter.h"
#include "render/maprenderer.h"

namespace twinatlas {

std::shared_ptr<MapExporter> ExportContext::makeExporter() const
{
    // The renderer's network is the one the window shows; without a renderer (tests, a
    // context made by hand) the exporter makes its own from the base map and network.
    if (renderer && renderer->network() == network)
        return std::make_shared<MapExporter>(renderer);
    return std::make_shared<MapExporter>(baseMap, network);
}

} // namespace twinatlas
