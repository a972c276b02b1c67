# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.25) # a script has no policies unless it sets them
# The package must depend on the Debian package of every shared library the binary links
# and of every Qt plugin it needs at run time without linking it: the xcb platform plugin
# (no window without it), the SVG icon engine (the window icon) and the SQLite driver (the
# diary). Qt's own German
# strings, which the app loads from the system, must at least be recommended.
file(GLOB deb ${DEB_DIR}/b12guide_${VERSION}_*.deb)
execute_process(COMMAND ${DPKG_DEB} -f ${deb} Depends OUTPUT_VARIABLE depends_field
                OUTPUT_STRIP_TRAILING_WHITESPACE)
message("Depends: ${depends_field}")
# "a (>= 1), b | c" -> a;b;c
string(REGEX REPLACE "\\([^)]*\\)" "" names "${depends_field}")
string(REGEX REPLACE "[ \t\n]" "" names "${names}")
string(REGEX REPLACE "[,|]" ";" depends "${names}")

# The Debian package that holds `path`, or "" when dpkg knows none. Debian 12 merges /lib
# into /usr/lib, and dpkg knows each file under one of the two names.
function(owning_package path out)
  set(${out} "" PARENT_SCOPE)
  string(REGEX REPLACE "^/usr/" "/" other "${path}")
  if(other STREQUAL path)
    set(other "/usr${path}")
  endif()
  foreach(candidate ${path} ${other})
    execute_process(COMMAND dpkg-query -S ${candidate} OUTPUT_VARIABLE owner
                    RESULT_VARIABLE result ERROR_QUIET)
    if(result EQUAL 0)
      string(REGEX REPLACE "[:,].*" "" owner "${owner}")
      string(STRIP "${owner}" owner)
      set(${out} ${owner} PARENT_SCOPE)
      return()
    endif()
  endforeach()
endfunction()

set(binary ${DEB_DIR}/unpacked${PREFIX}/bin/b12guide)
execute_process(COMMAND ${OBJDUMP} -p ${binary} OUTPUT_VARIABLE dynamic RESULT_VARIABLE result)
string(REGEX MATCHALL "NEEDED +[^\n]+" needed "${dynamic}")
if(NOT result EQUAL 0 OR NOT needed)
  message(FATAL_ERROR "objdump -p ${binary} shows no linked libraries")
endif()
execute_process(COMMAND ldd ${binary} OUTPUT_VARIABLE ldd_output)
# "\tlibfoo.so.1 => /path/libfoo.so.1 (0x...)" -> resolved_libfoo.so.1 = /path/libfoo.so.1
string(REPLACE "\n" ";" ldd_lines "${ldd_output}")
foreach(line IN LISTS ldd_lines)
  if(line MATCHES "^[ \t]*([^ \t]+) => ([^ ]+)")
    set("resolved_${CMAKE_MATCH_1}" ${CMAKE_MATCH_2})
  endif()
endforeach()

set(required libqt6widgets6 libqt6gui6 libqt6core6 libqt6svg6 libqt6sql6-sqlite)
set(why "")
foreach(entry IN LISTS needed)
  string(REGEX REPLACE "NEEDED +" "" library "${entry}")
  string(STRIP "${library}" library)
  set(path "${resolved_${library}}")
  if(NOT path MATCHES "^/")
    message(FATAL_ERROR "ldd cannot find ${library}, which the binary links")
  endif()
  owning_package(${path} owner)
  if(owner STREQUAL "")
    message(FATAL_ERROR "No Debian package holds ${path} (${library})")
  endif()
  list(APPEND required ${owner})
  string(APPEND why "  ${library}: ${owner}\n")
endforeach()
foreach(plugin platforms/libqxcb.so iconengines/libqsvgicon.so sqldrivers/libqsqlite.so)
  owning_package(${QT_PLUGINS}/${plugin} owner)
  if(owner STREQUAL "")
    message(FATAL_ERROR "No Debian package holds the Qt plugin ${QT_PLUGINS}/${plugin}")
  endif()
  list(APPEND required ${owner})
  string(APPEND why "  ${plugin}: ${owner}\n")
endforeach()
message("Needed at run time:\n${why}")

list(REMOVE_DUPLICATES required)
foreach(package IN LISTS required)
  if(NOT package IN_LIST depends)
    message(FATAL_ERROR "Depends lacks ${package}")
  endif()
endforeach()

execute_process(COMMAND ${DPKG_DEB} -f ${deb} Recommends OUTPUT_VARIABLE recommends_field
                OUTPUT_STRIP_TRAILING_WHITESPACE)
message("Recommends: ${recommends_field}")
owning_package(${QT_TRANSLATIONS}/qtbase_de.qm owner)
if(owner STREQUAL "")
  message(FATAL_ERROR "No Debian package holds ${QT_TRANSLATIONS}/qtbase_de.qm")
endif()
string(FIND "${recommends_field}, " "${owner}, " at)
if(at EQUAL -1)
  message(FATAL_ERROR "Recommends lacks ${owner} (Qt's German strings)")
endif()
