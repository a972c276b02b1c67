# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.25) # a script has no policies unless it sets them
# The metainfo on its own, then the whole installed tree (the launcher the metainfo names
# must be there and valid, with its icon), both strict: any warning fails.
set(file ${ROOT}${PREFIX}/share/metainfo/${APP_ID}.metainfo.xml)
foreach(command "validate;${file}" "validate-tree;${ROOT}${PREFIX}")
  execute_process(COMMAND ${APPSTREAMCLI} ${command} --no-net --strict --pedantic
                  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  message("appstreamcli ${command}:\n${output}")
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli ${command} failed")
  endif()
endforeach()
