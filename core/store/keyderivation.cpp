// SPDX-License-Identifier: GPL-3.0-or-later
// How the store's key is derived and wiped: libsodium's Argon2id, its cost presets and its
// random salts.

#include "keyderivation.h"

#include <sodium.h>

namespace vitrine {

static_assert(KeyDerivation::kSaltBytes == crypto_pwhash_SALTBYTES,
              "the SQLCipher file salt doubles as the Argon2id salt");

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfParams KdfParams::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

SecretKey::~SecretKey()
{
    wipe();
}

void SecretKey::wipe()
{
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

bool KeyDerivation::ensureSodium()
{
    // A function-local static is initialised exactly once, even with threads; sodium_init()
    // returns 1 when it was already initialised, which is success too.
    static const bool ok = sodium_init() >= 0;
    return ok;
}

bool KeyDerivation::deriveKey(QByteArrayView passphrase,
                              std::span<const unsigned char, kSaltBytes> salt,
                              const KdfParams &params, SecretKey &key)
{
    key.wipe();
    if (!ensureSodium())
        return false;
    const auto out = key.bytes();
    const int rc = crypto_pwhash(out.data(), out.size(), passphrase.data(),
                                 static_cast<unsigned long long>(passphrase.size()), salt.data(),
                                 params.opsLimit, params.memLimit, crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        key.wipe();
        return false;
    }
    return true;
}

void KeyDerivation::randomSalt(std::span<unsigned char, kSaltBytes> salt)
{
    ensureSodium();
    randombytes_buf(salt.data(), salt.size());
}

} // namespace vitrine
