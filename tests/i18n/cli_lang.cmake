# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# --lang en|de chooses the language of --list-sections and --help; another code is a usage
# error (exit code 1) that names the languages there are.
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
expect("${out}" "(^|\n)sources\tQuellen\n" "--lang de --list-sections")
expect("${out}" "(^|\n)overview\tVitamin-B12-Mangel" "--lang de --list-sections")
run(0 --lang=en --list-sections)
expect("${out}" "(^|\n)sources\tSources\n" "--lang=en --list-sections")

run(0 --lang de --help)
expect("${out}" "Optionen:" "--lang de --help (Qt's own words)")
expect("${out}" "Jeden Abschnitt als Kennung" "--lang de --help (the app's words)")
run(0 --lang en --help)
expect("${out}" "Print each section as id" "--lang en --help")

run(1 --lang xx --list-sections)
expect("${err}" "unknown language \"xx\"; languages: en, de" "--lang xx")
