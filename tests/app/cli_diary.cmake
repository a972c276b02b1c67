# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The diary's command line, without a display, on a data folder of the test's own
# (XDG_DATA_HOME under OUT_DIR/MODE):
#   MODE=import-good   --diary-import of a good file, then --diary-summary shows its entries
#   MODE=import-bad    --diary-import of a file whose entry 51 is bad: exit 2, the message
#                      names the entry, the diary is unchanged
#   MODE=export-json   --diary-export .json, imported into another data folder and exported
#                      again, gives the same file
#   MODE=export-csv    --diary-export .csv starts with the header row
#   MODE=usage         --weeks 0, --weeks alone, two commands, an export to .txt: exit 1
cmake_minimum_required(VERSION 3.25)

set(work ${OUT_DIR}/${MODE})
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work})
set(ENV{XDG_CONFIG_HOME} ${work}/config)

# Runs b12guide with the data folder `home`; sets rc, out, err.
function(b12 home)
  set(ENV{XDG_DATA_HOME} ${home})
  execute_process(COMMAND ${B12GUIDE} ${ARGN}
                  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE error)
  set(rc ${result} PARENT_SCOPE)
  set(out "${output}" PARENT_SCOPE)
  set(err "${error}" PARENT_SCOPE)
endfunction()

function(expect_rc expected what)
  if(NOT rc EQUAL expected)
    message(FATAL_ERROR "${what}: exit code ${rc}, expected ${expected}:\n${out}${err}")
  endif()
endfunction()

# Today's entries, so that they fall in the summary's current week.
string(TIMESTAMP today "%Y-%m-%d")
set(good_entries
  "{\"at\": \"${today}T00:01\", \"kind\": \"symptoms\", \"pain\": 6, \"symptoms\": {\"leg_tingling\": 2}, \"note\": \"bad night\"}"
  "{\"at\": \"${today}T00:02\", \"kind\": \"treatment\", \"form\": \"injection\", \"dose\": \"1 mg hydroxocobalamin\"}"
  "{\"at\": \"${today}T00:03\", \"kind\": \"blood_test\", \"test\": \"total_b12\", \"value\": 140, \"unit\": \"pmol/L\", \"reference_range\": \"145-569\"}")
list(JOIN good_entries ",\n" joined)
set(good ${work}/good.json)
file(WRITE ${good} "{\"format\": \"b12guide-diary\", \"version\": 1, \"entries\": [\n${joined}]}\n")
set(home ${work}/data)
set(db ${home}/b12guide/b12guide/diary.sqlite)

if(MODE STREQUAL "usage")
  foreach(args "--diary-summary;--weeks;0" "--diary-summary;--weeks;many" "--weeks;3"
          "--diary-summary;--diary-export;${work}/x.json" "--diary-export;${work}/x.txt")
    b12(${home} ${args})
    expect_rc(1 "b12guide ${args}")
    if(NOT err MATCHES "^b12guide: ")
      message(FATAL_ERROR "b12guide ${args}: no message:\n${err}")
    endif()
  endforeach()
  if(EXISTS ${work}/x.json OR EXISTS ${work}/x.txt)
    message(FATAL_ERROR "a usage error wrote a file")
  endif()
  return()
endif()

b12(${home} --diary-import ${good})
expect_rc(0 "--diary-import ${good}")
if(NOT EXISTS ${db})
  message(FATAL_ERROR "no diary at ${db}")
endif()

if(MODE STREQUAL "import-good")
  b12(${home} --diary-summary)
  expect_rc(0 "--diary-summary")
  string(JSON total GET "${out}" total_entries)
  string(JSON weeks LENGTH "${out}" weeks)
  string(JSON treatments LENGTH "${out}" treatments)
  string(JSON dose GET "${out}" treatments 0 dose)
  string(JSON value GET "${out}" blood_tests 0 value)
  math(EXPR last "${weeks} - 1")
  string(JSON max GET "${out}" weeks ${last} max_pain)
  string(JSON tingling GET "${out}" weeks ${last} symptom_days leg_tingling)
  if(NOT total EQUAL 3 OR NOT treatments EQUAL 1 OR NOT dose STREQUAL "1 mg hydroxocobalamin"
     OR NOT value EQUAL 140 OR NOT max EQUAL 6 OR NOT tingling EQUAL 1)
    message(FATAL_ERROR "the summary does not show the imported entries:\n${out}")
  endif()
  if(weeks GREATER 12)
    message(FATAL_ERROR "more than the 12 weeks by default:\n${out}")
  endif()
  b12(${home} --diary-summary --weeks 1)
  expect_rc(0 "--diary-summary --weeks 1")
  string(JSON weeks LENGTH "${out}" weeks)
  string(JSON total GET "${out}" total_entries)
  if(NOT weeks EQUAL 1 OR NOT total EQUAL 3)
    message(FATAL_ERROR "--weeks 1 gives ${weeks} weeks:\n${out}")
  endif()

elseif(MODE STREQUAL "import-bad")
  set(entries "")
  foreach(i RANGE 1 60)
    set(pain 5)
    if(i EQUAL 51)
      set(pain 11)
    endif()
    list(APPEND entries "{\"at\": \"2026-01-01T08:00\", \"kind\": \"symptoms\", \"pain\": ${pain}}")
  endforeach()
  list(JOIN entries ",\n" joined)
  file(WRITE ${work}/bad.json "{\"format\": \"b12guide-diary\", \"version\": 1, \"entries\": [\n${joined}]}\n")
  file(SHA256 ${db} before)
  b12(${home} --diary-import ${work}/bad.json)
  expect_rc(2 "--diary-import bad.json")
  string(FIND "${err}" "entry 51: pain must be 0 to 10, not 11" at)
  if(at EQUAL -1 OR NOT err MATCHES "^b12guide: .*bad.json")
    message(FATAL_ERROR "the message does not name the file and the entry:\n${err}")
  endif()
  file(SHA256 ${db} after)
  if(NOT before STREQUAL after)
    message(FATAL_ERROR "the diary changed")
  endif()
  b12(${home} --diary-summary)
  string(JSON total GET "${out}" total_entries)
  if(NOT total EQUAL 3)
    message(FATAL_ERROR "the diary holds ${total} entries, not 3")
  endif()

elseif(MODE STREQUAL "export-json")
  b12(${home} --diary-export ${work}/first.json)
  expect_rc(0 "--diary-export first.json")
  b12(${work}/other --diary-import ${work}/first.json)
  expect_rc(0 "--diary-import first.json")
  b12(${work}/other --diary-export ${work}/second.json)
  expect_rc(0 "--diary-export second.json")
  file(READ ${work}/first.json first)
  file(READ ${work}/second.json second)
  string(JSON count LENGTH "${first}" entries)
  string(JSON note GET "${first}" entries 0 note)
  if(NOT count EQUAL 3 OR NOT note STREQUAL "bad night")
    message(FATAL_ERROR "the export lacks the entries:\n${first}")
  endif()
  if(NOT first STREQUAL second)
    message(FATAL_ERROR "the re-imported diary differs:\n${first}\n---\n${second}")
  endif()

elseif(MODE STREQUAL "export-csv")
  b12(${home} --diary-export ${work}/diary.csv)
  expect_rc(0 "--diary-export diary.csv")
  file(STRINGS ${work}/diary.csv lines)
  list(LENGTH lines count)
  list(GET lines 0 header)
  if(NOT header MATCHES "^at,kind,pain,leg_burning,.*,form,dose,test,value,unit,"
     OR NOT count EQUAL 4)
    message(FATAL_ERROR "not a header row and 3 rows:\n${lines}")
  endif()

else()
  message(FATAL_ERROR "unknown MODE ${MODE}")
endif()
