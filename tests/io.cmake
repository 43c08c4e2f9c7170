# SPDX-License-Identifier: GPL-3.0-or-later
# Importing lists and exporting data: the readers, the resolver (against the bundled atlas,
# so that it meets the real gazetteer), the import as one undoable change, the writers, the
# command line, and the fuzzer's corpus replayed as a regular test.
find_package(SQLite3 REQUIRED)
twinatlas_add_test(tst_importreaders)
twinatlas_add_test(tst_placeresolver)
twinatlas_add_test(tst_importjob LIBS SQLite::SQLite3)
twinatlas_add_test(tst_dataexport)
twinatlas_add_test(tst_importcommand)
twinatlas_add_test(tst_fuzzcorpus SOURCES fuzz/fuzztarget.h fuzz/fuzztarget.cpp)
target_include_directories(tst_fuzzcorpus PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/fuzz)
target_compile_definitions(tst_fuzzcorpus PRIVATE
  TWINATLAS_FUZZ_CORPUS="${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus"
  TWINATLAS_FUZZ_REGRESSIONS="${CMAKE_CURRENT_SOURCE_DIR}/fuzz/regressions")
# The resolution test measures the resolver on a synthetic list made as the import bench makes
# its own (bench/listsynthesizer.cpp).
twinatlas_add_test(tst_resolutionquality SOURCES ${PROJECT_SOURCE_DIR}/bench/listsynthesizer.cpp
  ${PROJECT_SOURCE_DIR}/bench/caselists.cpp)
target_include_directories(tst_resolutionquality PRIVATE ${PROJECT_SOURCE_DIR}/bench)
foreach(t tst_placeresolver tst_importjob tst_dataexport tst_importcommand tst_resolutionquality)
  add_dependencies(${t} twinatlas-data twinatlas)
endforeach()
