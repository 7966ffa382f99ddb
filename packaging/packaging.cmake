# Desktop integration and CPack: `cpack -G DEB` in the build folder produces plateau_<version>_<arch>.deb.
include(GNUInstallDirs)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.plateau.Plateau.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.plateau.Plateau.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/plateau.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME io.plateau.Plateau.svg)
install(FILES ${PROJECT_SOURCE_DIR}/resources/demo.plateau.json DESTINATION ${CMAKE_INSTALL_DATADIR}/plateau OPTIONAL)

set(CPACK_PACKAGE_NAME plateau)
set(CPACK_PACKAGE_VENDOR "Plateau developers")
set(CPACK_PACKAGE_CONTACT "Plateau developers <plateau@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY plateau)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The platform plugins (xcb, offscreen) are loaded at run time, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libjs-chart.js, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, fonts-dejavu-core")
set(CPACK_GENERATOR DEB)
include(CPack)
