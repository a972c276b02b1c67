# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.25) # a script has no policies unless it sets them
# The manual page names exactly the long options `b12guide --help` prints, so an option
# added, renamed or removed in the program cannot leave the page behind.
execute_process(COMMAND ${B12GUIDE} --help RESULT_VARIABLE result OUTPUT_VARIABLE help
                ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "b12guide --help failed (${result}): ${errors}")
endif()
file(READ ${MANUAL_PAGE} page)
string(REPLACE "\\-" "-" page "${page}") # roff writes a hyphen as \-
foreach(text help page)
  string(REGEX MATCHALL "--[a-z][a-z-]*" ${text}_options "${${text}}")
  list(REMOVE_DUPLICATES ${text}_options)
endforeach()
set(problems "")
foreach(option IN LISTS help_options)
  if(NOT option IN_LIST page_options)
    string(APPEND problems "\n  ${option} is in --help but not in the manual page")
  endif()
endforeach()
foreach(option IN LISTS page_options)
  if(NOT option IN_LIST help_options)
    string(APPEND problems "\n  ${option} is in the manual page but not in --help")
  endif()
endforeach()
if(problems)
  message(FATAL_ERROR "${MANUAL_PAGE} and b12guide --help differ:${problems}")
endif()
