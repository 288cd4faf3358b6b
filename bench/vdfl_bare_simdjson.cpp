// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for reading a VDFL log: one bare simdjson pass over the same file, as
// `vitrine-cli inspect` must stand beside (docs/performance.md). Prints seconds and events.

#include <simdjson.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string_view>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: vdfl_bare_simdjson LOG.jsonl\n");
        return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    simdjson::padded_string file;
    if (simdjson::padded_string::load(argv[1]).get(file)) {
        std::fprintf(stderr, "vdfl_bare_simdjson: cannot read %s\n", argv[1]);
        return 1;
    }
    // What any reader of the contract must touch: every line parsed, each record's time, kind,
    // data, recipient, size and count read; nothing kept but two sums.
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document_stream lines;
    if (parser.iterate_many(file, 1 << 20).get(lines)) {
        std::fprintf(stderr, "vdfl_bare_simdjson: not JSON lines\n");
        return 1;
    }
    std::int64_t records = 0;
    std::int64_t events = 0;
    std::size_t touched = 0;
    for (auto line : lines) {
        simdjson::ondemand::object o;
        if (line.get_object().get(o))
            continue;
        std::int64_t count = 1; // the contract's default
        for (auto field : o) {
            std::string_view key;
            if (field.unescaped_key().get(key))
                continue;
            if (key == "count") {
                if (field.value().get_int64().get(count))
                    count = 1;
            } else if (key == "bytes") {
                std::int64_t n = 0;
                if (!field.value().get_int64().get(n))
                    touched += static_cast<std::size_t>(n & 1);
            } else if (key == "t" || key == "kind" || key == "to" || key == "via" ||
                       key == "purpose") {
                std::string_view s;
                if (!field.value().get_string().get(s))
                    touched += s.size();
            } else {
                // data (a string or an array), consent: looked at as a type, then skipped.
                simdjson::ondemand::json_type type;
                if (!field.value().type().get(type))
                    touched += static_cast<std::size_t>(type);
            }
        }
        if (records > 0) // line 1 is the header
            events += count;
        ++records;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("bare simdjson pass: %.3f s, %lld lines, %lld events (%zu bytes touched)\n",
                seconds, static_cast<long long>(records), static_cast<long long>(events), touched);
    return 0;
}
