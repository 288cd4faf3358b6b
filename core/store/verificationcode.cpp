// SPDX-License-Identifier: GPL-3.0-or-later
// How codes are drawn (libsodium's randombytes over Crockford's base 32), and how a typed or
// printed code is recognised whatever its case, spacing or look-alike letters.

#include "verificationcode.h"

#include "keyderivation.h"

#include <QRegularExpression>

#include <sodium.h>

#include <cstring>

namespace vitrine {

namespace {

// Crockford's base 32: no I, L, O (read as 1, 1, 0) and no U.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
static_assert(sizeof kAlphabet - 1 == 32);

QString grouped(const QString &bare)
{
    return bare.left(4) + u'-' + bare.mid(4, 4) + u'-' + bare.mid(8);
}

} // namespace

QString newVerificationCode()
{
    // ensureSodium() only fails when the library cannot start at all; randombytes then still
    // reads the kernel's generator.
    KeyDerivation::ensureSodium();
    QString bare;
    bare.reserve(kVerificationCodeLength);
    for (int i = 0; i < kVerificationCodeLength; ++i)
        bare += QLatin1Char(kAlphabet[randombytes_uniform(32)]);
    return grouped(bare);
}

QString normalizeVerificationCode(const QString &typed)
{
    QString bare;
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        const char up = c.toUpper().toLatin1(); // 0 for anything outside Latin-1
        if (up == 'O')
            bare += u'0';
        else if (up == 'I' || up == 'L')
            bare += u'1';
        else if (up != '\0' && std::strchr(kAlphabet, up) != nullptr)
            bare += QLatin1Char(up);
        else
            return {};
        if (bare.size() > kVerificationCodeLength)
            return {};
    }
    return bare.size() == kVerificationCodeLength ? grouped(bare) : QString();
}

QString findVerificationCode(const QString &text)
{
    static const QRegularExpression kCode(
        QStringLiteral("(?<![0-9A-Z-])([0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-"
                       "[0-9A-HJKMNP-TV-Z]{2})(?![0-9A-Z-])"));
    const QRegularExpressionMatch m = kCode.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace vitrine
