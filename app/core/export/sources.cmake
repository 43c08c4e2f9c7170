# SPDX-License-Identifier: GPL-3.0-or-later
# Exporting the map: page layout, PNG/SVG/PDF through the renderer, the saved map view.
target_sources(twinatlas_core PRIVATE
  export/exportformat.h export/exportformat.cpp
  export/exportsize.h export/exportsize.cpp
  export/legendentry.h
  export/maplegend.h export/maplegend.cpp
  export/maplayout.h export/maplayout.cpp
  export/attribution.h export/attribution.cpp
  export/mapextent.h export/mapextent.cpp
  export/mapexportsettings.h
  export/viewportsettings.h export/viewportsettings.cpp
  export/mapexporter.h export/mapexporter.cpp)
# QSvgGenerator; PUBLIC so that whoever links the core can read the SVG back (tests, the window).
target_link_libraries(twinatlas_core PUBLIC Qt6::Svg)
