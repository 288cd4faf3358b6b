// SPDX-License-Identifier: GPL-3.0-or-later
// The bytes an importer reads, from a file, standard input or an archive entry held in memory:
// fingerprinted as they pass, a head kept for sniffing the format, gzip inflated by content.

#pragma once

#include "problems.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <zlib.h>

typedef struct evp_md_ctx_st EVP_MD_CTX;

namespace vitrine {

/** A stream of raw bytes, read once from start to end. */
class ByteStream
{
public:
    virtual ~ByteStream() = default;
    /** Up to \a cap bytes into \a out; 0 at the end; -1 on an error (see error()). */
    virtual std::int64_t read(char *out, std::size_t cap) = 0;
    /** The system's reason for the last failed read. */
    virtual std::string error() const { return {}; }
};

/** SHA-256 computed as data comes (OpenSSL: the CPU's SHA instructions). */
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void update(std::string_view data);
    /** The hex digest of what was given; call once, at the end. */
    std::string hex();
    /** The hex digest of \a data at once. */
    static std::string of(std::string_view data);

private:
    EVP_MD_CTX *m_ctx;
};

/** An open POSIX file descriptor (not closed here). */
class FdStream final : public ByteStream
{
public:
    explicit FdStream(int fd)
        : m_fd(fd)
    {}
    std::int64_t read(char *out, std::size_t cap) override;
    std::string error() const override { return m_error; }

private:
    int m_fd;
    std::string m_error;
};

/** Bytes already in memory (an archive entry); they must outlive the stream. */
class MemoryStream final : public ByteStream
{
public:
    explicit MemoryStream(std::string_view data)
        : m_data(data)
    {}
    std::int64_t read(char *out, std::size_t cap) override;

private:
    std::string_view m_data;
};

/**
 * SHA-256 of every byte that passes, with the count. Past the first megabyte the hashing runs
 * on a thread of its own, beside whatever reads the stream: a long log's fingerprint then costs
 * the reading thread one copy, not the hash.
 */
class HashingStream final : public ByteStream
{
public:
    explicit HashingStream(ByteStream &inner);
    ~HashingStream() override;
    HashingStream(const HashingStream &) = delete;
    HashingStream &operator=(const HashingStream &) = delete;

    std::int64_t read(char *out, std::size_t cap) override;
    std::string error() const override { return m_inner.error(); }

    /** Reads what is left, so that the fingerprint covers the whole input. False on an error. */
    bool drain();
    /** The hex digest of what has passed; call once, at the end. */
    std::string sha256Hex();
    std::int64_t bytes() const { return m_bytes; }

private:
    class Hasher;
    ByteStream &m_inner;
    std::unique_ptr<Hasher> m_hasher;
    std::int64_t m_bytes = 0;
};

/** Gives back a head already read (to sniff the format) before the rest of a stream. */
class ReplayStream final : public ByteStream
{
public:
    ReplayStream(std::string head, ByteStream &rest)
        : m_head(std::move(head))
        , m_rest(rest)
    {}
    std::int64_t read(char *out, std::size_t cap) override;
    std::string error() const override { return m_rest.error(); }

private:
    std::string m_head;
    std::size_t m_at = 0;
    ByteStream &m_rest;
};

/**
 * Opens \a path to read, never blocking (a pipe with no writer would hang the open); -1 and the
 * system's reason in \a error when it cannot.
 */
int openForReading(const QString &path, std::string &error);

/** True for an ordinary file: a folder, a device or a pipe has no end to read to. */
bool isRegularFile(int fd);

/** Reads up to \a max bytes from the start of \a stream; false on an error. */
bool readHead(ByteStream &stream, std::size_t max, std::string &head);

/**
 * Reads all of a one-piece input (a dataset, an index) into \a data. False, with \a refusal
 * set (ReadError with the stream's reason, or TooLarge past \a maxBytes), when it cannot.
 */
bool readWholeInput(ByteStream &stream, std::size_t maxBytes, std::string &data,
                    RefusalInfo &refusal);

/**
 * The content from its first `{`, past a byte-order mark and blank space: where a JSON object
 * starts, for a format's sniff; empty when something else comes first.
 */
std::string_view jsonObjectStart(std::string_view head);

/** True when \a bytes start with gzip's magic number. */
bool isGzip(std::string_view bytes);

/**
 * As much of a gzip stream's content as \a max allows, from its first bytes only (for
 * sniffing); empty when the bytes are not gzip or damaged from the start.
 */
std::string inflateHead(std::string_view gzipBytes, std::size_t max);

/**
 * The content of a raw stream: inflated when it is gzip (by its magic number, whatever the
 * name; concatenated members too), as it is otherwise. Never throws on bad input.
 */
class ContentStream
{
public:
    explicit ContentStream(ByteStream &raw);
    ~ContentStream();
    ContentStream(const ContentStream &) = delete;
    ContentStream &operator=(const ContentStream &) = delete;

    /** Up to \a cap bytes of content; 0 at the end; -1 on an error (see \a refusal). */
    std::int64_t read(char *out, std::size_t cap, RefusalInfo &refusal);
    bool gzip() const { return m_gzip; }

    /** The raw chunk size: reads ask the stream for at most this much at a time. */
    static constexpr std::size_t kRawChunk = 1024 * 1024;

private:
    bool fillRaw(RefusalInfo &refusal);
    std::int64_t readPlain(char *out, std::size_t cap, RefusalInfo &refusal);
    bool startMember(RefusalInfo &refusal);
    std::int64_t readGzip(char *out, std::size_t cap, RefusalInfo &refusal);

    ByteStream &m_stream;
    std::vector<char> m_raw;
    std::size_t m_rawBegin = 0;
    std::size_t m_rawEnd = 0;
    bool m_rawEof = false;
    bool m_detected = false;
    bool m_gzip = false;
    bool m_zInit = false;
    bool m_memberDone = false;
    z_stream m_z{};
};

} // namespace vitrine
