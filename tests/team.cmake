# SPDX-License-Identifier: GPL-3.0-or-later
# The team atlas: the merge without a server, and the rest against a real PostgreSQL 15 server
# that a CTest fixture starts for the run (tests/team-fixture.sh) and stops afterwards. The
# tests that use it take turns (RESOURCE_LOCK): one of them stops the server on purpose.
twinatlas_add_test(tst_teammerge)

set(TEAM_SERVER_STATE ${CMAKE_CURRENT_BINARY_DIR}/team-server.state)
add_test(NAME team_server_start
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/team-fixture.sh start ${TEAM_SERVER_STATE})
set_tests_properties(team_server_start PROPERTIES FIXTURES_SETUP team_server TIMEOUT 300)
add_test(NAME team_server_stop
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/team-fixture.sh stop ${TEAM_SERVER_STATE})
set_tests_properties(team_server_stop PROPERTIES FIXTURES_CLEANUP team_server TIMEOUT 300)

twinatlas_add_test(tst_teamwindow LIBS twinatlas_ui)
foreach(t tst_teamsync tst_teamfaults tst_teamdesktops tst_teamcli tst_teamwindow)
  if(NOT t STREQUAL tst_teamwindow)
    twinatlas_add_test(${t})
  endif()
  target_compile_definitions(${t} PRIVATE
    TWINATLAS_TEAM_SERVER_SCRIPT="${PROJECT_SOURCE_DIR}/scripts/team-server.sh")
  target_link_libraries(${t} PRIVATE SQLite::SQLite3)
  set_tests_properties(${t} PROPERTIES
    FIXTURES_REQUIRED team_server
    RESOURCE_LOCK team_server
    TIMEOUT 900
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TWINATLAS_TEAM_SERVER_STATE=${TEAM_SERVER_STATE}")
endforeach()
# The window's dates and numbers as a user has them.
set_property(TEST tst_teamwindow APPEND PROPERTY ENVIRONMENT "LC_ALL=en_GB.UTF-8")
