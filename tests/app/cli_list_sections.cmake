# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# b12guide --list-sections prints "id<TAB>title<TAB>YYYY-MM-DD" a line (the date the
# section was last reviewed), exits 0 and needs no display.
execute_process(COMMAND ${B12GUIDE} --list-sections
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "exit code ${rc}: ${err}")
endif()
string(REGEX MATCHALL "[^\n]+" lines "${out}")
list(LENGTH lines count)
if(count LESS 8)
  message(FATAL_ERROR "expected every section, got ${count} lines:\n${out}")
endif()
foreach(line IN LISTS lines)
  if(NOT line MATCHES "^[a-z0-9-]+\t[^\t]+\t(20[0-9][0-9])-([01][0-9])-([0-3][0-9])$")
    message(FATAL_ERROR "not id<TAB>title<TAB>YYYY-MM-DD: '${line}'")
  endif()
  if(CMAKE_MATCH_2 LESS 1 OR CMAKE_MATCH_2 GREATER 12 OR CMAKE_MATCH_3 LESS 1
     OR CMAKE_MATCH_3 GREATER 31)
    message(FATAL_ERROR "not a date of the calendar: '${line}'")
  endif()
endforeach()
if(NOT out MATCHES "\nsources\t")
  message(FATAL_ERROR "the sources section is missing:\n${out}")
endif()
