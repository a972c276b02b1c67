# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Every file an install must hold, relative to the root, and checks shared by the tests.
set(EXPECTED_FILES
    ${PREFIX}/bin/b12guide
    ${PREFIX}/share/applications/${APP_ID}.desktop
    ${PREFIX}/share/metainfo/${APP_ID}.metainfo.xml
    ${PREFIX}/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    ${PREFIX}/share/icons/hicolor/48x48/apps/${APP_ID}.png
    ${PREFIX}/share/icons/hicolor/128x128/apps/${APP_ID}.png
    ${PREFIX}/share/icons/hicolor/256x256/apps/${APP_ID}.png
    ${PREFIX}/share/doc/b12guide/LICENSE
    ${PREFIX}/share/doc/b12guide/copyright
    ${PREFIX}/share/doc/b12guide/changelog.gz
    ${PREFIX}/share/man/man1/b12guide.1.gz)

# Fails unless every expected file is under `root`, and each PNG icon has its folder's size.
function(check_expected_files root)
  set(missing "")
  foreach(file IN LISTS EXPECTED_FILES)
    if(NOT EXISTS ${root}${file})
      list(APPEND missing ${file})
    endif()
  endforeach()
  if(missing)
    list(JOIN missing "\n  " text)
    message(FATAL_ERROR "Missing from ${root}:\n  ${text}")
  endif()
  foreach(size 48 128 256)
    set(png ${root}${PREFIX}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
    # A PNG's width and height are big-endian 32-bit numbers at byte 16 of the file.
    file(READ ${png} header OFFSET 16 LIMIT 8 HEX)
    string(SUBSTRING ${header} 0 8 width_hex)
    string(SUBSTRING ${header} 8 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    if(NOT width EQUAL size OR NOT height EQUAL size)
      message(FATAL_ERROR "${png} is ${width}x${height}, not ${size}x${size}")
    endif()
  endforeach()
endfunction()
