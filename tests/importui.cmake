# SPDX-License-Identifier: GPL-3.0-or-later
# Importing from the window: the import dialog's steps, the review and its decisions, the
# commit as one undoable step and Cancel, against a copy of the bundled atlas, offscreen.
twinatlas_add_test(tst_importwindow LIBS twinatlas_ui)
add_dependencies(tst_importwindow twinatlas-data)
