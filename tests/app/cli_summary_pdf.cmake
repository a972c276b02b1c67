# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# b12guide --summary-pdf, without a display, as a person or a script runs it:
#   MODE=english      routine answers on A4 with a name and a note with markup: exit 0; the
#                     PDF holds the answers, the level, the questions, the date and the note
#                     as typed; A4 paper; at most 2 pages
#   MODE=german       every question answered, --lang de --paper letter: Letter paper, at
#                     most 2 pages, German texts
#   MODE=bad-answers  every bad answers file: exit 2, a message, and no PDF
#   MODE=unwritable   an output in a missing folder, or under a file: exit 2, no PDF
#   MODE=usage        --summary-pdf without --answers: exit 1
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE "${OUT_DIR}/${MODE}")
file(MAKE_DIRECTORY "${OUT_DIR}/${MODE}")
set(dir "${OUT_DIR}/${MODE}")

function(require_poppler)
  if(NOT PDFTOTEXT OR NOT PDFINFO)
    message(FATAL_ERROR "pdftotext and pdfinfo are needed: install poppler-utils "
                        "(tools/install-deps --tests)")
  endif()
endfunction()

# Runs b12guide with the arguments after MODE; sets rc, out and err in the caller.
macro(run_b12guide)
  execute_process(COMMAND ${B12GUIDE} ${ARGN}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
endmacro()

function(pdf_text pdf result)
  execute_process(COMMAND ${PDFTOTEXT} "${pdf}" - OUTPUT_VARIABLE text RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pdftotext failed on ${pdf}")
  endif()
  string(REGEX REPLACE "[ \t\r\n]+" " " text "${text}")
  set(${result} "${text}" PARENT_SCOPE)
endfunction()

function(pdf_info pdf pages size)
  execute_process(COMMAND ${PDFINFO} "${pdf}" OUTPUT_VARIABLE info RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pdfinfo failed on ${pdf}")
  endif()
  string(REGEX MATCH "Pages:[ ]+([0-9]+)" _ "${info}")
  set(${pages} "${CMAKE_MATCH_1}" PARENT_SCOPE)
  string(REGEX MATCH "Page size:[ ]+([0-9.]+ x [0-9.]+ pts)" _ "${info}")
  set(${size} "${CMAKE_MATCH_1}" PARENT_SCOPE)
endfunction()

function(expect_text text)
  foreach(expected IN LISTS ARGN)
    string(FIND "${text}" "${expected}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "the PDF does not say \"${expected}\":\n${text}")
    endif()
  endforeach()
endfunction()

if(MODE STREQUAL "english")
  require_poppler()
  set(pdf "${dir}/summary.pdf")
  run_b12guide(--summary-pdf "${pdf}" --answers "${ANSWERS}/good-routine.json" --lang en
               --paper a4 --name "Ada Example" --notes "<b>x</b><img src=http://a>")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "exit code ${rc}: ${err}")
  endif()
  pdf_info("${pdf}" pages size)
  if(NOT size STREQUAL "595 x 842 pts" OR pages GREATER 2 OR pages LESS 1)
    message(FATAL_ERROR "expected 1 or 2 A4 pages (595 x 842 pts), got ${pages} of ${size}")
  endif()
  pdf_text("${pdf}" text)
  string(TIMESTAMP year "%Y")
  expect_text("${text}"
    "Vitamin B12: notes for my doctor's appointment" "Made on " "${year}"
    "Name: Ada Example"
    "See a GP: book an appointment"
    "I said yes to: Burning feeling in the feet or legs"
    "How long the leg symptoms have lasted: 3 to 12 months"
    "Average leg pain: 6 out of 10"
    "Medicines I take that can lower B12: Taking metformin"
    "I said no to: Weakness or numbness in both legs, severe or getting worse"
    "1. Could my symptoms be due to low vitamin B12?"
    "Should I have a blood test for vitamin B12 or active B12?"
    "Methylmalonic acid (MMA)" "Homocysteine" "Full blood count"
    "<b>x</b><img src=http://a>"
    "Page 1 of ${pages}")
elseif(MODE STREQUAL "german")
  require_poppler()
  set(pdf "${dir}/zusammenfassung.pdf")
  run_b12guide(--summary-pdf "${pdf}" --answers "${ANSWERS}/good-full-all-yes.json"
               --lang de --paper letter --name "Ada Beispiel")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "exit code ${rc}: ${err}")
  endif()
  pdf_info("${pdf}" pages size)
  if(NOT size STREQUAL "612 x 792 pts" OR pages GREATER 2)
    message(FATAL_ERROR "expected at most 2 Letter pages (612 x 792 pts), got ${pages} of ${size}")
  endif()
  pdf_text("${pdf}" text)
  expect_text("${text}"
    "Vitamin B12: Notizen für meinen Arzttermin" "Erstellt am "
    "Warnzeichen" "Mit Ja beantwortet:"
    "Könnten meine Beschwerden von einem Vitamin-B12-Mangel kommen?"
    "Methylmalonsäure (MMA)" "Homocystein" "Blutbild" "Holotranscobalamin"
    "Seite 1 von 2")
elseif(MODE STREQUAL "bad-answers")
  file(GLOB bad "${ANSWERS}/bad-*")
  list(APPEND bad "${ANSWERS}/no-such-file.json")
  foreach(answers IN LISTS bad)
    set(pdf "${dir}/summary.pdf")
    run_b12guide(--summary-pdf "${pdf}" --answers "${answers}")
    if(NOT rc EQUAL 2)
      message(FATAL_ERROR "${answers}: expected exit code 2, got ${rc}: ${err}")
    endif()
    get_filename_component(name "${answers}" NAME)
    if(NOT err MATCHES "(^|\n)b12guide: [^\n]*${name}")
      message(FATAL_ERROR "${answers}: the message does not name the file: ${err}")
    endif()
    file(GLOB left "${dir}/*")
    if(left)
      message(FATAL_ERROR "${answers}: files were left behind: ${left}")
    endif()
  endforeach()
elseif(MODE STREQUAL "unwritable")
  file(WRITE "${dir}/a-file" "")
  foreach(pdf "${dir}/no/such/folder/summary.pdf" "${dir}/a-file/summary.pdf")
    run_b12guide(--summary-pdf "${pdf}" --answers "${ANSWERS}/good-routine.json")
    if(NOT rc EQUAL 2)
      message(FATAL_ERROR "${pdf}: expected exit code 2, got ${rc}: ${err}")
    endif()
    if(NOT err MATCHES "could not be written")
      message(FATAL_ERROR "${pdf}: unclear message: ${err}")
    endif()
    if(EXISTS "${pdf}")
      message(FATAL_ERROR "${pdf} was written")
    endif()
  endforeach()
  file(GLOB left "${dir}/*")
  if(NOT left STREQUAL "${dir}/a-file")
    message(FATAL_ERROR "files were left behind: ${left}")
  endif()
elseif(MODE STREQUAL "usage")
  run_b12guide(--summary-pdf "${dir}/summary.pdf")
  if(NOT rc EQUAL 1 OR NOT err MATCHES "--answers")
    message(FATAL_ERROR "expected exit code 1 and a word about --answers, got ${rc}: ${err}")
  endif()
  if(EXISTS "${dir}/summary.pdf")
    message(FATAL_ERROR "a PDF was written")
  endif()
else()
  message(FATAL_ERROR "unknown MODE ${MODE}")
endif()
