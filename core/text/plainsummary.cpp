// SPDX-License-Identifier: GPL-3.0-or-later
// How the plain-language report is put together from the shared phrases (plaintext.h), so that
// the command line says what the kiosk and the sheet say.

#include "plainsummary.h"

#include "exportdetailtext.h"

#include "importmessages.h"
#include "languages.h"
#include "plaintext.h"
#include "profile.h"
#include "recipients.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace vitrine {

namespace {

std::int64_t eventsLeavingCar(const Summary &s)
{
    return s.byKind()[static_cast<std::size_t>(Kind::Sent)].events +
           s.byKind()[static_cast<std::size_t>(Kind::Shared)].events;
}

} // namespace

QString vehicleDescription(const LogHeader &h)
{
    QStringList parts;
    if (h.make)
        parts << QString::fromStdString(*h.make);
    if (h.model)
        parts << QString::fromStdString(*h.model);
    if (h.year)
        parts << QString::number(*h.year);
    return parts.join(u' ');
}

QString sourceSentence(const Summary &s)
{
    if (s.source().format == "bmw-cardata") {
        const std::optional<std::int64_t> &requested = s.header().exportedAtUtc;
        if (requested) {
            return QCoreApplication::translate("vitrine::summary",
                                               "From the BMW CarData archive, requested on %1.")
                .arg(Languages::swissDate(*requested));
        }
        return QCoreApplication::translate("vitrine::summary", "From the BMW CarData archive.");
    }
    if (s.source().format != "vw-data-act")
        return {};
    std::int64_t deliveries = 0;
    std::int64_t empty = 0;
    for (const auto &[name, n] : s.source().formatCounts) {
        if (name == "deliveries")
            deliveries = n;
        else if (name == "empty_deliveries")
            empty = n;
    }
    // Plain ints for the plural forms: lupdate reads only a simple name as the count.
    const int delivered = plain::pluralCount(deliveries);
    const int held = plain::pluralCount(empty);
    const int repeated = plain::pluralCount(s.counts().repeated);
    QString text = QCoreApplication::translate(
        "vitrine::summary", "From the Volkswagen group's EU Data Act export: %Ln delivery(ies).",
        nullptr, delivered);
    if (empty > 0) {
        text += u' ';
        text += QCoreApplication::translate("vitrine::summary", "%Ln of them held no data.",
                                            nullptr, held);
    }
    if (repeated > 0) {
        text += u' ';
        text += QCoreApplication::translate(
            "vitrine::summary", "%Ln dataset(s) came again unchanged and were counted once.",
            nullptr, repeated);
    }
    return text;
}

QString sourceLine(const Summary &s)
{
    const QString sentence = sourceSentence(s);
    if (!sentence.isEmpty())
        return sentence;
    return QCoreApplication::translate("vitrine::summary", "From your car's data log.");
}

QString recipientsScopeNote(const Summary &s)
{
    if (s.source().scope.recipients)
        return {};
    return QCoreApplication::translate(
        "vitrine::summary",
        "This export names only the holders of the data. It does not say who else received it.");
}

QStringList dataKindLines(const Summary &s, const QString &lang)
{
    const FormatProfile *profile = FormatProfile::forFormat(s.source().format);
    std::vector<std::pair<std::int64_t, QString>> kinds;
    for (const auto &[id, t] : s.byDataKind()) {
        QString name;
        if (profile) {
            for (const ProfileKind &kind : profile->kinds()) {
                if (kind.id == id)
                    name = kind.name(lang);
            }
        }
        if (name.isEmpty())
            name = QCoreApplication::translate("vitrine::summary", "Other technical data");
        kinds.emplace_back(t.events, name);
    }
    std::stable_sort(kinds.begin(), kinds.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList out;
    for (const auto &[events, name] : kinds) {
        out << QCoreApplication::translate("vitrine::summary", "%1: %2",
                                           "a kind of data, then how often")
                   .arg(name, plain::timesPhrase(events));
    }
    return out;
}

QStringList inShort(const Summary &s, const Catalogue &catalogue)
{
    QStringList out;
    if (!s.hasRecords()) {
        out << QCoreApplication::translate("vitrine::summary",
                                           "The file names your car but holds no readable events.");
        return out;
    }
    const auto recipients = groupRecipients(s, catalogue);
    QSet<QString> countries;
    int notAdequate = 0;
    int unknown = 0;
    for (const RecipientSummary &r : recipients) {
        if (!r.country.isEmpty())
            countries.insert(r.country);
        if (isNotAdequate(r.adequacy))
            ++notAdequate;
        if (!r.known())
            ++unknown;
    }

    out << QCoreApplication::translate("vitrine::summary",
                                       "Between %1 and %2, your car recorded %3.")
               .arg(Languages::swissDate(s.firstUtc()), Languages::swissDate(s.lastUtc()),
                    plain::eventsPhrase(s.totals().events));

    const std::int64_t leaving = eventsLeavingCar(s);
    if (!s.source().scope.recipients) {
        // A carmaker's export: what it holds, not who else received it.
        QStringList holders;
        for (const std::string &id : s.header().dataHolders) {
            const Recipient *r = catalogue.byId(QString::fromStdString(id));
            holders << (r ? r->name : QString::fromStdString(id));
        }
        out << QCoreApplication::translate(
                   "vitrine::summary",
                   "Data left the car %1. This export names only the holders of the data (%2).")
                   .arg(plain::timesPhrase(leaving), holders.join(QStringLiteral(", ")));
        out << QCoreApplication::translate(
            "vitrine::summary",
            "It does not say who else received your data. It shows what the carmaker holds.");
        return out;
    }
    // The recipients past the summary's cap are recipients too.
    const int n =
        plain::pluralCount(static_cast<std::int64_t>(recipients.size()) + s.otherParties().keys);
    if (leaving == 0 && n == 0) {
        out << QCoreApplication::translate("vitrine::summary", "Nothing left the car.");
    } else {
        const QString who =
            QCoreApplication::translate("vitrine::summary", "%Ln recipient(s)", nullptr, n);
        const int countryCount = plain::pluralCount(countries.size());
        const QString where = QCoreApplication::translate(
            "vitrine::summary", "%n country(ies) we know of", nullptr, countryCount);
        out << QCoreApplication::translate("vitrine::summary",
                                           "Data left the car %1 and went to %2 in %3.")
                   .arg(plain::timesPhrase(leaving), who, where);
    }

    if (notAdequate > 0) {
        out << QCoreApplication::translate(
            "vitrine::summary",
            "%Ln recipient(s) are in countries whose data protection Switzerland does not "
            "consider adequate.",
            nullptr, notAdequate);
    } else if (unknown > 0) {
        out << QCoreApplication::translate(
            "vitrine::summary", "We do not know who %Ln recipient(s) are, nor where they are.",
            nullptr, unknown);
    } else {
        out << QCoreApplication::translate(
            "vitrine::summary",
            "Every recipient is in a country whose data protection Switzerland considers "
            "adequate.");
    }
    return out;
}

QString plainSummary(const Summary &s, const Catalogue &catalogue, const QString &lang)
{
    // Layout stays out of the translated texts: translators see only sentences.
    const QString kIndent = QStringLiteral("  ");
    const QString kItem = QStringLiteral("  - ");
    const QString kDetail = QStringLiteral("    ");
    QString text;
    const LogHeader &h = s.header();

    const QString car = vehicleDescription(h);
    const QString vin = plain::maskVin(QString::fromStdString(h.vin));
    text += car.isEmpty()
                ? QCoreApplication::translate("vitrine::summary", "Your car (VIN %1)").arg(vin)
                : QCoreApplication::translate("vitrine::summary", "Your %1 (VIN %2)").arg(car, vin);
    text += u'\n';
    if (const QString source = sourceSentence(s); !source.isEmpty())
        text += source + u'\n';
    const PeriodCoverage &coverage = s.coverage();
    if (coverage.declared()) {
        text +=
            QCoreApplication::translate("vitrine::summary", "The export says it covers %1 to %2.")
                .arg(Languages::date(coverage.declaredFirstDay()),
                     Languages::date(coverage.declaredLastDay()));
        text += u'\n';
    }
    if (s.hasRecords()) {
        text +=
            QCoreApplication::translate("vitrine::summary", "The events in it run from %1 to %2.")
                .arg(Languages::swissDate(s.firstUtc()), Languages::swissDate(s.lastUtc()));
        text += u'\n';
    }
    if (coverage.incomplete())
        text += plain::coverageSentence(coverage) + u'\n';

    text += u'\n' + QCoreApplication::translate("vitrine::summary", "In short") + u'\n';
    for (const QString &line : inShort(s, catalogue))
        text += kIndent + line + u'\n';

    const QStringList kinds = dataKindLines(s, lang);
    if (!kinds.isEmpty()) {
        text += u'\n' +
                QCoreApplication::translate("vitrine::summary", "Kinds of data in the export") +
                u'\n';
        for (const QString &line : kinds)
            text += kItem + line + u'\n';
    }

    const QString learned = learnedPlacesNote(s.details());
    const QStringList details = exportDetailLines(s.details());
    if (!learned.isEmpty() || !details.isEmpty()) {
        text += u'\n' +
                QCoreApplication::translate("vitrine::summary", "What else the export holds") +
                u'\n';
        if (!learned.isEmpty())
            text += kItem + learned + u'\n';
        for (const QString &line : details)
            text += kItem + line + u'\n';
    }
    const std::vector<TyreLine> tyres = tyreLines(s.details().tyreSets);
    if (!tyres.empty()) {
        text += u'\n' +
                QCoreApplication::translate("vitrine::summary",
                                            "Your tyres, as the carmaker knows them") +
                u'\n';
        for (const TyreLine &line : tyres)
            text += kItem + line.sentence() + u'\n';
    }

    text +=
        u'\n' + QCoreApplication::translate("vitrine::summary", "What your car recorded") + u'\n';
    for (const Category c : allCategories()) {
        const Tally &t = s.byCategory()[static_cast<std::size_t>(c)];
        if (t.events == 0)
            continue;
        text += kItem +
                QCoreApplication::translate("vitrine::summary", "%1 (%2; %3): %4")
                    .arg(plain::categoryName(c), plain::categoryMeaning(c),
                         plain::sensitivityName(sensitivity(c)), plain::timesPhrase(t.events)) +
                u'\n';
    }

    const auto recipients = groupRecipients(s, catalogue);
    text += u'\n' + QCoreApplication::translate("vitrine::summary", "Where it went") + u'\n';
    if (recipients.empty())
        text += kIndent + QCoreApplication::translate("vitrine::summary", "Nothing left the car.") +
                u'\n';
    for (const RecipientSummary &r : recipients) {
        QStringList categories;
        for (const Category c : allCategories()) {
            if (r.tally.byCategory[static_cast<std::size_t>(c)].events > 0)
                categories << plain::categoryName(c);
        }
        const QString shortName =
            r.entry && !r.entry->commonName.isEmpty() ? r.entry->commonName : r.name;
        if (r.known()) {
            text += kItem +
                    QCoreApplication::translate("vitrine::summary", "%1 (%2), %3: %4")
                        .arg(r.name, plain::roleName(r.entry->role),
                             plain::countryName(catalogue, r.country, lang),
                             plain::timesPhrase(r.tally.total.events)) +
                    u'\n';
        } else {
            text += kItem +
                    QCoreApplication::translate("vitrine::summary", "%1 (unknown recipient): %2")
                        .arg(r.name, plain::timesPhrase(r.tally.total.events)) +
                    u'\n';
        }
        text += kDetail +
                QCoreApplication::translate("vitrine::summary", "Data: %1.")
                    .arg(categories.join(QStringLiteral(", "))) +
                u'\n';
        // The verdict in the words of the kiosk's badge and the sheet's table, then why.
        text += kDetail +
                QCoreApplication::translate("vitrine::summary", "%1: %2",
                                            "a recipient's protection, then where it is: "
                                            "\"Adequate protection: HERE is in the Netherlands. "
                                            "…\"")
                    .arg(plain::adequacyLabel(r.adequacy),
                         plain::adequacySentence(r.adequacy, shortName,
                                                 plain::countryIn(catalogue, r.country, lang))) +
                u'\n';
    }
    if (s.otherParties().any()) {
        const Others &o = s.otherParties();
        text += kItem + plain::otherRecipientsSentence(o.keys, o.keysExact, o.tally.events) + u'\n';
    }

    if (s.counts().rejected > 0) {
        text += u'\n' + QCoreApplication::translate("vitrine::summary", "What could not be read") +
                u'\n';
        const int rejected = plain::pluralCount(s.counts().rejected);
        text += kIndent +
                QCoreApplication::translate("vitrine::summary",
                                            "%Ln line(s) of the file could not be read:", nullptr,
                                            rejected) +
                u'\n';
        const std::size_t shown = std::min<std::size_t>(s.rejections().size(), 10);
        for (std::size_t i = 0; i < shown; ++i) {
            const RejectedItem &r = s.rejections()[i];
            text += kItem +
                    QCoreApplication::translate("vitrine::summary", "Line %1: %2")
                        .arg(QString::number(r.position), rejectionMessage(r.reason, r.detail)) +
                    u'\n';
        }
        if (s.counts().rejected > static_cast<std::int64_t>(shown)) {
            const int more = plain::pluralCount(s.counts().rejected - std::int64_t(shown));
            text +=
                kIndent +
                QCoreApplication::translate("vitrine::summary", "… and %Ln more.", nullptr, more) +
                u'\n';
        }
    }
    text += u'\n' +
            QCoreApplication::translate("vitrine::summary",
                                        "This report shows what the exported file contains, "
                                        "nothing more.") +
            u'\n';
    return text;
}

} // namespace vitrine
