// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor's PIN, which keeps a customer at the kiosk out of the advisor's screens: hashed,
// refused when easy to guess, and slowed down after repeated wrong attempts.

#pragma once

#include "clock.h"

#include <QByteArray>
#include <QString>

namespace vitrine {

class Store;
struct StoreError;

/**
 * The advisor's PIN: kept as an Argon2id hash (libsodium's string form), checked with growing
 * delays after failed attempts (1, 2, 4 ... 60 seconds from the third failure on). With a
 * store, the hash and the failures live in its settings, so a restart does not reset the
 * delay; without one (the demo), they live in memory.
 */
class AdvisorPin
{
public:
    enum class Result { Accepted, Refused, Wait, NoPin };

    /**
     * Why a PIN is too easy to guess. Refused are the PINs a stranger tries first: one digit
     * repeated (1111), digits in a row up or down (1234, 4321, 98765, 0123; 9 and 0 count as
     * neighbours, as on a keyboard's top row: 7890, 8901), and a short group repeated to fill
     * the PIN (1212, 123123, 47114711). Steps of two (2468), keypad shapes (2580) and dates are
     * left alone: they are less common, and refusing too much makes advisors write PINs down.
     */
    enum class Weakness { None, OneDigit, Run, Repeated };

    /** How guessable pin is (a string of digits; anything else is None here). */
    static Weakness weakness(const QString &pin);

    /**
     * Reads the hash and the failures from store (memory only without one). When they cannot
     * be read, *error says why and the PIN counts as not set: the caller must not offer to
     * choose a new one over a store it cannot read.
     */
    explicit AdvisorPin(const Clock &clock, Store *store = nullptr, StoreError *error = nullptr);

    /** True once a PIN has been set. */
    bool isSet() const { return !m_hash.isEmpty(); }

    /**
     * Sets a new PIN (4 to 12 digits, not weak: see Weakness) and resets the failures; false
     * when it is not one, or when the store did not keep it.
     */
    bool setPin(const QString &pin);

    /** Checks a PIN, counting a failure when it is wrong. */
    Result check(const QString &pin);

    /** Seconds to wait before the next attempt is looked at (0 when none). */
    int waitSeconds() const;

    int failures() const { return m_failures; }

private:
    /** False when the store did not keep it. */
    bool save();

    const Clock &m_clock;
    Store *m_store;
    QByteArray m_hash;
    int m_failures = 0;
    qint64 m_lockedUntilMs = 0;
};

} // namespace vitrine
