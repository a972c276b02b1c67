# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# --lang en|de chooses the language of every command: --list-sections, --help,
# --list-questions, --assess and the --summary-pdf printout; another code is a usage error
# (exit code 1) that names the languages there are.
function(run expected_rc)
  execute_process(COMMAND ${B12GUIDE} ${ARGN}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL expected_rc)
    message(FATAL_ERROR "b12guide ${ARGN}: exit code ${rc}, expected ${expected_rc}\n${out}${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

function(expect text pattern what)
  if(NOT text MATCHES "${pattern}")
    message(FATAL_ERROR "${what}: no match for '${pattern}' in:\n${text}")
  endif()
endfunction()

run(0 --lang de --list-sections)
expect("${out}" "(^|\n)sources\tQuellen\t[0-9-]+\n" "--lang de --list-sections")
expect("${out}" "(^|\n)overview\tVitamin-B12-Mangel" "--lang de --list-sections")
run(0 --lang=en --list-sections)
expect("${out}" "(^|\n)sources\tSources\t[0-9-]+\n" "--lang=en --list-sections")

run(0 --lang de --help)
expect("${out}" "Optionen:" "--lang de --help (Qt's own words)")
expect("${out}" "Jeden Abschnitt als Kennung" "--lang de --help (the app's words)")
run(0 --lang en --help)
expect("${out}" "Print each section as id" "--lang en --help")

run(0 --lang de --list-questions)
expect("${out}" "\"text\": \"Wie alt sind Sie\\?\"" "--lang de --list-questions")
expect("${out}" "\"label\": \"Unter 18\"" "--lang de --list-questions (options)")
run(0 --lang de --assess "${ANSWERS}/good-routine.json")
expect("${out}" "Sie haben mindestens ein Symptom" "--lang de --assess")
run(0 --lang en --assess "${ANSWERS}/good-routine.json")
expect("${out}" "You noted at least one symptom" "--lang en --assess")

run(1 --lang xx --list-sections)
expect("${err}" "unknown language \"xx\"; languages: en, de" "--lang xx")

# The printout: --lang de --summary-pdf gives German headings and no English ones, on the
# German locale's paper (A4) when no --paper is given.
if(PDFTOTEXT AND PDFINFO AND ANSWERS)
  set(pdf "${OUT_DIR}/zusammenfassung.pdf")
  file(REMOVE "${pdf}")
  run(0 --lang de --summary-pdf "${pdf}" --answers "${ANSWERS}/good-routine.json")
  execute_process(COMMAND ${PDFINFO} "${pdf}" OUTPUT_VARIABLE info)
  expect("${info}" "Page size: +595(\\.[0-9]+)? x 842(\\.[0-9]+)? pts" "German summary on A4")
  execute_process(COMMAND ${PDFTOTEXT} "${pdf}" - OUTPUT_VARIABLE text)
  string(REGEX REPLACE "[ \t\r\n]+" " " text "${text}")
  foreach(heading "Vitamin B12: Notizen für meinen Arzttermin" "Erstellt am" "Warnzeichen"
                  "Beschwerden" "Fragen, die ich stellen möchte" "Zu dieser Zusammenfassung"
                  "Mit Ja beantwortet:" "Seite 1 von")
    expect("${text}" "${heading}" "German summary")
  endforeach()
  foreach(english "notes for my doctor" "Made on" "Warning signs" "Symptoms" "Questions I"
                  "About this summary" "I said yes to" "Page 1 of" "Not answered")
    string(FIND "${text}" "${english}" at)
    if(NOT at EQUAL -1)
      message(FATAL_ERROR "the German summary says \"${english}\":\n${text}")
    endif()
  endforeach()
else()
  message(FATAL_ERROR "pdftotext and pdfinfo are needed: install poppler-utils")
endif()
