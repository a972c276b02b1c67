# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.25) # a script has no policies unless it sets them
# desktop-file-validate fails only on errors; this test fails on warnings too. Hints pass:
# the one it gives is that Education and Science are both main categories, which the
# launcher lists on purpose so the app is found under either.
set(file ${ROOT}${PREFIX}/share/applications/${APP_ID}.desktop)
execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${file}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
if(NOT result EQUAL 0 OR output MATCHES "error:|warning:")
  message(FATAL_ERROR "desktop-file-validate found problems in ${file}")
endif()
