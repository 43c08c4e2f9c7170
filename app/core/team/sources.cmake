# SPDX-License-Identifier: GPL-3.0-or-later
# The team atlas: several desktops keep one atlas together through a PostgreSQL server.
target_sources(twinatlas_core PRIVATE
  team/teamkind.h team/teamkind.cpp
  team/teamrecord.h
  team/teamconflict.h
  team/teamchange.h
  team/teammerge.h team/teammerge.cpp
  team/teamserveraddress.h team/teamserveraddress.cpp
  team/teamerror.h team/teamerror.cpp
  team/teamserverschema.h team/teamserverschema.cpp
  team/teamserver.h team/teamserver.cpp
  team/teamlocalstate.h team/teamlocalstate.cpp
  team/teamsnapshot.h team/teamsnapshot.cpp
  team/teamchangebuilder.h team/teamchangebuilder.cpp
  team/teamsyncreport.h team/teamsyncreport.cpp
  team/teamsync.h team/teamsync.cpp
  team/teamhistorytext.h team/teamhistorytext.cpp
  team/teamrowtext.h team/teamrowtext.cpp)
