# The credentials dialog and its list model. ui/CMakeLists.txt includes this fragment and adds
# ${PLATEAU_CREDENTIALS_SOURCES} to plateau_ui (which links auth and secrets).
set(PLATEAU_CREDENTIALS_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/authrefmodel.h
  ${CMAKE_CURRENT_LIST_DIR}/authrefmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/credentialsdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/credentialsdialog.cpp
)
