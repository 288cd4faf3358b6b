// SPDX-License-Identifier: GPL-3.0-or-later
// The wording of the shared phrases, through Qt's translators: names, meanings and verdicts, and
// numbers, sizes and spans of time rounded for people.

#include "plaintext.h"

#include "languages.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace vitrine::plain {

QString categoryName(Category c)
{
    switch (c) {
    case Category::Location:
        return QCoreApplication::translate("vitrine::plain", "Location", "data category");
    case Category::Driving:
        return QCoreApplication::translate("vitrine::plain", "Driving", "data category");
    case Category::Driver:
        return QCoreApplication::translate("vitrine::plain", "Driver", "data category");
    case Category::Cabin:
        return QCoreApplication::translate("vitrine::plain", "Inside the car", "data category");
    case Category::Phone:
        return QCoreApplication::translate("vitrine::plain", "Phone", "data category");
    case Category::Media:
        return QCoreApplication::translate("vitrine::plain", "Media and infotainment",
                                           "data category");
    case Category::Identity:
        return QCoreApplication::translate("vitrine::plain", "Identity", "data category");
    case Category::Vehicle:
        return QCoreApplication::translate("vitrine::plain", "Technical condition",
                                           "data category");
    case Category::Energy:
        return QCoreApplication::translate("vitrine::plain", "Battery, charging and fuel",
                                           "data category");
    case Category::Software:
        return QCoreApplication::translate("vitrine::plain", "Software", "data category");
    }
    return {};
}

QString categoryMeaning(Category c)
{
    switch (c) {
    case Category::Location:
        return QCoreApplication::translate("vitrine::plain", "where the car is and has been");
    case Category::Driving:
        return QCoreApplication::translate("vitrine::plain", "how the car is driven");
    case Category::Driver:
        return QCoreApplication::translate("vitrine::plain",
                                           "the driver's tiredness, attention and heart rate");
    case Category::Cabin:
        return QCoreApplication::translate("vitrine::plain", "who and what is inside");
    case Category::Phone:
        return QCoreApplication::translate("vitrine::plain",
                                           "the connected phone: contacts, calls, messages");
    case Category::Media:
        return QCoreApplication::translate("vitrine::plain",
                                           "music, radio and other entertainment");
    case Category::Identity:
        return QCoreApplication::translate("vitrine::plain", "who you and the car are");
    case Category::Vehicle:
        return QCoreApplication::translate("vitrine::plain",
                                           "mileage, faults, tyres and maintenance");
    case Category::Energy:
        return QCoreApplication::translate("vitrine::plain",
                                           "battery level, charging and fuel use");
    case Category::Software:
        return QCoreApplication::translate("vitrine::plain", "software versions and updates");
    }
    return {};
}

QString sensitivityName(Sensitivity s)
{
    switch (s) {
    case Sensitivity::High:
        return QCoreApplication::translate("vitrine::plain", "very private");
    case Sensitivity::Medium:
        return QCoreApplication::translate("vitrine::plain", "private");
    case Sensitivity::Low:
        return QCoreApplication::translate("vitrine::plain", "not very private");
    }
    return {};
}

QString roleName(const QString &role)
{
    struct Text
    {
        const char *source;
        const char *comment;
    };
    static const struct
    {
        const char *id;
        Text text;
    } kRoles[] = {
        {"carmaker", QT_TRANSLATE_NOOP3("vitrine::plain", "carmaker", "recipient role")},
        {"map_traffic", QT_TRANSLATE_NOOP3("vitrine::plain", "maps and traffic", "recipient role")},
        {"voice_assistant",
         QT_TRANSLATE_NOOP3("vitrine::plain", "voice assistant", "recipient role")},
        {"telecom", QT_TRANSLATE_NOOP3("vitrine::plain", "mobile network", "recipient role")},
        {"insurer", QT_TRANSLATE_NOOP3("vitrine::plain", "insurer", "recipient role")},
        {"data_broker", QT_TRANSLATE_NOOP3("vitrine::plain", "data broker", "recipient role")},
        {"streaming",
         QT_TRANSLATE_NOOP3("vitrine::plain", "music and video streaming", "recipient role")},
        {"charging", QT_TRANSLATE_NOOP3("vitrine::plain", "charging network", "recipient role")},
        {"cloud", QT_TRANSLATE_NOOP3("vitrine::plain", "cloud service", "recipient role")},
        {"software_platform",
         QT_TRANSLATE_NOOP3("vitrine::plain", "software and updates", "recipient role")},
        {"roadside_assistance",
         QT_TRANSLATE_NOOP3("vitrine::plain", "breakdown service", "recipient role")},
        {"fleet_telematics",
         QT_TRANSLATE_NOOP3("vitrine::plain", "fleet telematics", "recipient role")},
    };
    for (const auto &r : kRoles) {
        if (role == QLatin1StringView(r.id))
            return QCoreApplication::translate("vitrine::plain", r.text.source, r.text.comment);
    }
    return role;
}

QString countryName(const Catalogue &catalogue, const QString &code, const QString &lang)
{
    if (const Country *c = catalogue.country(code)) {
        const QString name = c->name.in(lang);
        if (!name.isEmpty())
            return name;
    }
    return code;
}

QString countryIn(const Catalogue &catalogue, const QString &code, const QString &lang)
{
    if (const Country *c = catalogue.country(code)) {
        const QString phrase = c->locative.in(lang);
        if (!phrase.isEmpty())
            return phrase;
    }
    return QCoreApplication::translate("vitrine::plain", "in %1",
                                       "a country missing from the list: \"in XY\"")
        .arg(countryName(catalogue, code, lang));
}

QString adequacyLabel(Adequacy a)
{
    switch (a) {
    case Adequacy::Domestic:
        return QCoreApplication::translate("vitrine::plain", "Swiss law applies",
                                           "a recipient's protection: in Switzerland");
    case Adequacy::Adequate:
        return QCoreApplication::translate("vitrine::plain", "Adequate protection",
                                           "a recipient's protection");
    case Adequacy::AdequatePrivate:
        return QCoreApplication::translate("vitrine::plain",
                                           "Adequate protection for private companies",
                                           "a recipient's protection: Canada");
    case Adequacy::DpfOnly:
        return QCoreApplication::translate(
            "vitrine::plain", "Protection not adequate (no DPF certification known)",
            "a recipient's protection: a US company not known to be certified under the Swiss-US "
            "Data Privacy Framework");
    case Adequacy::NotAdequate:
        return QCoreApplication::translate("vitrine::plain", "Protection not adequate",
                                           "a recipient's protection");
    case Adequacy::Unknown:
        return QCoreApplication::translate("vitrine::plain", "Protection unknown",
                                           "a recipient's protection: an unknown recipient");
    }
    return {};
}

QString adequacySentence(Adequacy a, const QString &name, const QString &countryIn)
{
    switch (a) {
    case Adequacy::Domestic:
        return QCoreApplication::translate(
                   "vitrine::plain", "%1 is in Switzerland. Swiss data protection law applies.")
            .arg(name);
    case Adequacy::Adequate:
        return QCoreApplication::translate(
                   "vitrine::plain", "%1 is %2. Switzerland deems data protection there adequate.",
                   "%2: the country with its preposition, \"in the Netherlands\"")
            .arg(name, countryIn);
    case Adequacy::AdequatePrivate:
        return QCoreApplication::translate("vitrine::plain",
                                           "%1 is %2. Switzerland deems data protection there "
                                           "adequate for private companies.",
                                           "%2: the country with its preposition, \"in Canada\"")
            .arg(name, countryIn);
    case Adequacy::DpfOnly:
        return QCoreApplication::translate(
                   "vitrine::plain",
                   "%1 is %2. Switzerland deems data protection there adequate only for companies "
                   "certified under the Swiss-US Data Privacy Framework (DPF). No such "
                   "certification is known for %1.",
                   "%2: the country with its preposition, \"in the United States\"")
            .arg(name, countryIn);
    case Adequacy::NotAdequate:
        return QCoreApplication::translate(
                   "vitrine::plain",
                   "%1 is %2. Switzerland does not deem data protection there adequate.",
                   "%2: the country with its preposition, \"in China\"")
            .arg(name, countryIn);
    case Adequacy::Unknown:
        return QCoreApplication::translate(
                   "vitrine::plain",
                   "%1 is not in our list: we do not know who runs it or in which country.")
            .arg(name);
    }
    return {};
}

int pluralCount(std::int64_t n)
{
    return static_cast<int>(std::clamp<std::int64_t>(n, 0, INT32_MAX));
}

std::int64_t roundForPeople(std::int64_t n)
{
    if (n < 100)
        return n;
    std::int64_t scale = 1;
    while (n / scale >= 100)
        scale *= 10;
    // Rounding up must not pass INT64_MAX (a saturated sum): then it rounds down.
    const std::int64_t down = n / scale * scale;
    const bool up = n % scale >= scale / 2 && down <= INT64_MAX - scale;
    return up ? down + scale : down;
}

namespace {
// Qt's plural forms take an int; a count beyond that still chooses the plural form, and its
// full value replaces the clamped one in the text.
QString withFullCount(QString text, int clamped, std::int64_t full)
{
    if (full != clamped)
        text.replace(QLocale().toString(clamped), QLocale().toString(full));
    return text;
}
} // namespace

QString timesPhrase(std::int64_t events)
{
    const std::int64_t r = roundForPeople(events);
    // The plural form follows the rounded number; %Ln groups digits with the default locale.
    const int n = pluralCount(r);
    return withFullCount(
        r == events ? QCoreApplication::translate("vitrine::plain", "%Ln times", nullptr, n)
                    : QCoreApplication::translate("vitrine::plain", "about %Ln times", nullptr, n),
        n, r);
}

QString eventsPhrase(std::int64_t events)
{
    const std::int64_t r = roundForPeople(events);
    const int n = pluralCount(r);
    return withFullCount(
        r == events
            ? QCoreApplication::translate("vitrine::plain", "%Ln event(s)", nullptr, n)
            : QCoreApplication::translate("vitrine::plain", "about %Ln event(s)", nullptr, n),
        n, r);
}

QString sizePhrase(std::int64_t bytes)
{
    if (bytes < 1000)
        return QCoreApplication::translate("vitrine::plain", "%Ln byte(s)", nullptr,
                                           pluralCount(bytes));
    static const char *const kUnits[] = {QT_TRANSLATE_NOOP("vitrine::plain", "about %1 kB"),
                                         QT_TRANSLATE_NOOP("vitrine::plain", "about %1 MB"),
                                         QT_TRANSLATE_NOOP("vitrine::plain", "about %1 GB"),
                                         QT_TRANSLATE_NOOP("vitrine::plain", "about %1 TB")};
    double value = static_cast<double>(bytes) / 1000.0;
    std::size_t unit = 0;
    while (value >= 999.5 && unit + 1 < std::size(kUnits)) {
        value /= 1000.0;
        ++unit;
    }
    // Two significant digits are enough for people: 1.2 MB, 12 MB, 120 MB.
    const int decimals = value < 9.95 ? 1 : 0;
    return QCoreApplication::translate("vitrine::plain", kUnits[unit])
        .arg(QLocale().toString(value, 'f', decimals));
}

QString otherRecipientsSentence(std::int64_t count, bool exact, std::int64_t events)
{
    const int n = pluralCount(count);
    return withFullCount(
               exact ? QCoreApplication::translate(
                           "vitrine::plain",
                           "%Ln other recipient(s) are not listed here: %1 in all.", nullptr, n)
                     : QCoreApplication::translate(
                           "vitrine::plain",
                           "At least %Ln other recipient(s) are not listed here: %1 in all.",
                           nullptr, n),
               n, count)
        .arg(timesPhrase(events));
}

QString durationPhrase(std::int64_t seconds)
{
    constexpr double kDay = 86400.0;
    const auto days = std::max<std::int64_t>(1, std::llround(static_cast<double>(seconds) / kDay));
    if (days < 14)
        return QCoreApplication::translate("vitrine::plain", "%n day(s)", "a span of time",
                                           pluralCount(days));
    if (days < 57) {
        const int weeks = pluralCount(std::llround(static_cast<double>(days) / 7.0));
        return QCoreApplication::translate("vitrine::plain", "%n week(s)", "a span of time", weeks);
    }
    // Half months are as close as people count: 79 days are "2 and a half months".
    constexpr double kMonth = 365.25 / 12.0;
    const std::int64_t halves = std::llround(static_cast<double>(days) / kMonth * 2.0);
    const int whole = pluralCount(halves / 2);
    if (halves % 2 == 0)
        return QCoreApplication::translate("vitrine::plain", "%n month(s)", "a span of time",
                                           whole);
    return QCoreApplication::translate("vitrine::plain", "%n and a half month(s)",
                                       "a span of time: 2 and a half months", whole);
}

QString coverageSentence(const PeriodCoverage &c)
{
    if (!c.incomplete())
        return {};
    const QString from = Languages::date(c.declaredFirstDay());
    const QString to = Languages::date(c.declaredLastDay());
    if (c.startsLate && c.endsEarly) {
        return QCoreApplication::translate(
                   "vitrine::plain",
                   "The file should cover %1 to %2. It only holds events from %3 to %4: about %5 "
                   "at the start and %6 at the end are missing.")
            .arg(from, to, Languages::swissDate(*c.observedFromUtc),
                 Languages::swissDate(*c.observedToUtc), durationPhrase(*c.missingAtStartSecs),
                 durationPhrase(*c.missingAtEndSecs));
    }
    if (c.endsEarly) {
        return QCoreApplication::translate(
                   "vitrine::plain",
                   "The file should cover %1 to %2. It stops on %3: about %4 at the end are "
                   "missing.")
            .arg(from, to, Languages::swissDate(*c.observedToUtc),
                 durationPhrase(*c.missingAtEndSecs));
    }
    return QCoreApplication::translate(
               "vitrine::plain",
               "The file should cover %1 to %2. It only starts on %3: about %4 at the start are "
               "missing.")
        .arg(from, to, Languages::swissDate(*c.observedFromUtc),
             durationPhrase(*c.missingAtStartSecs));
}

QString comparedWithSentence(const Comparison &c)
{
    if (!c.hasPrevious)
        return {};
    if (!c.previousReviewedAt.isValid())
        return QCoreApplication::translate("NewCard",
                                           "Compared with the review at your last visit.");
    return QCoreApplication::translate("vitrine::plain", "Compared with your visit of %1.")
        .arg(Languages::swissDate(c.previousReviewedAt));
}

QString maskVin(const QString &vin)
{
    if (vin.size() <= 7)
        return vin;
    return vin.left(3) + QString(vin.size() - 7, u'•') + vin.right(4);
}

} // namespace vitrine::plain
