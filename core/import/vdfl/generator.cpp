// SPDX-License-Identifier: GPL-3.0-or-later
// How a made-up car's log is written: a seeded random source that is the same on every
// platform, a daily rhythm of trips, charging and rest, and records streamed to plain or gzip.

#include "generator.h"

#include "atomicfile.h"
#include "rfc3339.h"

#include <QCoreApplication>

#include <zlib.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

namespace {

/** xoshiro256** seeded by splitmix64: fast and the same on every platform. */
class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        for (auto &s : m_s) {
            seed += 0x9E3779B97F4A7C15ull;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            s = z ^ (z >> 31);
        }
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    /** Uniform in [0, n). */
    std::int64_t below(std::int64_t n)
    {
        // Modulo bias is far below anything a demo log could show.
        return static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(n));
    }
    std::int64_t between(std::int64_t lo, std::int64_t hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<std::uint64_t, 4> m_s{};
};

/** A car model and its maker's catalogue id. */
struct Profile
{
    const char *make;
    const char *model;
    int year;
    const char *wmi;  ///< world manufacturer identifier: the VIN's first three characters
    const char *oem;  ///< catalogue id of the carmaker's connected-car backend
    const char *maps; ///< catalogue id of the map provider
};

constexpr std::array<Profile, 3> kProfiles = {{
    {"Volkswagen", "ID.3", 2022, "WVW", "volkswagen", "here"},
    {"BMW", "iX1", 2023, "WBA", "bmw", "here"},
    {"Renault", "Megane E-Tech", 2023, "VF1", "renault", "tomtom"},
}};

struct Event
{
    std::int64_t t;
    std::string line;
};

class Writer
{
public:
    explicit Writer(bool gzip)
        : m_gzip(gzip)
    {}
    bool open(const QString &path, QString *error)
    {
        // Logs are private data: owner-only from the start, like everything Vitrine writes.
        m_file = std::make_unique<AtomicFile>(path);
        if (!m_file->open()) {
            *error = m_file->errorString();
            return false;
        }
        if (m_gzip && deflateInit2(&m_z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
            *error = QStringLiteral("zlib");
            return false;
        }
        return true;
    }
    void write(std::string_view s)
    {
        m_pending.append(s);
        if (m_pending.size() >= (1u << 20))
            flush(false);
    }
    bool commit(QString *error)
    {
        flush(true);
        if (m_gzip)
            deflateEnd(&m_z);
        if (m_failed || !m_file->commit()) {
            *error = m_file->errorString();
            return false;
        }
        return true;
    }

private:
    void flush(bool finish)
    {
        if (!m_gzip) {
            m_failed |= m_file->write(m_pending.data(), static_cast<qint64>(m_pending.size())) !=
                        static_cast<qint64>(m_pending.size());
            m_pending.clear();
            return;
        }
        m_z.next_in = reinterpret_cast<Bytef *>(m_pending.data());
        m_z.avail_in = static_cast<uInt>(m_pending.size());
        char out[1 << 16];
        int rc;
        do {
            m_z.next_out = reinterpret_cast<Bytef *>(out);
            m_z.avail_out = sizeof out;
            rc = deflate(&m_z, finish ? Z_FINISH : Z_NO_FLUSH);
            const auto n = static_cast<qint64>(sizeof out - m_z.avail_out);
            m_failed |= m_file->write(out, n) != n;
        } while (m_z.avail_out == 0 || (finish && rc != Z_STREAM_END));
        m_pending.clear();
    }

    bool m_gzip;
    bool m_failed = false;
    std::unique_ptr<AtomicFile> m_file;
    z_stream m_z{};
    std::string m_pending;
};

void appendQuoted(std::string &out, std::string_view s)
{
    out += '"';
    out += s;
    out += '"';
}

/** Builds one record line. */
std::string record(std::int64_t t, std::string_view kind,
                   std::initializer_list<std::string_view> data, std::string_view to,
                   std::string_view via, std::int64_t bytes, std::int64_t count,
                   std::string_view channel, std::string_view purpose, std::string_view basis)
{
    std::string line;
    line.reserve(256);
    line += "{\"t\":";
    appendQuoted(line, formatUtc(t));
    line += ",\"kind\":";
    appendQuoted(line, kind);
    line += ",\"data\":[";
    bool first = true;
    for (const std::string_view d : data) {
        if (!first)
            line += ',';
        first = false;
        appendQuoted(line, d);
    }
    line += ']';
    if (!to.empty()) {
        line += ",\"to\":";
        appendQuoted(line, to);
    }
    if (!via.empty()) {
        line += ",\"via\":";
        appendQuoted(line, via);
    }
    line += ",\"bytes\":" + std::to_string(bytes);
    if (count != 1)
        line += ",\"count\":" + std::to_string(count);
    if (!channel.empty()) {
        line += ",\"channel\":";
        appendQuoted(line, channel);
    }
    if (!purpose.empty()) {
        line += ",\"purpose\":";
        appendQuoted(line, purpose);
    }
    if (!basis.empty()) {
        line += ",\"basis\":";
        appendQuoted(line, basis);
    }
    line += "}\n";
    return line;
}

struct Trip
{
    std::int64_t start;
    std::int64_t end;
};

} // namespace

GeneratorResult generateLog(const QString &path, const GeneratorOptions &o)
{
    GeneratorResult result;
    if (o.events < 1 || o.days < 1) {
        result.error = QCoreApplication::translate(
            "vitrine::generator", "The number of events and days must be at least 1.");
        return result;
    }
    Random rnd(o.seed);
    const Profile &car = kProfiles[static_cast<std::size_t>(rnd.below(kProfiles.size()))];
    // A VIN of the maker's WMI, "ZZZ" as European makers fill the descriptor, and a serial.
    static constexpr std::string_view kVinChars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    std::string vin = std::string(car.wmi) + "ZZZ";
    while (vin.size() < 11)
        vin += kVinChars[static_cast<std::size_t>(
            rnd.below(static_cast<std::int64_t>(kVinChars.size())))];
    for (int i = 0; i < 6; ++i)
        vin += static_cast<char>('0' + rnd.below(10));

    Writer out(o.gzip);
    if (!out.open(path, &result.error))
        return result;

    const std::string oem = std::string("org:") + car.oem;
    const std::string maps = std::string("org:") + car.maps;
    const std::int64_t end = o.startUtc + static_cast<std::int64_t>(o.days) * 86400;
    std::string header = "{\"vdfl\":1,\"vehicle\":{\"vin\":\"" + vin + "\",\"make\":\"" + car.make +
                         "\",\"model\":\"" + car.model + "\",\"year\":" + std::to_string(car.year) +
                         "},\"exported_at\":\"" + formatUtc(end + 11 * 86400 + 9 * 3600) +
                         "\",\"exporter\":\"vitrine-cli generate (demo data, seed " +
                         std::to_string(o.seed) + ")\",\"period\":{\"from\":\"" +
                         formatUtc(o.startUtc) + "\",\"to\":\"" + formatUtc(end) + "\"}}\n";
    out.write(header);

    std::int64_t remaining = o.events;
    std::vector<Event> day;
    std::vector<Trip> trips;
    for (int d = 0; d < o.days && remaining > 0; ++d) {
        const std::int64_t dayStart = o.startUtc + static_cast<std::int64_t>(d) * 86400;
        // 2026-04-01 is a Wednesday; Swiss time is UTC+2 in summer, so 07:00 local is 05:00Z.
        const int weekday = static_cast<int>((dayOf(dayStart) + 3) % 7); // 0 = Monday
        const bool weekend = weekday >= 5;
        trips.clear();
        if (!weekend) {
            const std::int64_t go = dayStart + 5 * 3600 + rnd.between(0, 50 * 60);
            trips.push_back({go, go + rnd.between(20, 45) * 60});
            const std::int64_t back = dayStart + 15 * 3600 + rnd.between(0, 90 * 60);
            trips.push_back({back, back + rnd.between(25, 55) * 60});
        } else if (rnd.chance(85)) {
            const std::int64_t go = dayStart + 8 * 3600 + rnd.between(0, 4 * 3600);
            trips.push_back({go, go + rnd.between(30, 120) * 60});
        }
        if (rnd.chance(30)) { // an errand in the evening
            const std::int64_t go = dayStart + 17 * 3600 + rnd.between(0, 2 * 3600);
            trips.push_back({go, go + rnd.between(10, 30) * 60});
        }
        const std::int64_t daysLeft = o.days - d;
        std::int64_t budget = (remaining + daysLeft - 1) / daysLeft;
        if (budget > remaining)
            budget = remaining;
        remaining -= budget;

        day.clear();
        auto tripTime = [&]() -> std::int64_t {
            if (trips.empty())
                return dayStart + rnd.below(86400);
            const Trip &tr =
                trips[static_cast<std::size_t>(rnd.below(static_cast<std::int64_t>(trips.size())))];
            return tr.start + rnd.below(tr.end - tr.start);
        };
        auto take = [&](std::int64_t want) {
            const std::int64_t c = std::min(want, budget);
            budget -= c;
            return c;
        };

        // Once-a-day and rare events first, so that every kind and recipient appears.
        if (budget > 0 && !trips.empty()) {
            const std::int64_t t = trips.back().end + rnd.between(3600, 3 * 3600);
            day.push_back(
                {t, record(t, "shared", {"driving", "Vehicle.Speed"}, "org:verisk", oem,
                           rnd.between(800, 2400), take(static_cast<std::int64_t>(trips.size())),
                           "", "insurance", "consent")});
        }
        if (budget > 0 && d % 7 == 3) {
            const std::int64_t t = dayStart + 20 * 3600 + rnd.below(3600);
            day.push_back({t, record(t, "shared", {"driving", "location"}, "org:lexisnexis-risk",
                                     oem, rnd.between(2000, 6000), take(7), "",
                                     "usage_based_insurance", "consent")});
        }
        if (budget > 0 && d % 30 == 12) {
            const std::int64_t t = dayStart + 1 * 3600 + rnd.below(3600);
            day.push_back({t, record(t, "received", {"Vehicle.VersionVSS.Major", "software"}, oem,
                                     "", rnd.between(80, 400) * 1000 * 1000, take(1), "wifi",
                                     "software_update", "contract")});
        }
        if (budget > 0 && d % 6 == 2) {
            const std::int64_t t = dayStart + 12 * 3600 + rnd.below(5 * 3600);
            day.push_back({t, record(t, "sent",
                                     {"Vehicle.Powertrain.TractionBattery.StateOfCharge.Current",
                                      "Vehicle.VehicleIdentification.VIN"},
                                     "org:ionity", "", rnd.between(2000, 9000), take(1), "cellular",
                                     "charging", "contract")});
        }
        if (budget > 0 && d % 45 == 20) {
            const std::int64_t t = tripTime();
            day.push_back(
                {t,
                 record(t, "sent",
                        {"Vehicle.CurrentLocation.Latitude", "Vehicle.CurrentLocation.Longitude"},
                        oem, "", 1200, take(1), "cellular", "emergency_call", "vital_interest")});
        }
        if (budget > 0) {
            const std::int64_t t = dayStart + 2 * 3600 + rnd.below(3600);
            day.push_back({t, record(t, "sent", {"Vehicle.VehicleIdentification.VIN", "identity"},
                                     "org:swisscom", "", rnd.between(300, 900),
                                     take(rnd.between(1, 4)), "cellular", "other", "contract")});
        }

        while (budget > 0) {
            const std::int64_t roll = rnd.below(100);
            const std::int64_t t = tripTime();
            if (roll < 26) {
                day.push_back({t, record(t, "sent",
                                         {"Vehicle.CurrentLocation.Latitude",
                                          "Vehicle.CurrentLocation.Longitude", "Vehicle.Speed"},
                                         oem, "", rnd.between(180, 900), take(rnd.between(1, 6)),
                                         "cellular", "remote_services", "contract")});
            } else if (roll < 38) {
                day.push_back(
                    {t, record(t, "sent",
                               {"Vehicle.CurrentLocation.Latitude",
                                "Vehicle.CurrentLocation.Longitude",
                                "Vehicle.Cabin.Infotainment.Navigation.DestinationSet.Latitude"},
                               maps, "", rnd.between(400, 3000), take(rnd.between(1, 3)),
                               "cellular", "traffic", "contract")});
            } else if (roll < 48) {
                day.push_back({t, record(t, "sent",
                                         {"Vehicle.Speed", "Vehicle.Acceleration.Longitudinal",
                                          "Vehicle.Chassis.Brake.PedalPosition"},
                                         oem, "", rnd.between(500, 4000), take(rnd.between(1, 10)),
                                         "cellular", "product_improvement", "consent")});
            } else if (roll < 62) {
                day.push_back(
                    {t,
                     record(t, "stored",
                            {"Vehicle.Cabin.Seat.Row1.PassengerSide.IsOccupied",
                             "Vehicle.Driver.FatigueLevel", "Vehicle.TraveledDistance"},
                            "", "", rnd.between(40, 200), take(rnd.between(1, 20)), "", "", "")});
            } else if (roll < 70) {
                const std::int64_t at = dayStart + rnd.below(86400);
                day.push_back(
                    {at, record(at, "sent",
                                {"Vehicle.Powertrain.TractionBattery.StateOfCharge.Current",
                                 "Vehicle.Powertrain.TractionBattery.Temperature.Average"},
                                oem, "", rnd.between(150, 600), take(1), "cellular",
                                "remote_services", "contract")});
            } else if (roll < 75) {
                const std::int64_t at = dayStart + rnd.below(86400);
                day.push_back(
                    {at, record(at, "sent",
                                {"Vehicle.Chassis.Axle.Row1.Wheel.Left.Tire.Pressure",
                                 "Vehicle.OBD.DTCList", "Vehicle.LowVoltageBattery.CurrentVoltage"},
                                oem, "", rnd.between(300, 2500), take(1), "cellular", "diagnostics",
                                "legitimate_interest")});
            } else if (roll < 83) {
                day.push_back(
                    {t, record(t, "received",
                               {"Vehicle.Cabin.Infotainment.Media.Played.Source", "media"},
                               "org:spotify", "", rnd.between(400, 4000) * 1000,
                               take(rnd.between(1, 3)), "cellular", "entertainment", "contract")});
            } else if (roll < 87) {
                day.push_back(
                    {t, record(t, "sent",
                               {"Vehicle.Cabin.Infotainment.SmartphoneProjection.Active", "phone"},
                               oem, "", rnd.between(100, 800), take(1), "bluetooth",
                               "product_improvement", "consent")});
            } else if (roll < 91) {
                day.push_back({t, record(t, "sent", {"cabin", "Vehicle.CurrentLocation.Latitude"},
                                         "org:cerence", "", rnd.between(20, 200) * 1000, take(1),
                                         "cellular", "voice_assistant", "consent")});
            } else if (roll < 96) {
                day.push_back({t, record(t, "sent",
                                         {"Vehicle.Speed", "Vehicle.CurrentLocation.Latitude",
                                          "Vehicle.VehicleIdentification.VIN"},
                                         "telemetry.example.net", "", rnd.between(300, 1500),
                                         take(1), "cellular", "product_improvement", "")});
            } else {
                const std::int64_t at = dayStart + rnd.below(86400);
                day.push_back(
                    {at, record(at, "sent", {"Vehicle.VersionVSS.Major", "vehicle"}, "192.0.2.44",
                                "", rnd.between(100, 400), take(1), "cellular", "other", "")});
            }
        }

        std::stable_sort(day.begin(), day.end(),
                         [](const Event &a, const Event &b) { return a.t < b.t; });
        for (const Event &e : day)
            out.write(e.line);
        result.records += static_cast<std::int64_t>(day.size());
    }
    result.events = o.events - remaining;
    result.vin = QString::fromStdString(vin);
    result.ok = out.commit(&result.error);
    return result;
}

} // namespace vitrine
