# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# b12guide --list-glossary --lang LANG prints the glossary as a JSON list of
# {"id", "term", "definition", "source"} in that language, exits 0 and needs no display.
execute_process(COMMAND ${B12GUIDE} --list-glossary --lang ${LANG}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "exit code ${rc}: ${err}")
endif()
string(JSON count LENGTH "${out}")
if(count LESS 25)
  message(FATAL_ERROR "expected at least 25 terms, got ${count}:\n${out}")
endif()
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
  foreach(field id term definition source)
    string(JSON value ERROR_VARIABLE problem GET "${out}" ${i} ${field})
    if(problem OR value STREQUAL "")
      message(FATAL_ERROR "term ${i} has no ${field}: ${problem}")
    endif()
  endforeach()
endforeach()
string(JSON definition GET "${out}" 0 definition)
if(NOT definition MATCHES "${EXPECT}")
  message(FATAL_ERROR "the first definition is not in the language asked for: ${definition}")
endif()
