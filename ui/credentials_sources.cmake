# The credentials dialog and its list model. ui/CMakeLists.txt includes this fragment and adds
# ${PLATEAU_CREDENTIALS_SOURCES} to plateau_ui (which links auth and secrets).
# The dialog is the form only: its save transaction and token test are widget-free, in plateau_auth
# (core/auth/credentialsave.*, core/auth/credentialtest.*, core/auth/credentialdraft.h).
set(PLATEAU_CREDENTIALS_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/authrefmodel.h
  ${CMAKE_CURRENT_LIST_DIR}/authrefmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/credentialsdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/credentialsdialog.cpp
)
