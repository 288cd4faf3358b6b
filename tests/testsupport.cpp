// SPDX-License-Identifier: GPL-3.0-or-later
// Pins every test program's environment before main() runs: a plain UTF-8 locale, and a time
// zone far from Zurich, so that a time shown in the machine's zone instead of Swiss time fails.

#include "testsupport.h"

#include <QtGlobal>

#include <ctime>

namespace {

[[maybe_unused]] const bool g_environmentPinned = [] {
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("LANG", "C.UTF-8");
    qputenv("TZ", vitrine::test::kTimeZone);
    tzset();
    return true;
}();

} // namespace
