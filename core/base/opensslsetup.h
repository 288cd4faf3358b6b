// SPDX-License-Identifier: GPL-3.0-or-later
// OpenSSL set up once per process, without the clean-up it would otherwise run at exit.
#pragma once

namespace vitrine {

/**
 * Sets OpenSSL up for this process and tells it not to tear itself down at exit; true once
 * done. Only the first set-up of OpenSSL in a process decides, so this runs before anything
 * uses OpenSSL: the programs call it first thing, and so do the store (SQLCipher encrypts with
 * OpenSSL) and the log reader (SHA-256), for every other program that links the core.
 *
 * OpenSSL's exit handler (OPENSSL_cleanup) frees its registry of the threads that used it. A
 * Qt pool thread that opened the store may still be ending then: QThreadPool lets the process
 * go on once the thread's task is over, before the thread has run its thread-local
 * destructors, and OpenSSL's destructor on that thread then frees the blocks the exit handler
 * freed. That double free aborted the kiosk at exit, rarely (once in 97 runs measured). The end of
 * the process returns that memory anyway.
 */
bool setUpOpenSsl();

} // namespace vitrine
