// SPDX-License-Identifier: GPL-3.0-or-later
// The names of the units an input's items are counted in.

#include "logfacts.h"

namespace vitrine {

std::string_view positionUnitId(PositionUnit unit)
{
    switch (unit) {
    case PositionUnit::Line:
        return "line";
    case PositionUnit::Dataset:
        return "dataset";
    case PositionUnit::Entry:
        return "entry";
    case PositionUnit::Item:
        return "item";
    }
    return "item";
}

} // namespace vitrine
