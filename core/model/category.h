// SPDX-License-Identifier: GPL-3.0-or-later
// The ten categories of the VDFL contract that say what a piece of car data is about, and how
// private each one is for the customer.

#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace vitrine {

/** What a data item is about: the ten category ids of the VDFL contract, in its order. */
enum class Category : std::uint8_t {
    Location,
    Driving,
    Driver,
    Cabin,
    Phone,
    Media,
    Identity,
    Vehicle,
    Energy,
    Software,
};

inline constexpr int kCategoryCount = 10;

/** How private a category is for the customer (the contract's high / medium / low). */
enum class Sensitivity : std::uint8_t { Low, Medium, High };

/** A set of categories, one bit per Category. */
using CategorySet = std::uint16_t;

constexpr CategorySet categoryBit(Category c)
{
    return static_cast<CategorySet>(1u << static_cast<unsigned>(c));
}

/** Every category, in contract order. */
constexpr std::array<Category, kCategoryCount> allCategories()
{
    return {Category::Location, Category::Driving, Category::Driver,   Category::Cabin,
            Category::Phone,    Category::Media,   Category::Identity, Category::Vehicle,
            Category::Energy,   Category::Software};
}

/** The contract's id ("location", "driving", ...). */
std::string_view categoryId(Category c);

/** The category whose id is exactly \a id, if any. */
std::optional<Category> categoryFromId(std::string_view id);

Sensitivity sensitivity(Category c);

/** "high", "medium" or "low". */
std::string_view sensitivityId(Sensitivity s);

} // namespace vitrine
