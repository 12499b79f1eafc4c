# SPDX-License-Identifier: GPL-2.0-or-later
# The real executable, as a person runs it: `parlance import` into a new project (one good file, one
# empty file), then `parlance info`. Run by CTest with -DPARLANCE=<binary> -DWORK=<scratch folder>.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(WRITE ${WORK}/talks.txt "Talks resume\n\nThe envoy said talks would resume on Friday.\n")
file(WRITE ${WORK}/empty.txt "")

execute_process(COMMAND ${PARLANCE} import ${WORK}/p.parlance ${WORK}/talks.txt ${WORK}/empty.txt
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0)
    message(FATAL_ERROR "import with an empty file succeeded; stderr: ${err}")
endif()
if(NOT err MATCHES "^parlance: [^\n]*empty.txt: is empty\n$")
    message(FATAL_ERROR "import: expected one line naming empty.txt on stderr, got: '${err}'")
endif()

execute_process(COMMAND ${PARLANCE} info ${WORK}/p.parlance RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
    message(FATAL_ERROR "info failed (${rc}): ${err}")
endif()
if(NOT out MATCHES "^{[^\n]*}\n$")
    message(FATAL_ERROR "info: expected one JSON object on one line, got: '${out}'")
endif()
if(NOT out MATCHES "\"annotations\":[1-9]")
    message(FATAL_ERROR "info: the imported article was not pre-highlighted (no suggestions): '${out}'")
endif()
foreach(part "\"articles\":1," "\"integrity\":\"ok\"" "\"title\":\"Talks resume\"")
    string(FIND "${out}" "${part}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "info: no ${part} in '${out}'")
    endif()
endforeach()

execute_process(COMMAND ${PARLANCE} info ${WORK}/missing.parlance RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES "^parlance: [^\n]*missing.parlance: no such file\n$")
    message(FATAL_ERROR "info of a missing file: (${rc}) '${err}'")
endif()
