# SPDX-License-Identifier: GPL-3.0-or-later
# Exporting maps: the exporter in process, and `twinatlas export` as a user runs it.
twinatlas_add_test(tst_mapexporter)
twinatlas_add_test(tst_exportcommand)
foreach(t tst_mapexporter tst_exportcommand)
  add_dependencies(${t} twinatlas-data twinatlas)
endforeach()
# Every subcommand as a script runs it, fresh environment: stderr holds only its own messages.
twinatlas_add_test(tst_quietcommandline)
add_dependencies(tst_quietcommandline twinatlas-data twinatlas)
