# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# core/ is the Qt-free half of B12 Guide. This check fails when a core file includes a Qt
# header or when Qt reaches core's link libraries. It runs at configure time (from
# core/CMakeLists.txt) and as a ctest test (cmake -DCORE_DIR=... -P this file).

function(b12_check_core_is_qt_free)
  cmake_parse_arguments(ARG "" "DIR" "LIBS" ${ARGN})
  file(GLOB_RECURSE _files "${ARG_DIR}/*.h" "${ARG_DIR}/*.cpp")
  foreach(_file IN LISTS _files)
    file(STRINGS "${_file}" _qt_includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](Q[A-Za-z]|Qt)")
    if(_qt_includes)
      message(FATAL_ERROR "core must not use Qt, but ${_file} has: ${_qt_includes}")
    endif()
  endforeach()
  foreach(_lib IN LISTS ARG_LIBS)
    if(_lib MATCHES "Qt")
      message(FATAL_ERROR "core must not link Qt, but links ${_lib}")
    endif()
  endforeach()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND CORE_DIR)
  b12_check_core_is_qt_free(DIR "${CORE_DIR}" LIBS "${CORE_LIBS}")
  message(STATUS "core is Qt-free: ${CORE_DIR}")
endif()
