// SPDX-License-Identifier: GPL-3.0-or-later
// The contract's ids of the kinds, channels and legal bases.

#include "record.h"

#include <array>

namespace vitrine {

std::string_view kindId(Kind k)
{
    static constexpr std::array<std::string_view, kKindCount> kIds = {"sent", "received", "shared",
                                                                      "stored"};
    return kIds[static_cast<std::size_t>(k)];
}

std::string_view channelId(Channel c)
{
    static constexpr std::array<std::string_view, kChannelCount> kIds = {
        "", "cellular", "wifi", "bluetooth", "usb", "obd", "v2x", "satellite"};
    return kIds[static_cast<std::size_t>(c)];
}

std::string_view basisId(Basis b)
{
    static constexpr std::array<std::string_view, kBasisCount> kIds = {
        "", "consent", "contract", "legal_obligation", "legitimate_interest", "vital_interest"};
    return kIds[static_cast<std::size_t>(b)];
}

} // namespace vitrine
