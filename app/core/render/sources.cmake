# SPDX-License-Identifier: GPL-3.0-or-later
# The map renderer: QPainter on any paint device, shared by the map view and every exporter.
target_sources(twinatlas_core PRIVATE
  render/basemap.h render/basemap.cpp
  render/mapplace.h render/maplink.h
  render/mapnetwork.h render/mapnetwork.cpp
  render/mapviewport.h render/mapviewport.cpp
  render/maptheme.h render/maptheme.cpp
  render/linestyle.h render/linestyle.cpp
  render/maprenderstate.h render/maprenderoptions.h
  render/maprenderer.h render/maprenderer.cpp
  render/placepicker.h render/placepicker.cpp
  render/linkpicker.h render/linkpicker.cpp
  render/labelplacer.h render/labelplacer.cpp
  render/maplabel.h
  render/placelabels.h render/placelabels.cpp
  render/screenclip.h render/screenclip.cpp
  render/projectedgeometry.h render/projectedgeometry.cpp
  render/networkraster.h render/networkraster.cpp
  render/networklayer.h render/networklayer.cpp
  render/mapframe.h render/mapframe.cpp
  render/parallelfor.h render/parallelfor.cpp)
