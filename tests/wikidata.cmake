# SPDX-License-Identifier: GPL-3.0-or-later
# Partnerships from Wikidata, offline: the tests' SPARQL endpoint runs the program's own query
# with Debian's roqet (rasqal-utils) over Turtle fixtures in tests/data/wikidata, on 127.0.0.1.
qt_add_executable(sparql-fixture-server tools/sparqlfixtureserver.cpp)
target_link_libraries(sparql-fixture-server PRIVATE Qt6::Core Qt6::Network)

twinatlas_add_test(tst_wikidatareader)
twinatlas_add_test(tst_wikidatafetch SOURCES fixtureserver.h)
twinatlas_add_test(tst_wikidatacommand SOURCES fixtureserver.h)
twinatlas_add_test(tst_wikidatawindow SOURCES fixtureserver.h LIBS twinatlas_ui)
foreach(t tst_wikidatafetch tst_wikidatacommand tst_wikidatawindow)
  target_compile_definitions(${t} PRIVATE TWINATLAS_SPARQL_SERVER="$<TARGET_FILE:sparql-fixture-server>")
  add_dependencies(${t} sparql-fixture-server)
endforeach()
add_dependencies(tst_wikidatacommand twinatlas)
add_dependencies(tst_wikidatawindow twinatlas-data)
