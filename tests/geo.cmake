# SPDX-License-Identifier: GPL-3.0-or-later
# Geodesy and projections, checked against GeographicLib's GeodSolve and PROJ's proj at run time.
twinatlas_add_test(tst_geodesy)
twinatlas_add_test(tst_projections)
# The ring tests measure areas on the sphere with GeographicLib's PolygonArea and read the
# bundled data/geometry/*.txt.gz with zlib.
twinatlas_add_test(tst_projectedline LIBS ${GeographicLib_LIBRARIES} ZLIB::ZLIB)
target_include_directories(tst_projectedline PRIVATE ${GeographicLib_INCLUDE_DIRS})
