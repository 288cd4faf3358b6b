// SPDX-License-Identifier: GPL-3.0-or-later
// OpenSSL set up once per process, without the clean-up it would otherwise run at exit.
#include "opensslsetup.h"

#include <openssl/crypto.h>

namespace vitrine {

bool setUpOpenSsl()
{
    // A function's static: set up once, whichever thread comes first.
    static const bool done = OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;
    return done;
}

} // namespace vitrine
