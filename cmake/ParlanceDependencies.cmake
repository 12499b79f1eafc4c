# SPDX-License-Identifier: GPL-2.0-or-later
# Finds Parlance's dependencies, each with an error that names the package to install.

find_package(Qt6 6.5 QUIET COMPONENTS Core Gui Widgets Concurrent Test)
if(NOT Qt6_FOUND OR NOT TARGET Qt6::Widgets OR NOT TARGET Qt6::Concurrent OR NOT TARGET Qt6::Test)
    message(FATAL_ERROR
        "Parlance needs Qt 6.5 or newer (Core, Gui, Widgets, Concurrent, Test), found: '${Qt6_VERSION}'.\n"
        "Install it: Debian 13/Ubuntu 24.04: qt6-base-dev; Fedora: qt6-qtbase-devel; Arch: qt6-base.\n"
        "On Debian 12 (Qt 6.4) use ./dev, which builds inside a Debian 13 build root.")
endif()

# Optional: translations (lupdate/lrelease).
find_package(Qt6 6.5 QUIET OPTIONAL_COMPONENTS LinguistTools)

# The reports' charts are SVG (QSvgGenerator); the icon renderer of packaging/ uses QtSvg too.
find_package(Qt6 6.5 QUIET COMPONENTS Svg)
if(NOT TARGET Qt6::Svg)
    message(FATAL_ERROR
        "Parlance needs Qt SVG (the charts of its reports).\n"
        "Install it: Debian/Ubuntu: qt6-svg-dev; Fedora: qt6-qtsvg-devel; Arch: qt6-svg.")
endif()

# Qt Charts draws the commitments timeline (ui/timelineview.*); only the widgets library links it.
find_package(Qt6 6.5 QUIET COMPONENTS Charts)
if(NOT TARGET Qt6::Charts)
    message(FATAL_ERROR
        "Parlance needs Qt 6 Charts for the commitments timeline.\n"
        "Install it: Debian 13/Ubuntu 24.04: qt6-charts-dev; Fedora: qt6-qtcharts-devel; Arch: qt6-charts.")
endif()

find_package(KF6SyntaxHighlighting 6.0 QUIET)
if(NOT KF6SyntaxHighlighting_FOUND)
    message(FATAL_ERROR
        "Parlance needs KDE Frameworks 6 SyntaxHighlighting (KF6SyntaxHighlighting).\n"
        "Install it: Debian 13/Ubuntu 24.10: libkf6syntaxhighlighting-dev; Fedora: kf6-syntax-highlighting-devel; "
        "Arch: syntax-highlighting.")
endif()

# libzip writes ZIP packages (with ZIP64 when they need it): REFI-QDA's container and the ODT report.
find_package(libzip 1.7 QUIET)
if(NOT libzip_FOUND)
    message(FATAL_ERROR
        "Parlance needs libzip (1.7 or newer), for REFI-QDA's and ODT's ZIP packages.\n"
        "Install it: Debian/Ubuntu: libzip-dev; Fedora: libzip-devel; Arch: libzip.")
endif()

find_package(SQLite3 3.35 QUIET)
if(NOT SQLite3_FOUND)
    message(FATAL_ERROR
        "Parlance needs the SQLite 3 C library and headers (3.35 or newer, with FTS5).\n"
        "Install it: Debian/Ubuntu: libsqlite3-dev; Fedora: sqlite-devel; Arch: sqlite.")
endif()

# libxml2's HTML parser reads imported web pages (app/import/htmlreader.cpp).
find_package(LibXml2 2.9 QUIET)
if(NOT LibXml2_FOUND)
    message(FATAL_ERROR
        "Parlance needs libxml2 and its headers (2.9 or newer) to import HTML.\n"
        "Install it: Debian/Ubuntu: libxml2-dev; Fedora: libxml2-devel; Arch: libxml2.")
endif()

# libpq talks to a PostgreSQL server: a desk's shared project (app/storage/postgres/).
find_package(PostgreSQL 14 QUIET)
if(NOT PostgreSQL_FOUND)
    message(FATAL_ERROR
        "Parlance needs libpq and its headers (PostgreSQL 14 or newer) for shared projects.\n"
        "Install it: Debian/Ubuntu: libpq-dev; Fedora: libpq-devel; Arch: postgresql-libs.")
endif()
