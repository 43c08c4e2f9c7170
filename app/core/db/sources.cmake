# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(twinatlas_core PRIVATE
  db/atlasrecords.h
  db/atlasschema.h db/atlasschema.cpp
  db/atlasdatabase.h db/atlasdatabase.cpp
  db/atlasreader.h db/atlasreader.cpp
  db/atlasbuilder.h db/atlasbuilder.cpp
  db/basemapbuilder.h db/basemapbuilder.cpp
  db/countrynames.h db/countrynames.cpp
  db/atlaslocation.h db/atlaslocation.cpp
  db/partialdate.h db/partialdate.cpp
  db/tsvfile.h db/tsvfile.cpp
  db/placekeys.h db/placekeys.cpp
  db/searchindexwriter.h db/searchindexwriter.cpp
  db/sqlitehandle.h db/sqlitehandle.cpp
  db/sqlfailure.h db/sqlfailure.cpp
  db/sqlread.h db/sqlread.cpp
  db/readfailures.h db/readfailures.cpp
  db/atlascheck.h db/atlascheck.cpp
  db/atlasrescue.h db/atlasrescue.cpp
  db/atlasbackup.h db/atlasbackup.cpp
  db/upgradereport.h db/upgradereport.cpp
  db/atlasmerge.h db/atlasmerge.cpp
  db/atlasupgrader.h db/atlasupgrader.cpp
  db/provenancetext.h db/provenancetext.cpp
  db/cldrcitynames.h db/cldrcitynames.cpp)

# The online backup API, on the handle under Qt's connection: Debian's Qt SQLite plugin uses
# this same system libsqlite3.
find_package(SQLite3 REQUIRED)
target_link_libraries(twinatlas_core PRIVATE SQLite::SQLite3)

# CLDR's city names in each language, from ICU's time zone data (CldrCityNames). Qt links the
# same libicu already.
find_package(ICU REQUIRED COMPONENTS uc i18n)
target_link_libraries(twinatlas_core PRIVATE ICU::uc ICU::i18n)
