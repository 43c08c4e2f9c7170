# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(twinatlas_core PRIVATE
  search/textfold.h search/textfold.cpp
  search/placesearch.h search/placesearch.cpp)
