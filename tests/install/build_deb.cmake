# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.25) # a script has no policies unless it sets them
# Builds the .deb with the project's CPack configuration from the files the install test
# put in its scratch root, then unpacks it as dpkg would install it, into a scratch root. Plain `cpack -G DEB` would first run the build again (CPack's
# preinstall step); the test packages the tree exactly as it was built and installed.
file(REMOVE_RECURSE ${DEB_DIR})
execute_process(COMMAND ${CPACK} -G DEB --config ${BUILD_DIR}/CPackConfig.cmake -B ${DEB_DIR}
                        -D CPACK_INSTALL_CMAKE_PROJECTS=
                        -D "CPACK_INSTALLED_DIRECTORIES=${ROOT};."
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
file(GLOB debs ${DEB_DIR}/b12guide_${VERSION}_*.deb)
list(LENGTH debs count)
if(NOT result EQUAL 0 OR NOT count EQUAL 1)
  message(FATAL_ERROR "cpack did not make one b12guide_${VERSION}_*.deb (found: ${debs})")
endif()

set(unpacked ${DEB_DIR}/unpacked)
execute_process(COMMAND ${DPKG_DEB} -x ${debs} ${unpacked} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -x ${debs} failed")
endif()
