# SPDX-License-Identifier: GPL-3.0-or-later
# Editing through change sets, updates of the bundled data, backups, the instance lock and the
# postcard checklist.
find_package(SQLite3 REQUIRED)
twinatlas_add_test(tst_atlaswriter)
twinatlas_add_test(tst_searchindexwriter)
twinatlas_add_test(tst_schemamigration LIBS SQLite::SQLite3)
twinatlas_add_test(tst_atlasupgrader LIBS SQLite::SQLite3)
twinatlas_add_test(tst_atlasbackup LIBS SQLite::SQLite3)

# A writer run as its own process, to be killed (tst_crashwriter) or to hold an atlas's lock
# (tst_instancelock).
qt_add_executable(tst_crashwriter_helper tst_crashwriter_helper.cpp)
target_link_libraries(tst_crashwriter_helper PRIVATE twinatlas_core)
foreach(t tst_crashwriter tst_instancelock)
  twinatlas_add_test(${t})
  add_dependencies(${t} tst_crashwriter_helper)
  target_compile_definitions(${t} PRIVATE
    TWINATLAS_CRASH_HELPER="$<TARGET_FILE:tst_crashwriter_helper>")
endforeach()
twinatlas_add_test(tst_checklist)
