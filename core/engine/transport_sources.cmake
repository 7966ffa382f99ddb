# The Transport seam and its two implementations, the lean one in parts (response parser, the connection seam
# and its Qt-socket and epoll sides, the name resolver, OpenSSL's context and stream, the front); included by core/engine/CMakeLists.txt:
#   include(${CMAKE_CURRENT_SOURCE_DIR}/transport_sources.cmake)
#   plateau_core_library(plateau_engine ... ${PLATEAU_TRANSPORT_SOURCES})
#   target_link_libraries(plateau_engine PUBLIC Qt6::Core Qt6::Network OpenSSL::SSL OpenSSL::Crypto)
# The .cpp files define QObjects and include their .moc: the target needs AUTOMOC (on project-wide).
set(PLATEAU_TRANSPORT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/transport.h
    ${CMAKE_CURRENT_LIST_DIR}/transport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/qttlsconfiguration.h
    ${CMAKE_CURRENT_LIST_DIR}/transporterrors.h
    ${CMAKE_CURRENT_LIST_DIR}/transporterrors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/epollpoller.h
    ${CMAKE_CURRENT_LIST_DIR}/epollpoller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/httpresponseparser.h
    ${CMAKE_CURRENT_LIST_DIR}/httpresponseparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/leanconnection.h
    ${CMAKE_CURRENT_LIST_DIR}/leanqtsocket.h
    ${CMAKE_CURRENT_LIST_DIR}/leanqtsocket.cpp
    ${CMAKE_CURRENT_LIST_DIR}/leanresolver.h
    ${CMAKE_CURRENT_LIST_DIR}/leanresolver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tlscontext.h
    ${CMAKE_CURRENT_LIST_DIR}/tlscontext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tlsstream.h
    ${CMAKE_CURRENT_LIST_DIR}/tlsstream.cpp
    ${CMAKE_CURRENT_LIST_DIR}/leanepoll.h
    ${CMAKE_CURRENT_LIST_DIR}/leanepoll.cpp
    ${CMAKE_CURRENT_LIST_DIR}/leantransport.h
    ${CMAKE_CURRENT_LIST_DIR}/leantransport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/qnamtransport.h
    ${CMAKE_CURRENT_LIST_DIR}/qnamtransport.cpp)
