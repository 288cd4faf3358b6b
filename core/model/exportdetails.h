// SPDX-License-Identifier: GPL-3.0-or-later
// What a carmaker's export tells beyond counts of data: the tyres it knows, how many places and
// routes the car learned, the charging history in figures and the connected services. Only what
// the review shows is kept; no coordinate, address or route ever gets this far.

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vitrine {

/** One tyre as the carmaker knows it; every text is cleaned input, empty when not given. */
struct TyreFacts
{
    enum class Wheel : std::uint8_t { FrontLeft, FrontRight, RearLeft, RearRight };
    Wheel wheel = Wheel::FrontLeft;
    std::string dimension;      ///< "245/45 R18 100Y", as given or made from its parts
    std::string seasonCode;     ///< "summer", "winter", "all-season"; empty when not one of them
    std::string seasonText;     ///< the export's own word for the season
    std::string manufacturer;   ///< the tread's maker
    std::string treadDesign;    ///< the tread's name
    std::string productionDate; ///< as given (often the week and year, "2423")
    std::string mountingDate;   ///< as given
    std::string wearColour;     ///< the carmaker's traffic light for wear: "green", "yellow", "red"
    std::optional<bool> runFlat;
};

/** A set of four tyres: the mounted ones, or the ones in storage. */
struct TyreSetFacts
{
    bool mounted = true;
    std::string label;   ///< the export's own name of the set
    std::string quality; ///< the set's quality status, as given
    std::vector<TyreFacts> tyres;
};

/** What the car's learning navigation holds, in counts only. */
struct LearnedNavigation
{
    bool present = false;
    std::int64_t places = 0;
    std::int64_t labelledPlaces = 0; ///< places the car gave a name of its own (home, work)
    std::int64_t routes = 0;
    std::int64_t transitions = 0;
};

/** The charging history in figures; where the car charged is never kept. */
struct ChargingHistory
{
    bool present = false;
    std::int64_t sessions = 0;
    std::int64_t withPlace = 0; ///< sessions with the place where the car charged
    std::optional<std::int64_t> firstUtc;
    std::optional<std::int64_t> lastUtc;
    double energyKwh = 0;
    std::vector<std::string> providers; ///< charging providers named, first kMaxProviders
    std::int64_t moreProviders = 0;     ///< providers beyond the ones kept
    static constexpr std::size_t kMaxProviders = 50;
};

/** One connected service (a ConnectedDrive contract). */
struct ServiceContract
{
    std::string name;   ///< as given, cleaned
    std::string status; ///< as given, cleaned
    std::optional<std::int64_t> startUtc;
    std::optional<std::int64_t> endUtc;
    bool active = false;
};

/** Everything of the above an export held; empty for a log. */
struct ExportDetails
{
    bool tyresPresent = false;
    std::vector<TyreSetFacts> tyreSets;
    LearnedNavigation learned;
    ChargingHistory charging;
    bool contractsPresent = false;
    std::vector<ServiceContract> contracts; ///< the first kMaxContracts
    std::int64_t moreContracts = 0;
    static constexpr std::size_t kMaxContracts = 100;

    bool any() const
    {
        return tyresPresent || learned.present || charging.present || contractsPresent;
    }
};

} // namespace vitrine
