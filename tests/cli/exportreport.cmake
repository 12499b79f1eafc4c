# SPDX-License-Identifier: GPL-2.0-or-later
# The real executable without a display: `parlance import`, then `parlance export` to PDF and ODT, which lay
# out text and so need the GUI application class on the offscreen platform (see app/main.cpp).
# Run by CTest with -DPARLANCE=<binary> -DWORK=<scratch folder>.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(WRITE ${WORK}/talks.txt "Talks resume\n\n“We will return on Friday,” the envoy said.\n")
execute_process(COMMAND ${PARLANCE} import ${WORK}/p.parlance ${WORK}/talks.txt RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "import failed (${rc}): ${err}")
endif()

foreach(format pdf odt)
    execute_process(COMMAND ${PARLANCE} export ${WORK}/p.parlance --format ${format} -o ${WORK}/report.${format}
                    RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "export --format ${format} failed (${rc}): ${err}")
    endif()
    file(READ ${WORK}/report.${format} head LIMIT 4 HEX)
    if(format STREQUAL "pdf" AND NOT head STREQUAL "25504446") # %PDF
        message(FATAL_ERROR "report.pdf does not start with %PDF (${head})")
    endif()
    if(format STREQUAL "odt" AND NOT head STREQUAL "504b0304") # a zip package
        message(FATAL_ERROR "report.odt is not a zip package (${head})")
    endif()
endforeach()
