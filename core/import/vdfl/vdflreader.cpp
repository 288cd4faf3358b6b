// SPDX-License-Identifier: GPL-3.0-or-later
// How a log is read: raw chunks inflated when gzip, split into lines, parsed with simdjson,
// checked against the contract field by field, and fingerprinted with OpenSSL on the way.

#include "vdflreader.h"

#include "bytestream.h"
#include "classifier.h"
#include "inputtext.h"
#include "lineblocks.h"
#include "logsink.h"
#include "rfc3339.h"
#include "textcache.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>

#include <simdjson.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vitrine {

namespace {

constexpr std::size_t kRawChunk = ContentStream::kRawChunk;
// Room for the longest allowed line (plus CR) and a full chunk after it.
constexpr std::size_t kLineBuffer = 4 * 1024 * 1024;
constexpr std::size_t kMaxKeptDetail = 80;
// Purposes are tokens ("navigation"); an unknown one is shown as given, up to this length.
constexpr qsizetype kMaxPurposeChars = 80;

// simdjson's is_null() throws when its result is read as a plain bool and the token is damaged
// ("nul", "nulx"): a crash on one bad line. This reads the error instead, and never throws.
bool isNull(simdjson::ondemand::value &v)
{
    bool null = false;
    return v.is_null().get(null) == simdjson::SUCCESS && null;
}

std::string cut(std::string_view s)
{
    if (s.size() <= kMaxKeptDetail)
        return std::string(s);
    // Cut on a UTF-8 boundary so the detail stays valid text.
    std::size_t n = kMaxKeptDetail;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
        --n;
    return std::string(s.substr(0, n)) + "...";
}

// OpenSSL set up first (without its exit clean-up): a log may be the first thing a program reads.
bool isBlank(std::string_view line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

// Lower-cases ASCII and drops one trailing dot. Returns false when the text is not a host name,
// an IPv4/IPv6 address or "org:ID". org:ID is kept as written.
bool normaliseParty(std::string_view in, std::string &out)
{
    out.clear();
    if (in.empty() || in.size() > 253 + 1)
        return false;
    if (in.size() > 4 && in.substr(0, 4) == "org:") {
        for (const char c : in.substr(4)) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
            if (!ok)
                return false;
        }
        out.assign(in);
        return true;
    }
    std::size_t colons = 0;
    for (const char c : in)
        colons += c == ':';
    if (colons >= 2) {
        // IPv6 (possibly with an embedded IPv4 tail).
        for (const char c : in) {
            const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
                            (c >= 'A' && c <= 'F') || c == ':' || c == '.';
            if (!ok)
                return false;
        }
        for (const char c : in)
            out.push_back(c >= 'A' && c <= 'F' ? static_cast<char>(c + 32) : c);
        return true;
    }
    if (colons == 1)
        return false; // a port or a scheme: not a bare host
    std::string_view host = in;
    if (host.back() == '.')
        host.remove_suffix(1);
    if (host.empty() || host.size() > 253)
        return false;
    std::size_t labelLength = 0;
    for (const char c : host) {
        if (c == '.') {
            if (labelLength == 0)
                return false;
            labelLength = 0;
            out.push_back(c);
            continue;
        }
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok || ++labelLength > 63)
            return false;
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    }
    return labelLength > 0;
}

// A JSON integer token (no fraction, no exponent) within int64.
std::optional<std::int64_t> parseIntegerToken(std::string_view tok)
{
    std::size_t i = 0;
    bool negative = false;
    if (i < tok.size() && tok[i] == '-') {
        negative = true;
        ++i;
    }
    if (i == tok.size())
        return std::nullopt;
    std::uint64_t v = 0;
    for (; i < tok.size(); ++i) {
        const char c = tok[i];
        if (c < '0' || c > '9')
            return std::nullopt;
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (v > (static_cast<std::uint64_t>(INT64_MAX) - digit) / 10)
            return std::nullopt;
        v = v * 10 + digit;
    }
    const auto s = static_cast<std::int64_t>(v);
    return negative ? -s : s;
}

std::optional<Kind> kindFromId(std::string_view s)
{
    if (s == "sent")
        return Kind::Sent;
    if (s == "received")
        return Kind::Received;
    if (s == "shared")
        return Kind::Shared;
    if (s == "stored")
        return Kind::Stored;
    return std::nullopt;
}

std::optional<Channel> channelFromId(std::string_view s)
{
    for (int i = 1; i < kChannelCount; ++i) {
        if (channelId(static_cast<Channel>(i)) == s)
            return static_cast<Channel>(i);
    }
    return std::nullopt;
}

std::optional<Basis> basisFromId(std::string_view s)
{
    for (int i = 1; i < kBasisCount; ++i) {
        if (basisId(static_cast<Basis>(i)) == s)
            return static_cast<Basis>(i);
    }
    return std::nullopt;
}

/** The record fields the contract names; Other for any other key (ignored). */
enum class Field : std::uint8_t {
    Other,
    T,
    To,
    Kind,
    Data,
    Via,
    Bytes,
    Basis,
    Count,
    Channel,
    Consent,
    Purpose
};

// Dispatch on length first: every record has ten or so keys, so this runs tens of millions of
// times, and fixed-length comparisons compile to a few instructions.
Field fieldOf(std::string_view k)
{
    switch (k.size()) {
    case 1:
        return k[0] == 't' ? Field::T : Field::Other;
    case 2:
        return k == "to" ? Field::To : Field::Other;
    case 3:
        return k == "via" ? Field::Via : Field::Other;
    case 4:
        return k == "kind" ? Field::Kind : k == "data" ? Field::Data : Field::Other;
    case 5:
        return k == "bytes"   ? Field::Bytes
               : k == "basis" ? Field::Basis
               : k == "count" ? Field::Count
                              : Field::Other;
    case 7:
        return k == "channel"   ? Field::Channel
               : k == "consent" ? Field::Consent
               : k == "purpose" ? Field::Purpose
                                : Field::Other;
    default:
        return Field::Other;
    }
}

// raw_json_token keeps the white space after a scalar.
std::string_view trimToken(std::string_view tok)
{
    while (!tok.empty() &&
           (tok.back() == ' ' || tok.back() == '\t' || tok.back() == '\r' || tok.back() == '\n'))
        tok.remove_suffix(1);
    return tok;
}

// The JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view t)
{
    std::size_t i = 0;
    auto digit = [&](std::size_t k) { return k < t.size() && t[k] >= '0' && t[k] <= '9'; };
    if (i < t.size() && t[i] == '-')
        ++i;
    if (!digit(i))
        return false;
    if (t[i] == '0')
        ++i;
    else
        while (digit(i))
            ++i;
    if (i < t.size() && t[i] == '.') {
        ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < t.size() && (t[i] == '+' || t[i] == '-'))
            ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    return i == t.size();
}

// The text of a JSON string or key that starts at \a text (past its opening quote), when it has
// no escape: it then stands as written up to its closing quote, which stage 1 has checked is
// there. Empty when a backslash comes first: the caller unescapes it.
std::optional<std::string_view> withoutEscapes(const char *text)
{
    std::size_t n = 0;
    while (text[n] != '"' && text[n] != '\\')
        ++n;
    return text[n] == '"' ? std::optional(std::string_view(text, n)) : std::nullopt;
}

// True when nothing follows the document's value: "{...} {...}" on one line is not a record.
bool atEnd(simdjson::ondemand::document &doc)
{
    const char *where = nullptr;
    return doc.current_location().get(where) == simdjson::OUT_OF_BOUNDS;
}

} // namespace

class VdflReader::Impl
{
public:
    /** A worker's parser reads blocks, not a stream: it needs no line buffer. */
    explicit Impl(bool lineBuffer = true)
        // Not zero-filled: every byte is written by a read before it is looked at.
        : m_buffer(lineBuffer ? std::make_unique_for_overwrite<char[]>(kLineBuffer +
                                                                       simdjson::SIMDJSON_PADDING)
                              : nullptr)
    {}

    bool run(ByteStream &raw, VdflReader &r);
    /**
     * Parses a block's lines as run() would have, the first numbered \a firstLine. Returns the
     * number of lines.
     */
    std::int64_t parseBlock(VdflReader &r, const LineBlock &block, std::int64_t firstLine);

    /** The number of the line read last. */
    std::int64_t line() const { return m_line; }

    /** While set, the lines after the header go to these blocks instead of being parsed. */
    LineBlocks *m_blocks = nullptr;
    bool m_headerSeen = false;

private:
    // Returns false when the header refuses the file.
    bool processLine(VdflReader &r, const char *begin, std::size_t length, std::size_t capacity);
    /** Hands the lines after the header to m_blocks, \a rest (already read) first. */
    bool runBlocks(ContentStream &src, VdflReader &r, std::string_view rest);
    bool parseHeader(VdflReader &r, const char *begin, std::size_t length, std::size_t capacity);
    void parseRecord(VdflReader &r, const char *begin, std::size_t length, std::size_t capacity);
    void reject(VdflReader &r, Rejection why, std::string detail = {});
    std::optional<Category> classify(std::string_view item);

    /** What a record's `data` array says: its categories, or why it is refused. */
    struct DataVerdict
    {
        bool broken = false; ///< not JSON after all: the line is not a JSON object
        bool ok = false;
        Rejection why = Rejection::DataMissing;
        CategorySet categories = 0;
        std::string badItem;
    };
    /** The verdict on the array written as \a text (inside a line, \a capacity bytes readable). */
    const DataVerdict &dataArray(std::string_view text, std::size_t capacity);
    DataVerdict judgeArray(simdjson::ondemand::array &array);

    std::unique_ptr<char[]> m_buffer;
    simdjson::ondemand::parser m_parser{kMaxLineBytes + 64};
    std::int64_t m_line = 0;
    std::string m_toBuf;
    std::string m_viaBuf;
    std::string m_purposeBuf;

    // Logs repeat the same few hundred data items, and the same few data arrays byte for byte,
    // millions of times: each is judged once (an array with its own parser, the line's being in
    // use) and the verdict kept.
    static constexpr std::size_t kMaxCachedItems = 4096;
    // Data items are short names; a long one is classified each time rather than kept, so
    // that a hostile log cannot fill the cache with megabytes.
    static constexpr std::size_t kMaxCachedItemText = 256;
    static constexpr std::size_t kMaxCachedArrays = 4096;
    static constexpr std::size_t kMaxCachedArrayText = 1024;
    TextCache<std::optional<Category>> m_items{kMaxCachedItems};
    TextCache<DataVerdict> m_arrays{kMaxCachedArrays};
    DataVerdict m_uncachedArray;
    simdjson::ondemand::parser m_arrayParser{kMaxLineBytes + 64};
};

std::optional<Category> VdflReader::Impl::classify(std::string_view item)
{
    const std::uint64_t h = m_items.hashOf(item);
    if (const auto *kept = m_items.find(item, h))
        return *kept;
    const std::optional<Category> c = item.empty() ? std::nullopt : classifyDataItem(item);
    if (item.size() <= kMaxCachedItemText)
        m_items.insert(item, h, c);
    return c;
}

VdflReader::Impl::DataVerdict VdflReader::Impl::judgeArray(simdjson::ondemand::array &array)
{
    using namespace simdjson;
    DataVerdict verdict;
    bool any = false;
    bool nonString = false;
    bool unknown = false;
    for (auto item : array) {
        any = true;
        ondemand::json_type itemType;
        std::string_view s;
        if (item.type().get(itemType)) {
            verdict.broken = true;
            return verdict;
        }
        if (itemType != ondemand::json_type::string) {
            nonString = true;
            continue;
        }
        if (item.get_string().get(s)) {
            verdict.broken = true;
            return verdict;
        }
        if (auto c = classify(s)) {
            verdict.categories |= categoryBit(*c);
        } else if (!unknown) {
            unknown = true;
            verdict.badItem = cut(s);
        }
    }
    if (nonString)
        verdict.why = Rejection::DataNotStringOrArray;
    else if (!any)
        verdict.why = Rejection::DataEmpty;
    else if (unknown)
        verdict.why = Rejection::DataItemUnknown;
    else
        verdict.ok = true;
    return verdict;
}

const VdflReader::Impl::DataVerdict &VdflReader::Impl::dataArray(std::string_view text,
                                                                 std::size_t capacity)
{
    const std::uint64_t h = m_arrays.hashOf(text);
    if (const DataVerdict *kept = m_arrays.find(text, h))
        return *kept;
    simdjson::ondemand::document doc;
    simdjson::ondemand::array array;
    DataVerdict verdict;
    if (m_arrayParser.iterate(text.data(), text.size(), capacity).get(doc) ||
        doc.get_array().get(array))
        verdict.broken = true;
    else
        verdict = judgeArray(array);
    if (text.size() <= kMaxCachedArrayText) {
        if (const DataVerdict *kept = m_arrays.insert(text, h, verdict))
            return *kept;
    }
    m_uncachedArray = std::move(verdict);
    return m_uncachedArray;
}

void VdflReader::Impl::reject(VdflReader &r, Rejection why, std::string detail)
{
    ++r.m_counts.rejected;
    if (r.m_rejection)
        r.m_rejection(RejectedItem{m_line, why, std::move(detail)});
}

std::int64_t VdflReader::Impl::parseBlock(VdflReader &r, const LineBlock &block,
                                          std::int64_t firstLine)
{
    const char *const base = block.bytes.get();
    std::int64_t number = firstLine;
    for (std::size_t at = 0; at < block.size; ++number) {
        const auto *lf = static_cast<const char *>(std::memchr(base + at, '\n', block.size - at));
        const std::size_t end = lf ? static_cast<std::size_t>(lf - base) : block.size;
        std::size_t len = end - at;
        if (len > 0 && base[at + len - 1] == '\r')
            --len;
        m_line = number;
        processLine(r, base + at, len, block.capacity - at);
        at = end + 1;
    }
    return number - firstLine;
}

bool VdflReader::Impl::runBlocks(ContentStream &src, VdflReader &r, std::string_view rest)
{
    LineBlocks &blocks = *m_blocks;
    // A line longer than this is rejected by its length whatever it holds: its start is kept
    // (so the worker sees it is too long, CR or not) and the rest dropped as it comes.
    constexpr std::size_t kKeep = kMaxLineBytes + 2;
    std::unique_ptr<LineBlock> b = blocks.take();
    std::size_t lineStart = 0; // the unfinished line, in b
    bool skipping = false;     // the unfinished line is cut at kKeep

    // Takes in the n bytes just written at the end of b.
    auto took = [&](std::size_t n) {
        char *const data = b->bytes.get();
        const std::size_t from = b->size;
        b->size += n;
        if (skipping) {
            const void *lf = std::memchr(data + from, '\n', n);
            if (!lf) {
                b->size = from;
                return;
            }
            const auto at = static_cast<std::size_t>(static_cast<const char *>(lf) - data);
            std::memmove(data + from, data + at, b->size - at);
            b->size = from + (b->size - at);
            skipping = false;
        }
        if (const void *last = memrchr(data + from, '\n', b->size - from))
            lineStart = static_cast<std::size_t>(static_cast<const char *>(last) - data) + 1;
        if (b->size - lineStart > kKeep) {
            b->size = lineStart + kKeep;
            skipping = true;
        }
        if (lineStart >= r.m_blockBytes) {
            std::unique_ptr<LineBlock> next = blocks.take();
            blocks.reserve(*next, b->size - lineStart);
            next->size = b->size - lineStart;
            std::memcpy(next->bytes.get(), data + lineStart, next->size);
            b->size = lineStart;
            blocks.dispatch(std::move(b));
            b = std::move(next);
            lineStart = 0;
        }
    };
    // Reads of about a block, so that a block is still in the cache when a worker parses it.
    const std::size_t readSize = std::clamp<std::size_t>(r.m_blockBytes, 4096, kRawChunk);

    while (!rest.empty()) {
        const std::size_t n = std::min(rest.size(), readSize);
        blocks.reserve(*b, n);
        std::memcpy(b->bytes.get() + b->size, rest.data(), n);
        rest.remove_prefix(n);
        took(n);
    }
    for (;;) {
        blocks.reserve(*b, readSize);
        const std::int64_t n = src.read(b->bytes.get() + b->size, readSize, r.m_refusal);
        if (n < 0) {
            // The lines read before the failure are kept, as on one thread; the unfinished
            // one is not.
            b->size = lineStart;
            if (b->size > 0)
                blocks.dispatch(std::move(b));
            return false;
        }
        if (n == 0)
            break;
        took(static_cast<std::size_t>(n));
    }
    // The last line may lack its line feed: the worker reads it all the same.
    if (b->size > 0)
        blocks.dispatch(std::move(b));
    return true;
}

bool VdflReader::Impl::run(ByteStream &raw, VdflReader &r)
{
    ContentStream src(raw);
    char *const buf = m_buffer.get();
    std::size_t begin = 0; // first byte of the current, unfinished line
    std::size_t end = 0;   // end of the data in the buffer
    std::size_t scan = 0;  // where to look for the next LF
    bool skipping = false; // inside a line already known to be too long
    bool first = true;
    bool refused = false;

    for (;;) {
        if (begin > 0 && kLineBuffer - end < kRawChunk) {
            std::memmove(buf, buf + begin, end - begin);
            end -= begin;
            scan -= begin;
            begin = 0;
        }
        const std::int64_t n = src.read(buf + end, kLineBuffer - end, r.m_refusal);
        if (n < 0)
            return false;
        if (first && n > 0) {
            first = false;
            // A leading byte-order mark is not content. (The first read is at least 3 bytes
            // unless the whole file is shorter.)
            if (n >= 3 && std::memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
                begin = scan = 3;
            }
        }
        const bool eof = n == 0;
        end += static_cast<std::size_t>(n);

        for (;;) {
            const void *nl = scan < end ? std::memchr(buf + scan, '\n', end - scan) : nullptr;
            if (!nl)
                break;
            const auto lf = static_cast<std::size_t>(static_cast<const char *>(nl) - buf);
            ++m_line;
            ++r.m_counts.total;
            if (skipping) {
                skipping = false;
                if (!m_headerSeen) {
                    r.m_refusal = {Refusal::HeaderNotObject, m_line, {}};
                    refused = true;
                    break;
                }
                reject(r, Rejection::LineTooLong);
            } else {
                std::size_t len = lf - begin;
                if (len > 0 && buf[begin + len - 1] == '\r')
                    --len;
                if (!processLine(r, buf + begin, len,
                                 kLineBuffer + simdjson::SIMDJSON_PADDING - begin)) {
                    refused = true;
                    break;
                }
            }
            begin = scan = lf + 1;
            if (m_blocks && m_headerSeen) {
                // The records go to the workers, the rest of this buffer first.
                // As below: the gzip flag is told only for a file read to its end.
                if (!runBlocks(src, r, std::string_view(buf + begin, end - begin)))
                    return false;
                r.m_file.gzip = src.gzip();
                return true;
            }
        }
        if (refused)
            return false;
        scan = end;
        if (!skipping && end - begin > kMaxLineBytes + 1) {
            // Too long whatever comes next: stop keeping it in memory.
            skipping = true;
        }
        if (skipping)
            begin = scan = end;

        if (eof) {
            if (skipping) {
                ++m_line;
                ++r.m_counts.total;
                if (!m_headerSeen) {
                    r.m_refusal = {Refusal::HeaderNotObject, m_line, {}};
                    return false;
                }
                reject(r, Rejection::LineTooLong);
            } else if (end > begin) {
                ++m_line;
                ++r.m_counts.total;
                std::size_t len = end - begin;
                if (buf[begin + len - 1] == '\r')
                    --len;
                if (!processLine(r, buf + begin, len,
                                 kLineBuffer + simdjson::SIMDJSON_PADDING - begin))
                    return false;
            }
            break;
        }
    }

    r.m_file.gzip = src.gzip();
    if (!m_headerSeen) {
        r.m_refusal = {Refusal::NoHeader, 0, {}};
        return false;
    }
    return true;
}

bool VdflReader::Impl::processLine(VdflReader &r, const char *begin, std::size_t length,
                                   std::size_t capacity)
{
    if (length > kMaxLineBytes) {
        if (!m_headerSeen) {
            r.m_refusal = {Refusal::HeaderNotObject, m_line, {}};
            return false;
        }
        reject(r, Rejection::LineTooLong);
        return true;
    }
    if (isBlank(std::string_view(begin, length))) {
        ++r.m_counts.blank;
        return true;
    }
    if (!m_headerSeen) {
        if (!parseHeader(r, begin, length, capacity))
            return false;
        m_headerSeen = true;
        return true;
    }
    parseRecord(r, begin, length, capacity);
    return true;
}

bool VdflReader::Impl::parseHeader(VdflReader &r, const char *begin, std::size_t length,
                                   std::size_t capacity)
{
    using namespace simdjson;
    auto refuse = [&](Refusal code, std::string detail = {}) {
        r.m_refusal = {code, m_line, std::move(detail)};
        return false;
    };
    if (!validate_utf8(begin, length))
        return refuse(Refusal::HeaderNotObject);

    ondemand::document doc;
    ondemand::object obj;
    if (m_parser.iterate(begin, length, capacity).get(doc) || doc.get_object().get(obj))
        return refuse(Refusal::HeaderNotObject);

    LogHeader h;
    h.position = m_line;
    bool haveVersion = false;
    std::optional<std::int64_t> version;
    bool haveVin = false;
    std::string vinRaw;
    bool vinIsString = true;
    std::string badField;

    auto rfc = [&](ondemand::value v, const char *name) -> std::optional<std::int64_t> {
        std::string_view s;
        if (v.get_string().get(s)) {
            if (badField.empty())
                badField = name;
            return std::nullopt;
        }
        auto t = parseRfc3339(s);
        if (!t && badField.empty())
            badField = name;
        return t;
    };
    // The header's free texts reach the screen, the terminal and the signed sheet: cleaned here,
    // once, for all of them (inputtext.h).
    auto optString = [&](ondemand::value v, const char *name) -> std::optional<std::string> {
        std::string_view s;
        if (isNull(v))
            return std::nullopt;
        if (v.get_string().get(s)) {
            if (badField.empty())
                badField = name;
            return std::nullopt;
        }
        return cleanInputText(s);
    };

    for (auto field : obj) {
        std::string_view key;
        ondemand::value v;
        if (field.unescaped_key().get(key) || field.value().get(v))
            return refuse(Refusal::HeaderNotObject);
        if (key == "vdfl") {
            haveVersion = true;
            std::string_view tok;
            ondemand::json_type type;
            if (!v.type().get(type) && type == ondemand::json_type::number) {
                tok = trimToken(v.raw_json_token());
                version = parseIntegerToken(tok);
            }
        } else if (key == "vehicle") {
            ondemand::object veh;
            if (v.get_object().get(veh)) {
                if (badField.empty())
                    badField = "vehicle";
                continue;
            }
            for (auto vf : veh) {
                std::string_view vkey;
                ondemand::value vv;
                if (vf.unescaped_key().get(vkey) || vf.value().get(vv))
                    return refuse(Refusal::HeaderNotObject);
                if (vkey == "vin") {
                    haveVin = true;
                    std::string_view s;
                    if (vv.get_string().get(s))
                        vinIsString = false;
                    else
                        vinRaw.assign(s);
                } else if (vkey == "make") {
                    h.make = optString(vv, "vehicle.make");
                } else if (vkey == "model") {
                    h.model = optString(vv, "vehicle.model");
                } else if (vkey == "year") {
                    if (isNull(vv))
                        continue;
                    std::string_view tok;
                    ondemand::json_type type;
                    std::optional<std::int64_t> y;
                    if (!vv.type().get(type) && type == ondemand::json_type::number) {
                        tok = trimToken(vv.raw_json_token());
                        y = parseIntegerToken(tok);
                    }
                    if (y && *y >= 1886 && *y <= 9999)
                        h.year = static_cast<int>(*y);
                    else if (badField.empty())
                        badField = "vehicle.year";
                }
            }
        } else if (key == "exported_at") {
            if (!isNull(v))
                h.exportedAtUtc = rfc(v, "exported_at");
        } else if (key == "exporter") {
            h.exporter = optString(v, "exporter");
        } else if (key == "period") {
            if (isNull(v))
                continue;
            ondemand::object per;
            if (v.get_object().get(per)) {
                if (badField.empty())
                    badField = "period";
                continue;
            }
            for (auto pf : per) {
                std::string_view pkey;
                ondemand::value pv;
                if (pf.unescaped_key().get(pkey) || pf.value().get(pv))
                    return refuse(Refusal::HeaderNotObject);
                if (pkey == "from" && !isNull(pv))
                    h.declaredFromUtc = rfc(pv, "period.from");
                else if (pkey == "to" && !isNull(pv))
                    h.declaredToUtc = rfc(pv, "period.to");
            }
        }
    }
    if (!atEnd(doc))
        return refuse(Refusal::HeaderNotObject);

    if (!haveVersion)
        return refuse(Refusal::NotVdfl);
    if (!version || *version < 1)
        return refuse(Refusal::BadVersion);
    if (*version > 1)
        return refuse(Refusal::NewerVersion, std::to_string(*version));
    if (!haveVin)
        return refuse(Refusal::VinMissing);
    if (!vinIsString)
        return refuse(Refusal::VinInvalid, "(not text)");
    std::string vin = upperAscii(vinRaw);
    if (!isValidVin(vin))
        return refuse(Refusal::VinInvalid, cut(vinRaw));
    if (!badField.empty())
        return refuse(Refusal::HeaderFieldInvalid, badField);
    h.vin = std::move(vin);
    if (r.m_header)
        r.m_header(h);
    return true;
}

void VdflReader::Impl::parseRecord(VdflReader &r, const char *begin, std::size_t length,
                                   std::size_t capacity)
{
    using namespace simdjson;
    // iterate() checks UTF-8 as it indexes the line: the text is looked at again only when it
    // fails, to tell broken text from broken JSON (broken text wins, as the contract says).
    ondemand::document doc;
    ondemand::object obj;
    if (m_parser.iterate(begin, length, capacity).get(doc))
        return reject(r, validate_utf8(begin, length) ? Rejection::NotJsonObject
                                                      : Rejection::InvalidUtf8);
    if (doc.get_object().get(obj))
        return reject(r, Rejection::NotJsonObject);

    // Each field's verdict is kept, then the first broken rule (in the contract's order) wins,
    // so the reason does not depend on the order of the keys.
    enum class State : std::uint8_t { Absent, Ok, Bad, OverMaximum };
    State tState = State::Absent, kindState = State::Absent, dataState = State::Absent,
          toState = State::Absent, viaState = State::Absent, bytesState = State::Absent,
          countState = State::Absent, channelState = State::Absent, purposeState = State::Absent,
          basisState = State::Absent, consentState = State::Absent;
    Rejection dataWhy = Rejection::DataMissing;
    std::string badItem;
    Record rec;
    rec.line = m_line;

    bool broken = false;
    for (auto member : obj) {
        if (member.error()) {
            broken = true;
            break;
        }
        // The field and its value by reference: copies of simdjson's iterators cost more than
        // anything else on this path (each a 16-byte load of what was just stored in parts).
        ondemand::field &f = member.value_unsafe();
        ondemand::value &v = f.value();
        ondemand::json_type type;
        if (v.type().get(type)) {
            broken = true;
            break;
        }
        // A key without escapes is read where it stands (stage 1 found its closing quote);
        // only one with a backslash is unescaped into the parser's string buffer.
        std::string_view key;
        if (const auto plain = withoutEscapes(f.key().raw())) {
            key = *plain;
        } else if (f.unescaped_key().get(key)) {
            broken = true;
            break;
        }
        // Scalars are checked against the JSON grammar here, so that a malformed value (01,
        // NaN, tru, a bad escape) makes the line "not a JSON object" whatever its key.
        std::string_view str;
        std::string_view number;
        switch (type) {
        case ondemand::json_type::string: {
            // As for keys: a string without a backslash is read where it stands (the value is
            // then left for the iteration to step over); only one with escapes is unescaped.
            if (const auto plain = withoutEscapes(v.raw_json_token().data() + 1))
                str = *plain;
            else
                broken = v.get_string().get(str) != simdjson::SUCCESS;
            break;
        }
        case ondemand::json_type::number:
            number = trimToken(v.raw_json_token());
            broken = !isJsonNumber(number);
            break;
        case ondemand::json_type::boolean: {
            bool b = false;
            broken = v.get_bool().get(b) != simdjson::SUCCESS;
            break;
        }
        case ondemand::json_type::null:
            broken = !isNull(v);
            break;
        default:
            break;
        }
        if (broken)
            break;
        const Field field = fieldOf(key);
        if (field == Field::Other)
            continue;
        const bool isString = type == ondemand::json_type::string;
        const bool isNull = type == ondemand::json_type::null;
        auto integer = [&]() -> std::optional<std::int64_t> {
            return type == ondemand::json_type::number ? parseIntegerToken(number) : std::nullopt;
        };
        // A whole number too large even for 64 bits is over the maximum, not malformed.
        auto isHugeNumber = [&] {
            return type == ondemand::json_type::number && !number.empty() &&
                   std::all_of(number.begin(), number.end(),
                               [](char ch) { return ch >= '0' && ch <= '9'; });
        };

        if (field == Field::T) {
            const auto t = isString ? parseRfc3339(str) : std::nullopt;
            tState = t ? State::Ok : State::Bad;
            if (t)
                rec.timeUtc = *t;
        } else if (field == Field::To) {
            toState = isNull                                     ? State::Absent
                      : isString && normaliseParty(str, m_toBuf) ? State::Ok
                                                                 : State::Bad;
        } else if (field == Field::Kind) {
            const auto k = isString ? kindFromId(str) : std::nullopt;
            kindState = k ? State::Ok : State::Bad;
            if (k)
                rec.kind = *k;
        } else if (field == Field::Data) {
            rec.categories = 0;
            badItem.clear();
            dataState = State::Bad;
            if (isString) {
                if (str.empty()) {
                    dataWhy = Rejection::DataEmpty;
                } else if (auto c = classify(str)) {
                    rec.categories = categoryBit(*c);
                    dataState = State::Ok;
                } else {
                    dataWhy = Rejection::DataItemUnknown;
                    badItem = cut(str);
                }
            } else if (type == ondemand::json_type::array) {
                ondemand::array arr;
                std::string_view text;
                if (v.get_array().get(arr) || arr.raw_json().get(text)) {
                    broken = true;
                    break;
                }
                const auto offset = static_cast<std::size_t>(text.data() - begin);
                const DataVerdict &verdict = dataArray(text, capacity - offset);
                if (verdict.broken) {
                    broken = true;
                    break;
                }
                rec.categories = verdict.categories;
                dataWhy = verdict.why;
                badItem = verdict.badItem;
                if (verdict.ok)
                    dataState = State::Ok;
            } else {
                dataWhy = Rejection::DataNotStringOrArray;
            }
        } else if (field == Field::Via) {
            viaState = isNull                                      ? State::Absent
                       : isString && normaliseParty(str, m_viaBuf) ? State::Ok
                                                                   : State::Bad;
        } else if (field == Field::Bytes) {
            const auto b = integer();
            bytesState = b && *b >= 0 ? State::Ok : State::Bad;
            if (bytesState == State::Ok)
                rec.bytes = *b;
            if ((b && *b > kMaxRecordBytes) || (!b && isHugeNumber()))
                bytesState = State::OverMaximum;
        } else if (field == Field::Basis) {
            const auto b = isString ? basisFromId(str) : std::nullopt;
            basisState = b ? State::Ok : State::Bad;
            if (b)
                rec.basis = *b;
        } else if (field == Field::Count) {
            const auto c = integer();
            countState = c && *c >= 1 ? State::Ok : State::Bad;
            if (countState == State::Ok)
                rec.count = *c;
            if ((c && *c > kMaxRecordCount) || (!c && isHugeNumber()))
                countState = State::OverMaximum;
        } else if (field == Field::Channel) {
            const auto c = isString ? channelFromId(str) : std::nullopt;
            channelState = c ? State::Ok : State::Bad;
            if (c)
                rec.channel = *c;
        } else if (field == Field::Consent) {
            consentState = isString ? State::Ok : State::Bad;
        } else if (field == Field::Purpose) {
            purposeState = isString ? State::Ok : State::Bad;
            rec.purpose = str;
        }
    }
    if (broken || !atEnd(doc))
        return reject(r, Rejection::NotJsonObject);

    if (tState == State::Absent)
        return reject(r, Rejection::TimeMissing);
    if (tState == State::Bad)
        return reject(r, Rejection::TimeInvalid);
    if (kindState == State::Absent)
        return reject(r, Rejection::KindMissing);
    if (kindState == State::Bad)
        return reject(r, Rejection::KindUnknown);
    if (dataState != State::Ok)
        return reject(r, dataState == State::Absent ? Rejection::DataMissing : dataWhy, badItem);
    if (rec.kind != Kind::Stored) {
        if (toState == State::Absent)
            return reject(r, Rejection::ToMissing);
        if (toState == State::Bad)
            return reject(r, Rejection::ToInvalid);
        rec.to = m_toBuf;
    }
    if (viaState == State::Bad)
        return reject(r, Rejection::ViaInvalid);
    if (viaState == State::Ok)
        rec.via = m_viaBuf;
    if (bytesState == State::Bad)
        return reject(r, Rejection::BytesInvalid);
    if (bytesState == State::OverMaximum)
        return reject(r, Rejection::BytesOverMaximum);
    if (countState == State::Bad)
        return reject(r, Rejection::CountInvalid);
    if (countState == State::OverMaximum)
        return reject(r, Rejection::CountOverMaximum);
    if (channelState == State::Bad)
        return reject(r, Rejection::ChannelUnknown);
    if (purposeState == State::Bad)
        return reject(r, Rejection::PurposeNotString);
    // A purpose is shown as it is written: cleaned first, without a copy when already clean.
    if (inputTextNeedsCleaning(rec.purpose, kMaxPurposeChars)) {
        m_purposeBuf = cleanInputText(rec.purpose, kMaxPurposeChars);
        rec.purpose = m_purposeBuf;
    }
    if (basisState == State::Bad)
        return reject(r, Rejection::BasisUnknown);
    if (consentState == State::Bad)
        return reject(r, Rejection::ConsentNotString);

    ++r.m_counts.accepted;
    if (r.m_record)
        r.m_record(rec);
}

VdflReader::VdflReader() = default;
VdflReader::~VdflReader() = default;

bool VdflReader::readFile(const QString &path)
{
    std::string error;
    const int fd = openForReading(path, error);
    if (fd < 0) {
        m_refusal = {Refusal::CannotOpen, 0, error};
        return false;
    }
    // A device (/dev/zero), a pipe or a folder has no end to read to: only files are read by
    // name (standard input goes through readFd).
    if (!isRegularFile(fd)) {
        ::close(fd);
        m_refusal = {Refusal::NotRegularFile, 0, {}};
        return false;
    }
    const bool ok = readFd(fd);
    ::close(fd);
    return ok;
}

bool VdflReader::readFd(int fd)
{
    FdStream file(fd);
    HashingStream hashed(file);
    if (!read(hashed))
        return false;
    m_file.fileBytes = hashed.bytes();
    m_file.sha256Hex = hashed.sha256Hex();
    return true;
}

void VdflReader::restart()
{
    m_refusal = {};
    m_counts = {};
    m_file = {};
    m_file.format = "vdfl";
    m_impl = std::make_unique<Impl>();
}

bool VdflReader::read(ByteStream &raw)
{
    restart();
    return m_impl->run(raw, *this);
}

bool VdflReader::read(ByteStream &raw, LogSink &sink)
{
    onHeader([&sink](const LogHeader &header) { sink.onHeader(header); });
    onRecord([&sink](const Record &record) { sink.onRecord(record); });
    onRejection([&sink](const RejectedItem &item) { sink.onRejection(item); });
    // The cores this process may use (taskset, a cgroup's cpuset): on one, workers gain nothing.
    int cores = 1;
    cpu_set_t allowed;
    if (::sched_getaffinity(0, sizeof allowed, &allowed) == 0)
        cores = CPU_COUNT(&allowed);
    const int workers = m_workers >= 0 ? m_workers : (cores >= 2 ? std::min(cores, 4) : 0);
    const bool ok = workers > 0 && sink.split() ? readInBlocks(raw, sink, workers) : read(raw);
    // The sink is the caller's: nothing here may reach it after this call.
    m_header = {};
    m_record = {};
    m_rejection = {};
    return ok;
}

bool VdflReader::readInBlocks(ByteStream &raw, LogSink &sink, int workers)
{
    restart();

    // Each worker parses with its own reader: its own parser, buffers and classifier cache.
    std::vector<std::unique_ptr<VdflReader>> parsers;
    std::vector<LogSink *> parts(static_cast<std::size_t>(workers), nullptr);
    for (std::size_t w = 0; w < parts.size(); ++w) {
        auto p = std::make_unique<VdflReader>();
        p->m_impl = std::make_unique<Impl>(false);
        p->m_impl->m_headerSeen = true;
        LogSink **part = &parts[w];
        p->onRecord([part](const Record &record) { (*part)->onRecord(record); });
        p->onRejection([part](const RejectedItem &item) { (*part)->onRejection(item); });
        parsers.push_back(std::move(p));
    }
    // Once a part cannot be joined (a map of the sink at its cap), the rest is parsed here.
    std::atomic<bool> joining = true;
    std::int64_t nextLine = -1;
    // Room for a block's lines and one read; a block grows for a long line (LineBlocks::reserve).
    const std::size_t capacity = m_blockBytes +
                                 std::clamp<std::size_t>(m_blockBytes, 4096, kRawChunk) +
                                 64 * 1024 + simdjson::SIMDJSON_PADDING;
    LineBlocks blocks(
        capacity, simdjson::SIMDJSON_PADDING, workers,
        [&](LineBlock &block, int worker) {
            if (!joining.load(std::memory_order_relaxed))
                return;
            block.part = sink.split();
            if (!block.part)
                return;
            VdflReader &p = *parsers[static_cast<std::size_t>(worker)];
            parts[static_cast<std::size_t>(worker)] = block.part.get();
            p.m_counts = {};
            const std::int64_t lines = p.m_impl->parseBlock(p, block, 1);
            block.counts = p.m_counts;
            block.counts.total = lines;
        },
        [&](LineBlock &block) {
            if (nextLine < 0)
                nextLine = m_impl->line() + 1; // the line after the header
            std::int64_t lines = block.counts.total;
            if (joining && block.part && sink.join(*block.part, nextLine - 1)) {
                m_counts.blank += block.counts.blank;
                m_counts.accepted += block.counts.accepted;
                m_counts.rejected += block.counts.rejected;
            } else {
                joining = false;
                lines = m_impl->parseBlock(*this, block, nextLine);
            }
            m_counts.total += lines;
            nextLine += lines;
        });
    m_impl->m_blocks = &blocks;
    const bool ok = m_impl->run(raw, *this);
    // What was read before a refusal is kept, as when reading on one thread.
    blocks.finish();
    m_impl->m_blocks = nullptr;
    return ok;
}

} // namespace vitrine
