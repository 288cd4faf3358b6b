// SPDX-License-Identifier: GPL-3.0-or-later
// How raw bytes are read, hashed, replayed and inflated: POSIX reads that survive signals,
// OpenSSL's SHA-256, and zlib for gzip members one after the other.

#include "bytestream.h"

#include "opensslsetup.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <mutex>
#include <new>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include <QFile>

namespace vitrine {

std::int64_t FdStream::read(char *out, std::size_t cap)
{
    ssize_t n;
    do {
        n = ::read(m_fd, out, cap);
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        m_error = std::strerror(errno);
    return n;
}

std::int64_t MemoryStream::read(char *out, std::size_t cap)
{
    const std::size_t n = std::min(cap, m_data.size());
    std::memcpy(out, m_data.data(), n);
    m_data.remove_prefix(n);
    return static_cast<std::int64_t>(n);
}

Sha256::Sha256()
{
    // OpenSSL is set up before its first use, without the clean-up at exit (opensslsetup.h).
    setUpOpenSsl();
    m_ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::update(std::string_view data)
{
    EVP_DigestUpdate(m_ctx, data.data(), data.size());
}

std::string Sha256::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx, digest, &length);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        hex += kHex[digest[i] >> 4];
        hex += kHex[digest[i] & 0x0f];
    }
    return hex;
}

std::string Sha256::of(std::string_view data)
{
    Sha256 sha;
    sha.update(data);
    return sha.hex();
}

/**
 * Bytes gathered into chunks; the first chunk is hashed on the caller's thread when it is the
 * whole input, later ones on a thread started when the first fills. At most kMaxQueued chunks
 * wait, so a slow hash holds the reader back instead of holding the input in memory.
 */
class HashingStream::Hasher
{
public:
    ~Hasher()
    {
        if (m_thread.joinable())
            finish();
    }

    void update(std::string_view data)
    {
        while (!data.empty()) {
            if (m_filling.capacity() == 0)
                m_filling.reserve(kChunk);
            const std::size_t n = std::min(data.size(), kChunk - m_filling.size());
            m_filling.append(data.substr(0, n));
            data.remove_prefix(n);
            if (m_filling.size() == kChunk)
                handOn();
        }
    }

    std::string hex()
    {
        if (!m_thread.joinable()) {
            m_sha.update(m_filling);
            return m_sha.hex();
        }
        if (!m_filling.empty())
            handOn();
        finish();
        return m_sha.hex();
    }

private:
    static constexpr std::size_t kChunk = 1024 * 1024;
    static constexpr std::size_t kMaxQueued = 4;

    void handOn()
    {
        if (!m_thread.joinable())
            m_thread = std::thread([this] { work(); });
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [this] { return m_queue.size() < kMaxQueued; });
        m_queue.push_back(std::move(m_filling));
        m_filling = {};
        if (!m_spare.empty()) {
            m_filling = std::move(m_spare.back());
            m_spare.pop_back();
            m_filling.clear();
        }
        lock.unlock();
        m_ready.notify_one();
    }

    void finish()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_ready.notify_one();
        m_thread.join();
    }

    void work()
    {
        for (;;) {
            std::string chunk;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [this] { return m_done || !m_queue.empty(); });
                if (m_queue.empty())
                    return;
                chunk = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_room.notify_one();
            m_sha.update(chunk);
            const std::lock_guard lock(m_mutex);
            // Kept for reuse when there is room; out of memory, it is simply freed.
            try {
                if (m_spare.size() < kMaxQueued)
                    m_spare.push_back(std::move(chunk));
            } catch (const std::bad_alloc &) {
            }
        }
    }

    Sha256 m_sha; ///< the caller's until the thread starts, then the thread's
    std::string m_filling;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_room;
    std::deque<std::string> m_queue;
    std::vector<std::string> m_spare; ///< chunks hashed, kept for reuse
    bool m_done = false;
    std::thread m_thread;
};

HashingStream::HashingStream(ByteStream &inner)
    : m_inner(inner)
    , m_hasher(std::make_unique<Hasher>())
{}

HashingStream::~HashingStream() = default;

std::int64_t HashingStream::read(char *out, std::size_t cap)
{
    const std::int64_t n = m_inner.read(out, cap);
    if (n > 0) {
        m_hasher->update(std::string_view(out, static_cast<std::size_t>(n)));
        m_bytes += n;
    }
    return n;
}

bool HashingStream::drain()
{
    char chunk[64 * 1024];
    for (;;) {
        const std::int64_t n = read(chunk, sizeof chunk);
        if (n < 0)
            return false;
        if (n == 0)
            return true;
    }
}

std::string HashingStream::sha256Hex()
{
    return m_hasher->hex();
}

std::int64_t ReplayStream::read(char *out, std::size_t cap)
{
    if (m_at < m_head.size()) {
        const std::size_t n = std::min(cap, m_head.size() - m_at);
        std::memcpy(out, m_head.data() + m_at, n);
        m_at += n;
        return static_cast<std::int64_t>(n);
    }
    return m_rest.read(out, cap);
}

int openForReading(const QString &path, std::string &error)
{
    const QByteArray native = QFile::encodeName(path);
    int fd;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        error = std::strerror(errno);
        return -1;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

bool isRegularFile(int fd)
{
    struct stat info = {};
    return ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
}

bool readHead(ByteStream &stream, std::size_t max, std::string &head)
{
    // Grown as bytes come: \a max may be large (a whole dataset) while most inputs are small.
    head.clear();
    char chunk[64 * 1024];
    while (head.size() < max) {
        const std::int64_t n = stream.read(chunk, std::min(sizeof chunk, max - head.size()));
        if (n < 0)
            return false;
        if (n == 0)
            break;
        head.append(chunk, static_cast<std::size_t>(n));
    }
    return true;
}

bool readWholeInput(ByteStream &stream, std::size_t maxBytes, std::string &data,
                    RefusalInfo &refusal)
{
    if (!readHead(stream, maxBytes + 1, data)) {
        refusal = {Refusal::ReadError, 0, stream.error()};
        return false;
    }
    if (data.size() > maxBytes) {
        refusal = {Refusal::TooLarge, 0, {}};
        return false;
    }
    return true;
}

std::string_view jsonObjectStart(std::string_view head)
{
    if (head.starts_with("\xEF\xBB\xBF"))
        head.remove_prefix(3);
    const std::size_t start = head.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos || head[start] != '{')
        return {};
    return head.substr(start);
}

bool isGzip(std::string_view bytes)
{
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
           static_cast<unsigned char>(bytes[1]) == 0x8B;
}

std::string inflateHead(std::string_view gzipBytes, std::size_t max)
{
    if (!isGzip(gzipBytes))
        return {};
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return {};
    std::string out(max, '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gzipBytes.data()));
    z.avail_in = static_cast<uInt>(gzipBytes.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(max);
    // A head cut mid-stream ends in Z_BUF_ERROR or Z_OK: what was inflated is still good.
    inflate(&z, Z_SYNC_FLUSH);
    out.resize(max - z.avail_out);
    inflateEnd(&z);
    return out;
}

ContentStream::ContentStream(ByteStream &raw)
    : m_stream(raw)
    , m_raw(kRawChunk)
{}

ContentStream::~ContentStream()
{
    if (m_zInit)
        inflateEnd(&m_z);
}

std::int64_t ContentStream::read(char *out, std::size_t cap, RefusalInfo &refusal)
{
    if (!m_detected) {
        if (!fillRaw(refusal))
            return -1;
        m_detected = true;
        m_gzip = isGzip(std::string_view(m_raw.data(), m_rawEnd - m_rawBegin));
        if (m_gzip && !startMember(refusal))
            return -1;
    }
    return m_gzip ? readGzip(out, cap, refusal) : readPlain(out, cap, refusal);
}

// Reads the next raw chunk into m_raw (only when it is empty). False on a read error.
bool ContentStream::fillRaw(RefusalInfo &refusal)
{
    m_rawBegin = m_rawEnd = 0;
    if (m_rawEof)
        return true;
    const std::int64_t n = m_stream.read(m_raw.data(), m_raw.size());
    if (n < 0) {
        refusal = {Refusal::ReadError, 0, m_stream.error()};
        return false;
    }
    if (n == 0) {
        m_rawEof = true;
        return true;
    }
    m_rawEnd = static_cast<std::size_t>(n);
    return true;
}

std::int64_t ContentStream::readPlain(char *out, std::size_t cap, RefusalInfo &refusal)
{
    if (m_rawBegin == m_rawEnd) {
        // Straight into the caller's buffer: a plain log of 64 MB is not copied twice.
        if (m_rawEof)
            return 0;
        const std::int64_t n = m_stream.read(out, cap);
        if (n < 0) {
            refusal = {Refusal::ReadError, 0, m_stream.error()};
            return -1;
        }
        m_rawEof = n == 0;
        return n;
    }
    const std::size_t n = std::min(cap, m_rawEnd - m_rawBegin);
    std::memcpy(out, m_raw.data() + m_rawBegin, n);
    m_rawBegin += n;
    return static_cast<std::int64_t>(n);
}

bool ContentStream::startMember(RefusalInfo &refusal)
{
    const int rc = m_zInit ? inflateReset(&m_z) : inflateInit2(&m_z, 15 + 16);
    if (rc != Z_OK) {
        refusal = {Refusal::GzipDamaged, 0, "zlib could not start"};
        return false;
    }
    m_zInit = true;
    m_memberDone = false;
    return true;
}

std::int64_t ContentStream::readGzip(char *out, std::size_t cap, RefusalInfo &refusal)
{
    for (;;) {
        if (m_rawBegin == m_rawEnd) {
            if (!fillRaw(refusal))
                return -1;
            if (m_rawBegin == m_rawEnd) {
                if (m_memberDone)
                    return 0;
                refusal = {Refusal::GzipDamaged, 0, "the compressed data ends too early"};
                return -1;
            }
        }
        if (m_memberDone) {
            // Another gzip member may follow (concatenated files); anything else is damage.
            if (static_cast<unsigned char>(m_raw[m_rawBegin]) != 0x1F) {
                refusal = {Refusal::GzipDamaged, 0, "unexpected bytes after the compressed data"};
                return -1;
            }
            if (!startMember(refusal))
                return -1;
        }
        m_z.next_in = reinterpret_cast<Bytef *>(m_raw.data() + m_rawBegin);
        m_z.avail_in = static_cast<uInt>(m_rawEnd - m_rawBegin);
        m_z.next_out = reinterpret_cast<Bytef *>(out);
        m_z.avail_out = static_cast<uInt>(cap);
        const int rc = inflate(&m_z, Z_NO_FLUSH);
        m_rawBegin = m_rawEnd - m_z.avail_in;
        const std::size_t produced = cap - m_z.avail_out;
        if (rc == Z_STREAM_END) {
            m_memberDone = true;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            refusal = {Refusal::GzipDamaged, 0, m_z.msg ? m_z.msg : "inflate failed"};
            return -1;
        }
        if (produced > 0)
            return static_cast<std::int64_t>(produced);
    }
}

} // namespace vitrine
