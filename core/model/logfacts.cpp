// SPDX-License-Identifier: GPL-3.0-or-later
// The names of the units an input's items are counted in, and the rule of a valid VIN.

#include "logfacts.h"

namespace vitrine {

namespace {

std::string shiftAscii(std::string_view s, char from, char to)
{
    std::string out(s);
    for (char &c : out) {
        if (c >= from && c <= from + 25)
            c = static_cast<char>(c - from + to);
    }
    return out;
}

} // namespace

std::string upperAscii(std::string_view s)
{
    return shiftAscii(s, 'a', 'A');
}

std::string lowerAscii(std::string_view s)
{
    return shiftAscii(s, 'A', 'a');
}

bool isValidVin(std::string_view vin)
{
    if (vin.size() != 17)
        return false;
    for (const char c : vin) {
        const bool digit = c >= '0' && c <= '9';
        const bool letter = c >= 'A' && c <= 'Z' && c != 'I' && c != 'O' && c != 'Q';
        if (!digit && !letter)
            return false;
    }
    return true;
}

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

std::string_view positionUnitsId(PositionUnit unit)
{
    switch (unit) {
    case PositionUnit::Line:
        return "lines";
    case PositionUnit::Dataset:
        return "datasets";
    case PositionUnit::Entry:
        return "entries";
    case PositionUnit::Item:
        return "items";
    }
    return "items";
}

} // namespace vitrine
