// SPDX-License-Identifier: GPL-3.0-or-later
// A small map from a text to what it was found to mean, for a reader that sees the same few
// texts millions of times: open addressing, a fast hash, a fixed cap, and growth on demand.

#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

/**
 * At most maxEntries texts, each with its Value; a text past the cap is simply not kept (the
 * caller works its value out again). Starts small, so that a short input pays for little.
 */
template <typename Value> class TextCache
{
public:
    explicit TextCache(std::size_t maxEntries)
        : m_maxEntries(maxEntries)
    {}

    /** Every byte is mixed in: texts such as data items share long prefixes. */
    static std::uint64_t hashOf(std::string_view s)
    {
        constexpr std::uint64_t k = 0x9E3779B97F4A7C15ULL;
        // Two lanes of eight bytes, so that the multiplications of a long text overlap.
        std::uint64_t a = s.size() * k;
        std::uint64_t b = ~a;
        std::size_t i = 0;
        for (; i + 16 <= s.size(); i += 16) {
            std::uint64_t x = 0;
            std::uint64_t y = 0;
            std::memcpy(&x, s.data() + i, 8);
            std::memcpy(&y, s.data() + i + 8, 8);
            a = (a ^ x) * k;
            b = (b ^ y) * k;
            a ^= a >> 29;
            b ^= b >> 31;
        }
        std::uint64_t x = 0;
        std::uint64_t y = 0;
        const std::size_t rest = s.size() - i;
        std::memcpy(&x, s.data() + i, rest < 8 ? rest : 8);
        if (rest > 8)
            std::memcpy(&y, s.data() + i + 8, rest - 8);
        a = (a ^ x) * k;
        b = (b ^ y) * k;
        std::uint64_t h = (a ^ (b >> 32) ^ (b << 32)) * k;
        h ^= h >> 32;
        return h == 0 ? 1 : h;
    }

    /** The value kept for \a text (whose hashOf() is \a hash), or null. */
    const Value *find(std::string_view text, std::uint64_t hash) const
    {
        if (m_slots.empty())
            return nullptr;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t at = static_cast<std::size_t>(hash) & mask;; at = (at + 1) & mask) {
            const Slot &s = m_slots[at];
            if (s.hash == 0)
                return nullptr;
            if (s.hash == hash && s.text == text)
                return &s.value;
        }
    }

    /** Keeps \a value for a text not kept yet; returns where it is kept, or null past the cap. */
    const Value *insert(std::string_view text, std::uint64_t hash, Value value)
    {
        if (m_entries >= m_maxEntries)
            return nullptr;
        // Never more than half full, so that a probe stays short.
        if ((m_entries + 1) * 2 > m_slots.size())
            grow();
        Slot &s = place(hash);
        s = Slot{hash, std::string(text), std::move(value)};
        ++m_entries;
        return &s.value;
    }

private:
    struct Slot
    {
        std::uint64_t hash = 0; ///< 0: empty
        std::string text;
        Value value{};
    };

    Slot &place(std::uint64_t hash)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t at = static_cast<std::size_t>(hash) & mask;
        while (m_slots[at].hash != 0)
            at = (at + 1) & mask;
        return m_slots[at];
    }

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.clear();
        m_slots.resize(old.empty() ? 64 : old.size() * 2);
        for (Slot &s : old) {
            if (s.hash != 0)
                place(s.hash) = std::move(s);
        }
    }

    std::size_t m_maxEntries;
    std::size_t m_entries = 0;
    std::vector<Slot> m_slots;
};

} // namespace vitrine
