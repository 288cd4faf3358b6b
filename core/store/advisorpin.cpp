// SPDX-License-Identifier: GPL-3.0-or-later
// How the advisor's PIN is kept and checked: an Argon2id hash and the failures in the store's
// settings, so that the growing wait after wrong attempts survives a restart.

#include "advisorpin.h"

#include "store.h"

#include <sodium.h>

#include <algorithm>

namespace vitrine {

namespace {
const QString kHashKey = QStringLiteral("advisor_pin_hash");
const QString kFailuresKey = QStringLiteral("advisor_pin_failures");
const QString kLockedKey = QStringLiteral("advisor_pin_locked_until_ms");
} // namespace

AdvisorPin::AdvisorPin(const Clock &clock, Store *store, StoreError *error)
    : m_clock(clock)
    , m_store(store)
{
    if (error)
        *error = StoreError{};
    if (sodium_init() < 0 || !m_store)
        return;
    StoreError readError;
    const auto read = [&](const QString &key, const QByteArray &absent) {
        if (readError.code != StoreError::Code::None)
            return absent;
        return m_store->setting(key, &readError).value_or(absent);
    };
    const QByteArray hash = read(kHashKey, QByteArray());
    const int failures = read(kFailuresKey, "0").toInt();
    const qint64 lockedUntilMs = read(kLockedKey, "0").toLongLong();
    if (readError.code != StoreError::Code::None) {
        if (error)
            *error = readError;
        return;
    }
    m_hash = hash;
    m_failures = failures;
    m_lockedUntilMs = lockedUntilMs;
}

AdvisorPin::Weakness AdvisorPin::weakness(const QString &pin)
{
    const qsizetype n = pin.size();
    const bool digits =
        std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digits || n < 2)
        return Weakness::None;
    // The step from each digit to the next, modulo 10: all 0 is one digit, all +1 or all -1 a
    // run (9 to 0 and 0 to 9 included).
    const int first = (pin[1].unicode() - pin[0].unicode() + 10) % 10;
    bool sameStep = true;
    for (qsizetype i = 2; i < n && sameStep; ++i)
        sameStep = (pin[i].unicode() - pin[i - 1].unicode() + 10) % 10 == first;
    if (sameStep && first == 0)
        return Weakness::OneDigit;
    if (sameStep && (first == 1 || first == 9))
        return Weakness::Run;
    // A group of digits repeated to the end: 1212, 123123, 47114711.
    for (qsizetype group = 2; group <= n / 2; ++group) {
        if (n % group != 0)
            continue;
        bool repeats = true;
        for (qsizetype i = group; i < n && repeats; ++i)
            repeats = pin[i] == pin[i - group];
        if (repeats)
            return Weakness::Repeated;
    }
    return Weakness::None;
}

bool AdvisorPin::setPin(const QString &pin)
{
    const bool digits =
        std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digits || pin.size() < 4 || pin.size() > 12 || weakness(pin) != Weakness::None)
        return false;
    char hash[crypto_pwhash_STRBYTES];
    const QByteArray utf8 = pin.toUtf8();
    // INTERACTIVE cost: the delays, not the hash, are what slow down guessing at the kiosk;
    // the hash protects the PIN if the database is ever opened elsewhere.
    if (crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return false;
    m_hash = QByteArray(hash);
    m_failures = 0;
    m_lockedUntilMs = 0;
    return save();
}

AdvisorPin::Result AdvisorPin::check(const QString &pin)
{
    if (!isSet())
        return Result::NoPin;
    if (waitSeconds() > 0)
        return Result::Wait;
    const QByteArray utf8 = pin.toUtf8();
    if (crypto_pwhash_str_verify(m_hash.constData(), utf8.constData(),
                                 static_cast<unsigned long long>(utf8.size())) == 0) {
        m_failures = 0;
        m_lockedUntilMs = 0;
        save();
        return Result::Accepted;
    }
    ++m_failures;
    if (m_failures >= 3) {
        const int seconds = std::min(60, 1 << std::min(m_failures - 3, 6));
        m_lockedUntilMs = m_clock.nowUtc().toMSecsSinceEpoch() + seconds * 1000LL;
    }
    save();
    return Result::Refused;
}

int AdvisorPin::waitSeconds() const
{
    const qint64 left = m_lockedUntilMs - m_clock.nowUtc().toMSecsSinceEpoch();
    return left > 0 ? static_cast<int>((left + 999) / 1000) : 0;
}

bool AdvisorPin::save()
{
    if (!m_store)
        return true;
    return m_store->setSetting(kHashKey, m_hash) &&
           m_store->setSetting(kFailuresKey, QByteArray::number(m_failures)) &&
           m_store->setSetting(kLockedKey, QByteArray::number(m_lockedUntilMs));
}

} // namespace vitrine
