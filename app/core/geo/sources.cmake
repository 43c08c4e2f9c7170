# SPDX-License-Identifier: GPL-3.0-or-later
# Geodesy (GeographicLib) and map projections: everything that knows the shape of the Earth.
target_sources(twinatlas_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/lonlat.h
  ${CMAKE_CURRENT_LIST_DIR}/geodesy.h ${CMAKE_CURRENT_LIST_DIR}/geodesy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/projection.h ${CMAKE_CURRENT_LIST_DIR}/projection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/azimuthalprojection.h ${CMAKE_CURRENT_LIST_DIR}/azimuthalprojection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/equalearthprojection.h ${CMAKE_CURRENT_LIST_DIR}/equalearthprojection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/naturalearthprojection.h ${CMAKE_CURRENT_LIST_DIR}/naturalearthprojection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/equirectangularprojection.h ${CMAKE_CURRENT_LIST_DIR}/equirectangularprojection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/orthographicprojection.h ${CMAKE_CURRENT_LIST_DIR}/orthographicprojection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/azimuthalequidistantprojection.h ${CMAKE_CURRENT_LIST_DIR}/azimuthalequidistantprojection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/projectionregistry.h ${CMAKE_CURRENT_LIST_DIR}/projectionregistry.cpp
  ${CMAKE_CURRENT_LIST_DIR}/projectedline.h ${CMAKE_CURRENT_LIST_DIR}/projectedline.cpp)
