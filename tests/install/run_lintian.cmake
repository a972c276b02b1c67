# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.25) # a script has no policies unless it sets them
# lintian, Debian's own package checker, finds no error and no warning in the .deb; info
# tags pass (the licence is also among the user's documents, on purpose). --no-cfg: no
# lintianrc on this machine can hide a tag. Run as root, lintian says that it should not be
# on stderr; that is no tag and changes nothing it checks.
file(GLOB deb ${DEB_DIR}/b12guide_${VERSION}_*.deb)
execute_process(COMMAND ${LINTIAN} --no-cfg --fail-on error,warning ${deb}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
message("${output}${errors}")
if(NOT result EQUAL 0 OR output MATCHES "(^|\n)[EW]: ")
  message(FATAL_ERROR "lintian found errors or warnings in ${deb}")
endif()
