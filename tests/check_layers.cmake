# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Includes go downward only. Each folder of app/ and core/ may include its own files, the
# folders its rule names, and core/ (from app/); nothing else of the project. Every
# project include names its folder ("app/data/answersstore.h", never "app/answersstore.h").
# Runs at configure time (from app/ and core/CMakeLists.txt) and as ctest tests
# (cmake -DDIR=<app or core folder> -DPREFIX=app|core -P this file; -DFORBID=<folder> takes
# that folder from every rule, to show that the check refuses an include it then breaks).
#
# RULES is a list of "folder:allowed,allowed" ("folder:" for none).

if(CMAKE_SCRIPT_MODE_FILE)
  cmake_minimum_required(VERSION 3.25) # IN_LIST, as in the project
endif()

function(b12_check_layers)
  cmake_parse_arguments(ARG "" "DIR;PREFIX" "RULES" ${ARGN})
  set(_folders "")
  foreach(_rule IN LISTS ARG_RULES)
    string(REGEX MATCH "^[a-z]+" _folder "${_rule}")
    list(APPEND _folders ${_folder})
  endforeach()
  file(GLOB_RECURSE _files RELATIVE "${ARG_DIR}" "${ARG_DIR}/*.h" "${ARG_DIR}/*.cpp")
  foreach(_file IN LISTS _files)
    string(REGEX MATCH "^[^/]+/" _own "${_file}")
    string(REPLACE "/" "" _own "${_own}")
    if(_own STREQUAL "")
      continue() # main.cpp, the composition's entry point, may include anything
    endif()
    if(NOT _own IN_LIST _folders)
      message(FATAL_ERROR "${ARG_PREFIX}/${_file}: folder \"${_own}\" has no layer rule")
    endif()
    set(_allowed "")
    foreach(_rule IN LISTS ARG_RULES)
      if(_rule MATCHES "^${_own}:(.*)$")
        string(REPLACE "," ";" _allowed "${CMAKE_MATCH_1}")
      endif()
    endforeach()
    file(STRINGS "${ARG_DIR}/${_file}" _includes
         REGEX "^[ \t]*#[ \t]*include[ \t]*\"${ARG_PREFIX}/")
    foreach(_include IN LISTS _includes)
      string(REGEX MATCH "\"${ARG_PREFIX}/([^\"]+)\"" _ "${_include}")
      set(_path "${CMAKE_MATCH_1}")
      if(NOT _path MATCHES "/")
        message(FATAL_ERROR "${ARG_PREFIX}/${_file}: #include \"${ARG_PREFIX}/${_path}\" "
                            "does not name its folder")
      endif()
      string(REGEX MATCH "^[^/]+" _target "${_path}")
      if(NOT _target STREQUAL _own AND NOT _target IN_LIST _allowed)
        list(JOIN _allowed ", " _may)
        message(FATAL_ERROR "${ARG_PREFIX}/${_file} (${_own}) includes ${ARG_PREFIX}/${_path}: "
                            "${_own} may include only itself and: ${_may}")
      endif()
    endforeach()
  endforeach()
endfunction()

# The layers, top to bottom. A page (article, questionnaire, chart, diary, summary) never
# includes another page, except that the summary prints the charts (risk and diary).
set(B12_APP_LAYERS
    "cli:shell,article,questionnaire,chart,summary,diary,print,data,widgets"
    "shell:article,questionnaire,chart,summary,diary,print,data,widgets"
    "article:print,data,widgets"
    "questionnaire:print,data,widgets"
    "chart:print,data,widgets"
    "summary:chart,diary,print,data,widgets"
    "diary:print,data,widgets"
    "print:data,widgets"
    "data:"
    "widgets:")
set(B12_CORE_LAYERS
    "base:"
    "article:base"
    "questionnaire:base"
    "risk:base"
    "diary:base"
    "summary:base,questionnaire,risk,diary")

if(CMAKE_SCRIPT_MODE_FILE AND DIR)
  string(TOUPPER "${PREFIX}" _layers)
  set(_rules "${B12_${_layers}_LAYERS}")
  if(FORBID)
    list(TRANSFORM _rules REPLACE "([:,])${FORBID}(,|$)" "\\1")
  endif()
  b12_check_layers(DIR "${DIR}" PREFIX "${PREFIX}" RULES "${_rules}")
  message(STATUS "${PREFIX}/ includes go downward")
endif()
