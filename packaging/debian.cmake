# The Debian packages: `cpack -G DEB` in the build folder (or `cmake --build build --target package`)
# writes ocpi-node_VERSION_ARCH.deb and, in a GUI build, ocpi-console_VERSION_ARCH.deb.
# ocpi-node holds no Qt Widgets or Gui code; ocpi-console embeds its own node and stands alone.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "ocpi-node")
set(CPACK_PACKAGE_VENDOR "OCPI Node Console")
set(CPACK_PACKAGE_CONTACT "OCPI Node Console maintainers <ocpi-node@localhost>")
# Empty, or CPack would put the project description above each package's own synopsis.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")

# Installed under /usr whatever CMAKE_INSTALL_PREFIX says. DESTDIR staging (CPACK_SET_DESTDIR) makes
# the install see the real prefix, /usr, so the unit names /usr/bin/ocpi-node and
# /etc/ocpi-node/ocpi-node.ini (packaging/unitpaths.cmake), not the staging folder.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX "/usr")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

# Stripped binaries: RelWithDebInfo's debug information would make the packages ten times larger.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL node)
if(OCPI_BUILD_GUI)
    list(APPEND CPACK_COMPONENTS_ALL console)
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# dpkg-shlibdeps (package dpkg-dev) turns the linked libraries into Depends. It cannot see the Qt
# plugins the node loads at run time, so those are named here: the SQLite driver, and the
# PostgreSQL one for operators who need it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_NODE_PACKAGE_NAME "ocpi-node")
# First line: the synopsis; CPack indents the rest.
set(CPACK_DEBIAN_NODE_DESCRIPTION "OCPI 2.2.1 node (headless service)
ocpi-node serves OCPI 2.2.1 to roaming partners (CPOs, eMSPs, hubs) and has
commands for operators: invite and register partners, import and export
objects. It runs as a systemd service (ocpi-node.service, not started on
installation) on an embedded SQLite database.")
# adduser: postinst creates the ocpi-node system user.
set(CPACK_DEBIAN_NODE_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
set(CPACK_DEBIAN_NODE_PACKAGE_SUGGESTS "libqt6sql6-psql, nginx | nginx-light, sqlite3")
set(CPACK_DEBIAN_NODE_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_SOURCE_DIR}/debian/conffiles"
    "${CMAKE_CURRENT_SOURCE_DIR}/debian/postinst"
    "${CMAKE_CURRENT_SOURCE_DIR}/debian/prerm"
    "${CMAKE_CURRENT_SOURCE_DIR}/debian/postrm")

set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME "ocpi-console")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_CONSOLE_DESCRIPTION "OCPI 2.2.1 node with a desktop admin console
ocpi-console runs an OCPI 2.2.1 node inside a Qt Widgets window where an
operator manages partners, locations, tariffs and tokens and watches the
live traffic. It embeds its own node and needs no ocpi-node package.")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SUGGESTS "ocpi-node, libqt6sql6-psql")

include(CPack)
