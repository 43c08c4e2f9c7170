# SPDX-License-Identifier: GPL-3.0-or-later
# Where the user is: NMEA logs (tests/data/nmea) replayed through Qt Positioning's parser, the
# nearest place, `twinatlas where`, Go ▸ My location, Preferences and Help ▸ About.
twinatlas_add_test(tst_nmealog)
twinatlas_add_test(tst_locationtext)
twinatlas_add_test(tst_nearestplace)
twinatlas_add_test(tst_positionrequest)
twinatlas_add_test(tst_wherecommand)
twinatlas_add_test(tst_mylocation LIBS twinatlas_ui)
twinatlas_add_test(tst_preferencesdialog LIBS twinatlas_ui)
twinatlas_add_test(tst_aboutbox LIBS twinatlas_ui)
add_dependencies(tst_wherecommand twinatlas)
# Number and month names as the expected texts spell them, not the C locale's.
set_property(TEST tst_mylocation APPEND PROPERTY ENVIRONMENT "LC_ALL=en_GB.UTF-8")
