# SSE parser and agent event classifier tests (included by tests/engine/CMakeLists.txt).
plateau_add_test(test_sse SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_sseparser.cpp ${CMAKE_CURRENT_LIST_DIR}/test_agentevent.cpp LIBS plateau_engine)
