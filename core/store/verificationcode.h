// SPDX-License-Identifier: GPL-3.0-or-later
// The code printed on each sheet that lets anyone holding it ask the kiosk whether it is
// genuine: random, unguessable, and easy to read aloud or type.

#pragma once

#include <QString>

namespace vitrine {

/**
 * The verification code printed on each sheet: 10 random characters of Crockford's base 32
 * (digits and capital letters without I, L, O and U), grouped as "K7QF-3MZD-9W". 50 bits of
 * randomness, so codes cannot be guessed, and an alphabet that survives being read aloud or
 * typed from paper: 0/O and 1/I/L read the same, case does not matter.
 */
inline constexpr int kVerificationCodeLength = 10;

/** A new random code (libsodium's randombytes), in the printed form "XXXX-XXXX-XX". */
QString newVerificationCode();

/**
 * The printed form of a code as someone typed it: case, spaces and dashes do not matter, and
 * O, I and L count as 0, 1 and 1. Empty when it is not a code (wrong length, other characters).
 */
QString normalizeVerificationCode(const QString &typed);

/** The first code written in its printed form in text (e.g. a sheet's text); empty if none. */
QString findVerificationCode(const QString &text);

} // namespace vitrine
