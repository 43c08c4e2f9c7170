# SPDX-License-Identifier: GPL-3.0-or-later
# The models and the atlas window, run against the bundled atlas on the offscreen platform.
twinatlas_add_test(tst_uimodels LIBS twinatlas_models)
twinatlas_add_test(tst_atlaswindow LIBS twinatlas_ui)
twinatlas_add_test(tst_newcomerwindow LIBS twinatlas_ui)
foreach(t tst_uimodels tst_atlaswindow tst_newcomerwindow)
  add_dependencies(${t} twinatlas-data)
  # Collation (Łódź beside Lisbon) and number formats as a user has them, not the C locale's.
  set_property(TEST ${t} APPEND PROPERTY ENVIRONMENT "LC_ALL=en_GB.UTF-8")
endforeach()
