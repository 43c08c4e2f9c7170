# SPDX-License-Identifier: GPL-3.0-or-later
# Editing: typed change sets applied in one transaction, their checks, and the checklist export.
target_sources(twinatlas_core PRIVATE
  edit/editrows.h
  edit/editoperation.h
  edit/editproblem.h
  edit/changeset.h edit/changeset.cpp
  edit/applyresult.h
  edit/rowstore.h edit/rowstore.cpp
  edit/editvalidator.h edit/editvalidator.cpp
  edit/writesession.h edit/writesession.cpp
  edit/atlaswriter.h edit/atlaswriter.cpp
  edit/checklistcsvwriter.h edit/checklistcsvwriter.cpp)
