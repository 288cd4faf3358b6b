// SPDX-License-Identifier: GPL-3.0-or-later
// How two reviews are compared: both read from their stored inspection reports, recipients and
// categories set against each other, and the volume measured per day.

#include "comparison.h"

#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace vitrine {

namespace {

struct Side
{
    bool valid = false;
    QList<RememberedRecipient> recipients;
    CategorySet categories = 0;
    std::int64_t events = 0;
    std::int64_t days = 1;
};

Side read(const QByteArray &json)
{
    Side side;
    if (json.isEmpty())
        return side;
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError || o.isEmpty())
        return side;
    side.valid = true;
    for (const QJsonValue &v : o.value(u"by_recipient").toArray()) {
        const QJsonObject r = v.toObject();
        side.recipients << RememberedRecipient{
            r.value(u"id").toString(), r.value(u"name").toString(), r.value(u"events").toInteger()};
    }
    const QJsonObject cats = o.value(u"by_category").toObject();
    for (const Category c : allCategories()) {
        const auto id = categoryId(c);
        const QJsonObject t =
            cats.value(QLatin1StringView(id.data(), static_cast<qsizetype>(id.size()))).toObject();
        if (t.value(u"events").toInteger() > 0)
            side.categories |= categoryBit(c);
    }
    side.events = o.value(u"totals").toObject().value(u"events").toInteger();
    const QJsonObject period = o.value(u"period").toObject();
    const QDateTime from = QDateTime::fromString(period.value(u"from").toString(), Qt::ISODate);
    const QDateTime to = QDateTime::fromString(period.value(u"to").toString(), Qt::ISODate);
    if (from.isValid() && to.isValid())
        side.days = std::max<std::int64_t>(1, (from.secsTo(to) + 86399) / 86400);
    return side;
}

QList<RememberedRecipient> missingFrom(const QList<RememberedRecipient> &from,
                                       const QList<RememberedRecipient> &in)
{
    QSet<QString> ids;
    for (const RememberedRecipient &r : in)
        ids.insert(r.id);
    QList<RememberedRecipient> out;
    for (const RememberedRecipient &r : from) {
        if (!ids.contains(r.id))
            out << r;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto &a, const auto &b) { return a.events > b.events; });
    return out;
}

} // namespace

std::optional<int> Comparison::changePerDayPercent() const
{
    if (!hasPrevious || previousEvents <= 0)
        return std::nullopt;
    const double before = static_cast<double>(previousEvents) / static_cast<double>(previousDays);
    const double now = static_cast<double>(currentEvents) / static_cast<double>(currentDays);
    return static_cast<int>(std::lround((now - before) / before * 100.0));
}

Comparison compareReviews(const QByteArray &previousReportJson, const QByteArray &currentReportJson)
{
    Comparison c;
    const Side now = read(currentReportJson);
    c.currentEvents = now.events;
    c.currentDays = now.days;
    const Side before = read(previousReportJson);
    if (!before.valid)
        return c;
    c.hasPrevious = true;
    c.previousEvents = before.events;
    c.previousDays = before.days;
    c.newRecipients = missingFrom(now.recipients, before.recipients);
    c.goneRecipients = missingFrom(before.recipients, now.recipients);
    c.newCategories = static_cast<CategorySet>(now.categories & ~before.categories);
    c.goneCategories = static_cast<CategorySet>(before.categories & ~now.categories);
    return c;
}

Comparison compareWithPreviousReview(Store &store, const ImportRecord &current, StoreError *error)
{
    StoreError readError;
    const std::optional<ImportRecord> previous =
        store.previousReview(current.vin, current.observedTo, current.fileSha256, &readError);
    if (error)
        *error = readError;
    if (readError.code != StoreError::Code::None) {
        Comparison unknown = compareReviews({}, current.reportJson);
        unknown.historyKnown = false;
        return unknown;
    }
    Comparison c =
        compareReviews(previous ? previous->reportJson : QByteArray(), current.reportJson);
    if (previous && c.hasPrevious) {
        c.previousReviewedAt = previous->importedAt;
        c.previousImportId = previous->id;
    }
    return c;
}

} // namespace vitrine
