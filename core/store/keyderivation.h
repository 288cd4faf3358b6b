// SPDX-License-Identifier: GPL-3.0-or-later
// Turning the kiosk's passphrase into the key of its encrypted store with Argon2id, since
// SQLCipher's own key derivation is far too cheap against guessing.

#pragma once

#include <QByteArrayView>

#include <array>
#include <cstddef>
#include <span>

namespace vitrine {

/**
 * Argon2id cost parameters. A database must be opened with the parameters it was made with:
 * they are not stored in the file, and other parameters derive another key, which then reads
 * as a wrong passphrase.
 */
struct KdfParams
{
    /** Argon2id passes over memory (libsodium's opslimit). */
    unsigned long long opsLimit = 0;
    /** Argon2id memory in bytes (libsodium's memlimit). */
    std::size_t memLimit = 0;

    /** libsodium's MODERATE: the production default (about a second, 256 MiB). */
    static KdfParams moderate();
    /** libsodium's INTERACTIVE: cheaper, for machines that cannot spare the memory. */
    static KdfParams interactive();
    /** libsodium's minimum: for tests only, it gives no protection against guessing. */
    static KdfParams minimum();

    friend bool operator==(const KdfParams &, const KdfParams &) = default;
};

/**
 * 256 bits of secret key material that wipes itself (sodium_memzero) when it goes out of
 * scope, so a key never lingers in freed memory. Move-only in effect: copying is disabled.
 */
class SecretKey
{
public:
    static constexpr std::size_t kBytes = 32;

    SecretKey() = default;
    ~SecretKey();
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;

    /** The key bytes, writable so a KDF can fill them in place. */
    std::span<unsigned char, kBytes> bytes() { return m_bytes; }
    /** The key bytes. */
    std::span<const unsigned char, kBytes> bytes() const { return m_bytes; }

    /** Overwrites the key with zeros now. */
    void wipe();

private:
    std::array<unsigned char, kBytes> m_bytes{};
};

/**
 * Derives the raw database key from the kiosk passphrase with Argon2id (libsodium
 * crypto_pwhash, ALG_ARGON2ID13). SQLCipher 3.4.1's own KDF is PBKDF2 with 64,000 iterations,
 * far too cheap against guessing today, so SQLCipher gets a raw key instead.
 */
class KeyDerivation
{
public:
    /** Size of the per-database salt, which is also SQLCipher's file salt. */
    static constexpr std::size_t kSaltBytes = 16;

    /**
     * Initialises libsodium once per process (thread-safe; later calls are free).
     * @return false when libsodium cannot initialise (no usable random source).
     */
    static bool ensureSodium();

    /**
     * Derives a 256-bit key from the passphrase and the salt.
     * @return false when libsodium refuses (parameters out of range, or not enough memory
     *         for memLimit); the key is then zero.
     */
    static bool deriveKey(QByteArrayView passphrase,
                          std::span<const unsigned char, kSaltBytes> salt, const KdfParams &params,
                          SecretKey &key);

    /** Fills a salt with random bytes from libsodium's CSPRNG. */
    static void randomSalt(std::span<unsigned char, kSaltBytes> salt);
};

} // namespace vitrine
