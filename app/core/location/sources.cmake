# SPDX-License-Identifier: GPL-3.0-or-later
# Where the user is: NMEA logs and live position sources (Qt Positioning), and the nearest place
# with partnerships.
target_sources(twinatlas_core PRIVATE
  location/positionfix.h
  location/nmeasentenceparser.h location/nmeasentenceparser.cpp
  location/nmealog.h location/nmealog.cpp
  location/nearestplacefinder.h location/nearestplacefinder.cpp
  location/locationtext.h location/locationtext.cpp
  location/positionsourcesetting.h location/positionsourcesetting.cpp
  location/positionrequest.h location/positionrequest.cpp)

# GeoClue is asked over the system D-Bus; whether it is there at all is asked first.
find_package(Qt6 COMPONENTS DBus)
if(TARGET Qt6::DBus)
  target_link_libraries(twinatlas_core PRIVATE Qt6::DBus)
  target_compile_definitions(twinatlas_core PRIVATE TWINATLAS_HAVE_DBUS)
endif()

# The reverse-DNS id of the desktop entry: GeoClue asks the user about this id, and the
# window's Wayland app id must match the installed .desktop file (packaging/).
target_compile_definitions(twinatlas_core PUBLIC TWINATLAS_APP_ID="${TWINATLAS_APP_ID}")
