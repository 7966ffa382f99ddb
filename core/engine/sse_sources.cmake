# The SSE parser and agent event classifier (included by core/engine/CMakeLists.txt and fuzz/).
# agentevent.cpp needs nlohmann_json: link PLATEAU_SSE_LIBS into the library that compiles these.
set(PLATEAU_SSE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/sseparser.h
    ${CMAKE_CURRENT_LIST_DIR}/sseparser_impl.h
    ${CMAKE_CURRENT_LIST_DIR}/sseparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/agentevent.h
    ${CMAKE_CURRENT_LIST_DIR}/agentevent.cpp)
set(PLATEAU_SSE_LIBS nlohmann_json::nlohmann_json)
