# SPDX-License-Identifier: GPL-3.0-or-later
# The translations: complete in every language (reading translations/*.ts), and the window in
# German with German menus, Qt's own buttons in German and nothing clipped, offscreen.
twinatlas_add_test(tst_translations LIBS Qt6::Core)
target_compile_definitions(tst_translations PRIVATE
  TWINATLAS_TRANSLATIONS_DIR="${PROJECT_SOURCE_DIR}/translations")
twinatlas_add_test(tst_germanwindow LIBS twinatlas_ui)
add_dependencies(tst_germanwindow twinatlas-data)
