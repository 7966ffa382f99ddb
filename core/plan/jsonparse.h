#pragma once
// Internal to the plan library: nlohmann/json parsing that never throws and always says where it stopped.
// nlohmann reports syntax errors with a byte offset, but a number overflow (1e400) comes as an out_of_range
// exception without one, and its DOM has no depth limit; a SAX builder gets the offset for every error and
// bounds depth and size.

#include <QString>
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>

namespace plateau::planjson {

constexpr int kMaxDepth = 64;                 // plans nest 4 deep; anything deeper is hostile or a mistake
constexpr std::size_t kMaxValues = 2'000'000; // bounds the DOM's memory for a 16 MiB document

struct ParseError
{
    qint64 byte = 0; // 1-based offset of the byte where parsing stopped; 0 when unknown
    QString message; // "byte 12: syntax error while parsing value - ... (line 1, column 12)"
};

// Parses data[0..size) as one JSON document. out may be null to check syntax only (no DOM is built).
std::optional<ParseError> parse(const char *data, std::size_t size, nlohmann::json *out);

} // namespace plateau::planjson
