# Run by `cmake --install` (install(CODE) in packaging/CMakeLists.txt), not at configure time: the
# unit names the binary and the configuration file where this install puts them, and the prefix is
# only known now (`cmake --install --prefix`, or /usr when CPack builds the Debian packages).
# The configuration folder follows GNUInstallDirs: /etc for the /usr prefix, PREFIX/etc otherwise.
if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    set(OCPI_UNIT_SYSCONFDIR "/etc")
else()
    set(OCPI_UNIT_SYSCONFDIR "${CMAKE_INSTALL_PREFIX}/etc")
endif()
set(OCPI_UNIT_BINDIR "${CMAKE_INSTALL_PREFIX}/${OCPI_BINDIR}")
set(OCPI_UNIT_DOCDIR "${CMAKE_INSTALL_PREFIX}/${OCPI_DOCDIR}")

# One staging folder per destination, so that installs running side by side (the deploy tests) do
# not write each other's units.
string(MD5 staging "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(staging "${OCPI_STAGING_DIR}/${staging}")
set(OCPI_UNIT_DESCRIPTION "")
set(OCPI_UNIT_ARGUMENTS "")
configure_file("${OCPI_UNIT_TEMPLATE}" "${staging}/ocpi-node.service" @ONLY)
set(OCPI_UNIT_DESCRIPTION " on port %i")
set(OCPI_UNIT_ARGUMENTS " --port %i")
configure_file("${OCPI_UNIT_TEMPLATE}" "${staging}/ocpi-node@.service" @ONLY)

# file(INSTALL) puts $DESTDIR in front of absolute destinations, as install(FILES) does.
# lib/systemd/system below the prefix: systemd reads /usr/lib/systemd/system and
# /usr/local/lib/systemd/system (not the multiarch library folder, hence no CMAKE_INSTALL_LIBDIR).
file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/lib/systemd/system" TYPE FILE
     FILES "${staging}/ocpi-node.service" "${staging}/ocpi-node@.service")
file(INSTALL DESTINATION "${OCPI_UNIT_SYSCONFDIR}/ocpi-node" TYPE FILE
     PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ FILES "${OCPI_EXAMPLE_CONFIG}")
