// SPDX-License-Identifier: GPL-3.0-or-later
// The contract's ids of the categories, and the sensitivity the kiosk gives each of them.

#include "category.h"

namespace vitrine {

namespace {
constexpr std::array<std::string_view, kCategoryCount> kIds = {
    "location", "driving",  "driver",  "cabin",  "phone",
    "media",    "identity", "vehicle", "energy", "software"};
}

std::string_view categoryId(Category c)
{
    return kIds[static_cast<std::size_t>(c)];
}

std::optional<Category> categoryFromId(std::string_view id)
{
    for (std::size_t i = 0; i < kIds.size(); ++i) {
        if (kIds[i] == id)
            return static_cast<Category>(i);
    }
    return std::nullopt;
}

Sensitivity sensitivity(Category c)
{
    switch (c) {
    case Category::Location:
    case Category::Driving:
    case Category::Driver:
    case Category::Cabin:
    case Category::Phone:
        return Sensitivity::High;
    case Category::Identity:
    case Category::Media:
    case Category::Energy:
        return Sensitivity::Medium;
    case Category::Vehicle:
    case Category::Software:
        return Sensitivity::Low;
    }
    return Sensitivity::Low;
}

std::string_view sensitivityId(Sensitivity s)
{
    switch (s) {
    case Sensitivity::High:
        return "high";
    case Sensitivity::Medium:
        return "medium";
    case Sensitivity::Low:
        return "low";
    }
    return "low";
}

} // namespace vitrine
