# SPDX-License-Identifier: GPL-2.0-or-later
# Warnings and sanitizers for Parlance's own targets (not for Qt's generated sources' includes).

add_library(parlance_compiler_flags INTERFACE)
target_compile_options(parlance_compiler_flags INTERFACE -Wall -Wextra -Wpedantic)
if(PARLANCE_WERROR)
    target_compile_options(parlance_compiler_flags INTERFACE -Werror)
endif()
target_compile_definitions(parlance_compiler_flags INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060500)

if(PARLANCE_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# The fuzz preset (./dev fuzz): clang's libFuzzer coverage instrumentation in everything Parlance
# compiles, with ASan and UBSan so that a bad read is a finding, not luck; the fuzz targets link
# libFuzzer's main (tests/fuzz/).
if(PARLANCE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PARLANCE_FUZZ needs clang (libFuzzer): configure with the fuzz preset")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# Release builds (the Debian package) get the hardening that dpkg-buildflags gives Debian's own
# packages: fortified libc calls, stack protector, full RELRO with immediate binding.
target_compile_options(parlance_compiler_flags INTERFACE
    $<$<CONFIG:Release>:-U_FORTIFY_SOURCE> $<$<CONFIG:Release>:-D_FORTIFY_SOURCE=2>
    $<$<CONFIG:Release>:-fstack-protector-strong>)
target_link_options(parlance_compiler_flags INTERFACE $<$<CONFIG:Release>:LINKER:-z,relro,-z,now>)
