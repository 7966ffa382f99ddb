# Transport tests; included by tests/engine/CMakeLists.txt:
#   include(${CMAKE_CURRENT_SOURCE_DIR}/transport_tests.cmake)
# test_transport: the conformance suite (parameterised over Lean, Qnam and Lean over TLS), certificate
# verification and mutual TLS against a PKI made at run time (testpki.*), and the HTTP/1.1 parser tests.
# test_transport_cpu: CPU per streamed request of each transport, to an address, a name and over TLS; prints
# numbers, asserts only correctness.
set(PLATEAU_RAW_HTTP_SERVER_SOURCES ${CMAKE_CURRENT_LIST_DIR}/rawhttpserver.h ${CMAKE_CURRENT_LIST_DIR}/rawhttpserver.cpp)
plateau_add_test(test_transport
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_transport_conformance.cpp
          ${CMAKE_CURRENT_LIST_DIR}/test_transport_parser.cpp
          ${CMAKE_CURRENT_LIST_DIR}/test_transport_tls.cpp
          ${CMAKE_CURRENT_LIST_DIR}/test_transporterrors.cpp
          ${CMAKE_CURRENT_LIST_DIR}/test_transport_support.h
          ${CMAKE_CURRENT_LIST_DIR}/testpki.h
          ${CMAKE_CURRENT_LIST_DIR}/testpki.cpp
          ${PLATEAU_RAW_HTTP_SERVER_SOURCES}
  LIBS plateau_engine OpenSSL::SSL OpenSSL::Crypto)
plateau_add_test(test_transport_cpu SERIAL
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_transport_cpu.cpp
          ${CMAKE_CURRENT_LIST_DIR}/test_transport_support.h
          ${CMAKE_CURRENT_LIST_DIR}/testpki.h
          ${CMAKE_CURRENT_LIST_DIR}/testpki.cpp
          ${PLATEAU_RAW_HTTP_SERVER_SOURCES}
  LIBS plateau_engine OpenSSL::SSL OpenSSL::Crypto)
