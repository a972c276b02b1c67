# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.25) # a script has no policies unless it sets them
# Every file is where the desktop looks for it, and the files agree with each other: the
# launcher runs the installed binary and names the installed icon, and the metainfo names
# the launcher and this version.
include(${SCRIPTS}/expected_files.cmake)
check_expected_files(${ROOT})

file(STRINGS ${ROOT}${PREFIX}/share/applications/${APP_ID}.desktop desktop)
foreach(line "Exec=b12guide" "Icon=${APP_ID}" "Type=Application")
  if(NOT line IN_LIST desktop)
    message(FATAL_ERROR "The desktop file lacks the line ${line}")
  endif()
endforeach()

file(READ ${ROOT}${PREFIX}/share/metainfo/${APP_ID}.metainfo.xml metainfo)
foreach(needle "<id>${APP_ID}</id>"
               "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>"
               "<binary>b12guide</binary>"
               "<release version=\"${VERSION}\"")
  string(FIND "${metainfo}" "${needle}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "The metainfo lacks ${needle}")
  endif()
endforeach()
