// SPDX-License-Identifier: GPL-3.0-or-later
// Which category a data item of a log belongs to, so that any COVESA VSS signal path, those of
// newer VSS versions included, is counted under something the customer understands.

#pragma once

#include "category.h"

#include <optional>
#include <string_view>

namespace vitrine {

/**
 * The category of a COVESA VSS signal path, decided by its branch (not by a list of names), so
 * that paths of newer VSS versions with the same branch structure land too. Returns nullopt only
 * when \a path is not a VSS path (does not begin with "Vehicle." followed by a name). Allocation
 * free: it runs for every data item of every record.
 *
 * A VSS path here is "Vehicle" (exactly, case included) followed by one or more ".Name" segments,
 * each a non-empty run of ASCII letters, digits or '_'. So "", "Vehicle", "Vehicle.",
 * "vehicle.speed", "Vehicle..Speed", "Vehicle.Speed.", " Vehicle.Speed" and "Vehicle.Cabin.*"
 * give nullopt. Below the root, branch names are compared ignoring ASCII case. The most specific
 * branch rule wins; a valid path that no rule names is Category::Vehicle (there is no "unknown").
 * The rules and the reasons for them: docs/categories.md.
 */
std::optional<Category> classifyVssPath(std::string_view path);

/**
 * A data item of a record: a category id (exactly, as categoryFromId) or a VSS path (as
 * classifyVssPath). nullopt when it is neither.
 */
std::optional<Category> classifyDataItem(std::string_view item);

} // namespace vitrine
