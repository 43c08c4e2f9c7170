# SPDX-License-Identifier: GPL-3.0-or-later
# Import and export of lists: readers of delimited text, pasted lists and Wikidata results,
# offline name resolution against the gazetteer and iso-codes, the import plan, and writers
# of CSV, GeoJSON and KML.
find_package(SQLite3 REQUIRED)
target_link_libraries(twinatlas_core PRIVATE SQLite::SQLite3)
target_sources(twinatlas_core PRIVATE
  io/inputfault.h
  io/textdecoder.h io/textdecoder.cpp
  io/delimitedtable.h io/delimitedtable.cpp
  io/columnmapping.h io/columnmapping.cpp
  io/importformat.h io/importformat.cpp
  io/importrecord.h
  io/fieldparser.h io/fieldparser.cpp
  io/placetext.h io/placetext.cpp
  io/placequalifier.h io/placequalifier.cpp
  io/pastedlist.h io/pastedlist.cpp
  io/listreader.h io/listreader.cpp
  io/mocatalog.h io/mocatalog.cpp
  io/editdistance.h io/editdistance.cpp
  io/countryresolver.h io/countryresolver.cpp
  io/gazetteerindex.h io/gazetteerindex.cpp
  io/resolution.h io/resolution.cpp
  io/placeresolver.h io/placeresolver.cpp
  io/importplan.h io/importplan.cpp
  io/importjob.h io/importjob.cpp
  io/exportselection.h io/exportselection.cpp
  io/antimeridiansplit.h io/antimeridiansplit.cpp
  io/atlascsvwriter.h io/atlascsvwriter.cpp
  io/geojsonwriter.h io/geojsonwriter.cpp
  io/kmlwriter.h io/kmlwriter.cpp
  io/xmltext.h io/xmltext.cpp
  io/savefile.h io/savefile.cpp)
