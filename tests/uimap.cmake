# SPDX-License-Identifier: GPL-3.0-or-later
# The map window's projections, themes and remembered view, and exporting and printing from it.
twinatlas_add_test(tst_viewtransitions LIBS twinatlas_ui)
twinatlas_add_test(tst_mapwindow LIBS twinatlas_ui)
twinatlas_add_test(tst_exportdialog LIBS twinatlas_ui)
foreach(t tst_mapwindow tst_exportdialog)
  add_dependencies(${t} twinatlas-data)
  set_property(TEST ${t} APPEND PROPERTY ENVIRONMENT "LC_ALL=en_GB.UTF-8")
endforeach()
# The map's share of the window on four screen sizes, one at scale 2 (its own offscreen screens).
twinatlas_add_test(tst_windowlayout LIBS twinatlas_ui)
add_dependencies(tst_windowlayout twinatlas-data)
set_property(TEST tst_windowlayout APPEND PROPERTY ENVIRONMENT "LC_ALL=en_GB.UTF-8")
