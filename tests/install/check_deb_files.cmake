# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.25) # a script has no policies unless it sets them
# Every file is in the unpacked .deb, and the package has the fields apt shows.
include(${SCRIPTS}/expected_files.cmake)
file(GLOB deb ${DEB_DIR}/b12guide_${VERSION}_*.deb)
check_expected_files(${DEB_DIR}/unpacked)
foreach(field Package Version Maintainer Section Homepage Description)
  execute_process(COMMAND ${DPKG_DEB} -f ${deb} ${field} OUTPUT_VARIABLE value
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(value STREQUAL "")
    message(FATAL_ERROR "The package has no ${field} field")
  endif()
endforeach()
