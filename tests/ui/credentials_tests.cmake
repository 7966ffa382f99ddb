# The credentials dialog's widget tests. Included from tests/ui/CMakeLists.txt after plateau_ui_test() is
# defined: the shared offscreen main (uitestmain.cpp), screenshots into <build>/screenshots/, and the
# local OAuth token server of the auth tests (plateau_test_tokenserver, defined in tests/auth).
plateau_ui_test(test_credentials
  ${CMAKE_CURRENT_LIST_DIR}/test_credentials.cpp
  ${CMAKE_CURRENT_LIST_DIR}/screenshot.h)
target_link_libraries(test_credentials PRIVATE plateau_test_tokenserver)
