// SPDX-License-Identifier: GPL-3.0-or-later
// How a VSS path is classified: branch rules checked at compile time to run most specific first,
// matched segment by segment without allocating, since every data item comes through here.

#include "classifier.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace vitrine {

namespace {

constexpr std::string_view kRoot = "Vehicle.";

/**
 * One branch rule: a pattern over the segments that follow "Vehicle." and the category of every
 * path under it. A pattern segment is
 *  - a name ("Cabin"): that segment exactly (ASCII case ignored, see segmentMatches);
 *  - "*": any one segment (instances such as Row1, DriverSide, Left);
 *  - a name ending in '*' ("Trip*"): any segment beginning with that name. Used only where the
 *    naming pattern is itself the branch, each time with its reason next to it.
 * A pattern matches a path when it matches the path's first segments, so a rule covers the
 * branch and everything below it (new leaves of later VSS versions included).
 */
struct Rule
{
    std::string_view pattern;
    Category category;
};

// Most specific first: a rule with more segments is listed before every rule with fewer, and
// the first rule that matches wins (the static_assert below keeps that order honest). Rules of
// the same length never match the same path. A path that no rule names is Category::Vehicle.
constexpr std::array kRules = {
    // Wheel speeds are the car's speed measured at each wheel: how fast it is driven. The rest
    // of a wheel (tyre, brake wear) stays with the chassis: technical condition.
    Rule{"Chassis.Axle.*.Wheel.*.Speed", Category::Driving},
    Rule{"Chassis.Axle.*.Wheel.*.AngularSpeed", Category::Driving},

    // The road-wheel angle is a steering signal; the axle's dimensions are not.
    Rule{"Chassis.Axle.*.SteeringAngle", Category::Driving},

    Rule{"Cabin.Infotainment.Navigation", Category::Location},
    // SmartphoneProjection and SmartphoneScreenMirroring (VSS 4.2) and whatever later versions or
    // OEM extensions put beside them (e.g. "PhoneConnected"): the naming pattern is the branch.
    Rule{"Cabin.Infotainment.Smartphone*", Category::Phone},
    Rule{"Cabin.Infotainment.Phone*", Category::Phone},

    Rule{"Cabin.Infotainment", Category::Media},
    // The driver's controls: pedals, brakes, steering wheel. Whole branches, so the wheel's tilt
    // and heating land here too: still the driver's hands on the controls.
    Rule{"Chassis.Accelerator", Category::Driving},
    Rule{"Chassis.Brake", Category::Driving},
    Rule{"Chassis.ParkingBrake", Category::Driving},
    Rule{"Chassis.SteeringWheel", Category::Driving},

    Rule{"CurrentLocation", Category::Location},

    Rule{"Speed", Category::Driving},
    Rule{"AverageSpeed", Category::Driving},
    Rule{"IsMoving", Category::Driving},
    Rule{"StartTime", Category::Driving}, // start time of the current or latest trip
    Rule{"Acceleration", Category::Driving},
    Rule{"AngularVelocity", Category::Driving},
    Rule{"ADAS", Category::Driving},
    Rule{"MotionManagement", Category::Driving}, // after 4.2: steering and braking requests
    Rule{"Safety", Category::Driving},           // after 4.2: crash, rollover, i.e. the accident
    // Trip figures: TripMeterReading, TripDuration and any later Trip... signal.
    Rule{"Trip*", Category::Driving},
    // The odometer and the distance of the current trip (TraveledDistance,
    // TraveledDistanceSinceStart; VSS 3 spelled it TravelledDistance and had
    // TraveledDistanceHighRes). A series of odometer readings tells how much, when and how far
    // the car is driven, so it counts as driving, not as technical condition.
    Rule{"TraveledDistance*", Category::Driving},
    Rule{"TravelledDistance*", Category::Driving},

    Rule{"Driver", Category::Driver},

    // The contract: all of Cabin except infotainment, occupant identifiers included.
    Rule{"Cabin", Category::Cabin},
    Rule{"Occupant", Category::Cabin},

    Rule{"VehicleIdentification", Category::Identity},

    // The contract puts all of Powertrain here, the charging place
    // (TractionBattery.Charging.Location) and the gearbox's distance counter included.
    Rule{"Powertrain", Category::Energy},
    Rule{"Drivetrain", Category::Energy}, // VSS 1 and 2 name of Powertrain

    Rule{"VersionVSS", Category::Software},
    // VSS 4.2 has no branch for control-unit software or updates. A top-level branch named
    // Software... or Firmware... (an OEM extension, a later version) can only be about that.
    Rule{"Software*", Category::Software},
    Rule{"Firmware*", Category::Software},

    // Technical condition. Spelled out for the reader: these are also what the default gives.
    Rule{"Chassis", Category::Vehicle},
    Rule{"Body", Category::Vehicle},
    Rule{"OBD", Category::Vehicle},
    Rule{"Diagnostics", Category::Vehicle},
    Rule{"Service", Category::Vehicle},
    Rule{"LowVoltageBattery", Category::Vehicle},
    Rule{"Exterior", Category::Vehicle},
    Rule{"Connectivity", Category::Vehicle},
};

/**
 * What a branch that no rule names is about: the car itself. In VSS 4.2 that is dimensions,
 * weights, LowVoltageSystemState, Trailer, IsBrokenDown, power optimisation; later versions add
 * ControlUnit and HealthManagement. The lowest sensitivity is the honest default for them: every
 * branch that says where, how, who or what is inside has a rule above.
 */
constexpr Category kDefaultCategory = Category::Vehicle;

constexpr bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

constexpr char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

constexpr bool startsWithIgnoringCase(std::string_view name, std::string_view prefix)
{
    if (name.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (asciiLower(name[i]) != asciiLower(prefix[i]))
            return false;
    }
    return true;
}

// The rules are split into segments at compile time and a path's leading segments once per call,
// so that matching is a few length comparisons per rule: this runs for every data item.
constexpr std::size_t kMaxRuleDepth = 6;

enum class SegmentKind : std::uint8_t { Name, AnyName, NamePrefix };

struct PatternSegment
{
    std::string_view text; // the name, or the prefix without its '*'
    SegmentKind kind = SegmentKind::Name;
};

struct CompiledRule
{
    std::array<PatternSegment, kMaxRuleDepth> segments{};
    std::size_t depth = 0;
    Category category = kDefaultCategory;
};

constexpr PatternSegment compileSegment(std::string_view text)
{
    if (text == "*")
        return {{}, SegmentKind::AnyName};
    if (!text.empty() && text.back() == '*')
        return {text.substr(0, text.size() - 1), SegmentKind::NamePrefix};
    return {text, SegmentKind::Name};
}

constexpr CompiledRule compileRule(const Rule &rule)
{
    CompiledRule compiled;
    compiled.category = rule.category;
    std::string_view rest = rule.pattern;
    for (;;) {
        const std::size_t dot = rest.find('.');
        // Too deep a pattern makes this index throw, which fails the constant evaluation.
        compiled.segments.at(compiled.depth++) = compileSegment(rest.substr(0, dot));
        if (dot == std::string_view::npos)
            return compiled;
        rest.remove_prefix(dot + 1);
    }
}

constexpr std::array<CompiledRule, kRules.size()> kCompiledRules = [] {
    std::array<CompiledRule, kRules.size()> compiled{};
    for (std::size_t i = 0; i < kRules.size(); ++i)
        compiled[i] = compileRule(kRules[i]);
    return compiled;
}();

constexpr bool mostSpecificFirst()
{
    for (std::size_t i = 1; i < kCompiledRules.size(); ++i) {
        if (kCompiledRules[i - 1].depth < kCompiledRules[i].depth)
            return false;
    }
    return true;
}
static_assert(mostSpecificFirst(), "kRules must list longer patterns before shorter ones");

// ASCII case is ignored below the root so that a sloppy exporter's "Vehicle.currentLocation"
// still shows as location instead of being under-reported as technical data. The root itself
// must be "Vehicle" exactly (the contract's wording; lower-case dotted keys such as BMW CarData's
// "vehicle.cabin..." are another catalogue that an importer has to translate).
constexpr bool segmentMatches(const PatternSegment &pattern, std::string_view segment)
{
    switch (pattern.kind) {
    case SegmentKind::AnyName:
        return true;
    case SegmentKind::NamePrefix:
        return startsWithIgnoringCase(segment, pattern.text);
    case SegmentKind::Name:
        return segment.size() == pattern.text.size() &&
               startsWithIgnoringCase(segment, pattern.text);
    }
    return false;
}

/** The first (at most kMaxRuleDepth) segments of a path below its root. */
struct LeadingSegments
{
    std::array<std::string_view, kMaxRuleDepth> names{};
    std::size_t count = 0;
};

/**
 * Splits \a branches (the path after "Vehicle.") into its leading segments, or returns nullopt
 * when it is not one or more non-empty segments of ASCII letters, digits and '_' separated by
 * single dots. VSS node names are UpperCamelCase letters and digits; '_' and lower case are let
 * through for OEM extensions. Spaces, wildcards, brackets, empty segments ("Vehicle..Speed",
 * "Vehicle.Speed.") are not a signal path.
 */
constexpr std::optional<LeadingSegments> splitBranches(std::string_view branches)
{
    LeadingSegments leading;
    std::size_t segmentBegin = 0;
    for (std::size_t i = 0; i <= branches.size(); ++i) {
        if (i == branches.size() || branches[i] == '.') {
            if (i == segmentBegin)
                return std::nullopt; // empty segment
            if (leading.count < kMaxRuleDepth)
                leading.names[leading.count++] = branches.substr(segmentBegin, i - segmentBegin);
            segmentBegin = i + 1;
        } else if (!isNameChar(branches[i])) {
            return std::nullopt;
        }
    }
    return leading;
}

constexpr bool ruleMatches(const CompiledRule &rule, const LeadingSegments &path)
{
    if (rule.depth > path.count)
        return false;
    for (std::size_t i = 0; i < rule.depth; ++i) {
        if (!segmentMatches(rule.segments[i], path.names[i]))
            return false;
    }
    return true;
}

} // namespace

std::optional<Category> classifyVssPath(std::string_view path)
{
    if (!path.starts_with(kRoot))
        return std::nullopt;
    const std::optional<LeadingSegments> leading = splitBranches(path.substr(kRoot.size()));
    if (!leading)
        return std::nullopt;
    for (const CompiledRule &rule : kCompiledRules) {
        if (ruleMatches(rule, *leading))
            return rule.category;
    }
    return kDefaultCategory;
}

std::optional<Category> classifyDataItem(std::string_view item)
{
    if (const std::optional<Category> category = categoryFromId(item))
        return category;
    return classifyVssPath(item);
}

} // namespace vitrine
