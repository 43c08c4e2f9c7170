# SPDX-License-Identifier: GPL-3.0-or-later
# Partnerships from Wikidata: the query (resources/wikidata/twinnings.rq, compiled in), its
# answers read and merged, the fetch over HTTP, and what a fetch changes in the atlas.
target_link_libraries(twinatlas_core PUBLIC Qt6::Network)
target_sources(twinatlas_core PRIVATE
  wikidata/sparqlterm.h wikidata/sparqlterm.cpp
  wikidata/sparqltemplate.h wikidata/sparqltemplate.cpp
  wikidata/sparqlresults.h wikidata/sparqlresults.cpp
  wikidata/wikidataitem.h
  wikidata/twinningstatement.h
  wikidata/wikidatabatch.h wikidata/wikidatabatch.cpp
  wikidata/wikidatascope.h wikidata/wikidatascope.cpp
  wikidata/wikidatafetch.h wikidata/wikidatafetch.cpp
  wikidata/wikidatachange.h
  wikidata/wikidataupdate.h wikidata/wikidataupdate.cpp
  wikidata/wikidatasettings.h wikidata/wikidatasettings.cpp)
qt_add_resources(twinatlas_core "twinatlas_wikidata_query"
  PREFIX "/"
  BASE ${PROJECT_SOURCE_DIR}/resources
  FILES ${PROJECT_SOURCE_DIR}/resources/wikidata/twinnings.rq)
