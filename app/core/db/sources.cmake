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
  db/tsvfile.h db/tsvfile.cpp)
