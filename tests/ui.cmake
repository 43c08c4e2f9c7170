# SPDX-License-Identifier: GPL-3.0-or-later
# The models and the atlas window, run against the bundled atlas on the offscreen platform.
twinatlas_add_test(tst_uimodels LIBS twinatlas_models)
twinatlas_add_test(tst_atlaswindow LIBS twinatlas_ui)
twinatlas_add_test(tst_placenameswindow LIBS twinatlas_ui)
twinatlas_add_test(tst_newcomerwindow LIBS twinatlas_ui)
foreach(t tst_uimodels tst_atlaswindow tst_placenameswindow tst_newcomerwindow)
  add_dependencies(${t} twinatlas-data)
  # Collation (Łódź beside Lisbon) and number formats as a user has them, not the C locale's.
  set_property(TEST ${t} APPEND PROPERTY ENVIRONMENT "LC_ALL=en_GB.UTF-8")
endforeach()
# The window on a screen of a known size (1600 × 900): it never grows past it.
twinatlas_add_test(tst_windowsize LIBS twinatlas_ui)
add_dependencies(tst_windowsize twinatlas-data)
set_tests_properties(tst_windowsize PROPERTIES ENVIRONMENT
  "QT_QPA_PLATFORM=offscreen:configfile=${CMAKE_CURRENT_SOURCE_DIR}/data/offscreen-1600x900.json;LC_ALL=en_GB.UTF-8")
# Damaged, read-only and full atlases: what the command line and the window say, and the way out.
twinatlas_add_test(tst_atlasstorage LIBS twinatlas_ui)
twinatlas_add_test(tst_atlasrescue LIBS twinatlas_ui)
foreach(t tst_atlasstorage tst_atlasrescue)
  add_dependencies(${t} twinatlas-data twinatlas)
endforeach()
