// SPDX-License-Identifier: GPL-3.0-or-later
// One accepted record, as every importer hands it on (VDFL's contract gave its shape), and the
// contract's kinds, channels and legal bases.

#pragma once

#include "category.h"

#include <cstdint>
#include <string_view>

namespace vitrine {

/** Which way the data went (the contract's `kind`). */
enum class Kind : std::uint8_t { Sent, Received, Shared, Stored };
inline constexpr int kKindCount = 4;

/** The contract's `channel` values; None when the record gives none. */
enum class Channel : std::uint8_t { None, Cellular, Wifi, Bluetooth, Usb, Obd, V2x, Satellite };
inline constexpr int kChannelCount = 8;

/** The contract's `basis` values; None when the record gives none. */
enum class Basis : std::uint8_t {
    None,
    Consent,
    Contract,
    LegalObligation,
    LegitimateInterest,
    VitalInterest
};
inline constexpr int kBasisCount = 6;

std::string_view kindId(Kind k);
std::string_view channelId(Channel c);
std::string_view basisId(Basis b);

/**
 * One accepted record, as the reader hands it on. The string views point into the reader's
 * buffer and are valid only during the callback that receives the record: whoever keeps them
 * copies them.
 */
struct Record
{
    std::int64_t line = 0;
    std::int64_t timeUtc = 0; ///< seconds since 1970-01-01T00:00:00Z, fraction dropped
    Kind kind = Kind::Sent;
    CategorySet categories = 0;
    std::string_view to;  ///< normalised: lower-case host, no trailing dot; empty for stored
    std::string_view via; ///< normalised like `to`; empty when absent
    std::int64_t bytes = 0;
    std::int64_t count = 1;
    Channel channel = Channel::None;
    Basis basis = Basis::None;
    std::string_view purpose; ///< as given; empty when absent
    /** The format's own plain kind of data (a profile's kind id, "charging"); empty in VDFL. */
    std::string_view dataKind;
};

} // namespace vitrine
