// SPDX-License-Identifier: GPL-3.0-or-later
// A format's profile: which category and which plain kind of data each key of a car export is,
// how it was mapped, and which keys hold times, read from a data file in resources/profiles/.

#pragma once

#include "category.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vitrine {

/** A plain group of keys the customer sees ("Charging the car"), named in the four languages. */
struct ProfileKind
{
    std::string id;
    Category category = Category::Vehicle;
    QString fr, de, it, en;
    /** The name in \a lang ("fr", "de", "it", "en"; English otherwise). */
    QString name(const QString &lang) const;
};

/** What a key's value says about time. */
enum class TimeRole : std::uint8_t { None, Captured, Delivery };

/** One key of the profile. */
struct ProfileEntry
{
    std::uint16_t kind = 0; ///< index into FormatProfile::kinds()
    Category category = Category::Vehicle;
    bool byHand = false; ///< mapped by hand, not from the key's cluster or data category
    TimeRole time = TimeRole::None;
};

/** A format's profile, loaded once and then only read. */
class FormatProfile
{
public:
    /** The Volkswagen group's EU Data Act keys (resources/profiles/vw-data-act.json). */
    static const FormatProfile &vwDataAct();
    /** BMW CarData's telematic keys (resources/profiles/bmw-cardata.json). */
    static const FormatProfile &bmwCarData();

    /** The profile of the format with importer id \a format ("vw-data-act"), or nullptr. */
    static const FormatProfile *forFormat(std::string_view format);

    /** Reads a profile file; nullopt (and why in \a error) when it does not hold one. */
    static std::optional<FormatProfile> fromJson(const QByteArray &json, QString *error);

    /** The entry of \a key (a VW key UUID, a BMW telematicKeyName), or nullptr. */
    const ProfileEntry *find(std::string_view key) const;
    /** The entry whose label (any language) is \a label, spaces and dashes normalised. */
    const ProfileEntry *findByLabel(std::string_view label) const;
    /**
     * What a key of a BMW data category ("VEHICLE_STATUS") is when the key itself is not known
     * (the profile's `dataCategories`), or nullptr.
     */
    const ProfileEntry *findByDataCategory(std::string_view dataCategory) const;
    /** The index of the kind with id \a kindId in kinds(), or -1. */
    int kindIndex(std::string_view kindId) const;

    const std::vector<ProfileKind> &kinds() const { return m_kinds; }
    std::size_t keyCount() const { return m_keys.size(); }
    const QString &id() const { return m_id; }
    /** Where the profile's facts come from, as the file says. */
    const QString &source() const { return m_source; }

    /** A label as findByLabel compares it: dashes and runs of spaces made one, lower case. */
    static std::string normaliseLabel(std::string_view label);

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const
        {
            return std::hash<std::string_view>{}(s);
        }
    };
    using Map = std::unordered_map<std::string, ProfileEntry, Hash, std::equal_to<>>;

    QString m_id;
    QString m_source;
    std::vector<ProfileKind> m_kinds;
    Map m_keys;
    Map m_labels;
    Map m_dataCategories;
};

} // namespace vitrine
