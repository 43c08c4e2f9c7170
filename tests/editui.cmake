# SPDX-License-Identifier: GPL-3.0-or-later
# Editing from the window: the undo commands against the small atlas, and the forms, the map,
# the detail pane, the checklist and read-only mode against the bundled one, offscreen.
find_package(SQLite3 REQUIRED)
twinatlas_add_test(tst_editcommands LIBS twinatlas_commands SQLite::SQLite3)
twinatlas_add_test(tst_editwindow LIBS twinatlas_ui)
add_dependencies(tst_editwindow twinatlas-data)
# Dates and numbers as a user has them, not the C locale's.
set_property(TEST tst_editwindow APPEND PROPERTY ENVIRONMENT "LC_ALL=en_GB.UTF-8")
