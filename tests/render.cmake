# SPDX-License-Identifier: GPL-3.0-or-later
# The map renderer: pixels of rendered images, the viewport's arithmetic, and picking.
twinatlas_add_test(tst_maprenderer)
twinatlas_add_test(tst_mapviewport)
twinatlas_add_test(tst_placepicker)
if(TARGET twinatlas-data)
  # The renderer test draws on the bundled base map.
  add_dependencies(tst_maprenderer twinatlas-data)
endif()
