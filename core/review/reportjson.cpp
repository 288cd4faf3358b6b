// SPDX-License-Identifier: GPL-3.0-or-later
// How the inspection report is written: a small streaming JSON writer, fed from the summary's
// tallies and its recipients grouped by organisation.

#include "reportjson.h"

#include "recipients.h"
#include "rfc3339.h"

#include <QDate>

#include <cmath>

#include <string>

namespace vitrine {

namespace {

/** A small streaming JSON writer: objects and arrays nest, commas come by themselves. */
class JsonWriter
{
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    JsonWriter &key(std::string_view k)
    {
        comma();
        string(k);
        m_out += ": ";
        m_afterKey = true;
        return *this;
    }
    void value(std::string_view s)
    {
        comma();
        string(s);
    }
    void value(const QString &s) { value(std::string_view(s.toStdString())); }
    void value(std::int64_t n)
    {
        comma();
        m_out += std::to_string(n);
    }
    void value(bool b)
    {
        comma();
        m_out += b ? "true" : "false";
    }
    void null()
    {
        comma();
        m_out += "null";
    }
    void tally(const Tally &t)
    {
        beginObject();
        key("events").value(t.events);
        key("bytes").value(t.bytes);
        endObject();
    }
    std::string take() { return std::move(m_out); }

private:
    void open(char c)
    {
        comma();
        m_out += c;
        m_first = true;
        ++m_depth;
    }
    void close(char c)
    {
        --m_depth;
        if (!m_first)
            newline();
        m_out += c;
        m_first = false;
    }
    void comma()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_depth == 0)
            return;
        if (!m_first)
            m_out += ',';
        newline();
        m_first = false;
    }
    void newline()
    {
        m_out += '\n';
        m_out.append(static_cast<std::size_t>(m_depth) * 2, ' ');
    }
    void string(std::string_view s)
    {
        m_out += '"';
        for (const char c : s) {
            const auto u = static_cast<unsigned char>(c);
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            default:
                if (u < 0x20) {
                    char esc[8];
                    std::snprintf(esc, sizeof esc, "\\u%04x", u);
                    m_out += esc;
                } else {
                    m_out += c;
                }
            }
        }
        m_out += '"';
    }

    std::string m_out;
    int m_depth = 0;
    bool m_first = true;
    bool m_afterKey = false;
};

template <typename T, std::size_t N, typename IdFn>
void tallyObject(JsonWriter &w, const std::array<T, N> &tallies, IdFn id)
{
    w.beginObject();
    for (std::size_t i = 0; i < N; ++i) {
        if (tallies[i].events > 0)
            w.key(id(i)).tally(tallies[i]);
    }
    w.endObject();
}

std::string_view wheelId(TyreFacts::Wheel wheel)
{
    switch (wheel) {
    case TyreFacts::Wheel::FrontLeft:
        return "front_left";
    case TyreFacts::Wheel::FrontRight:
        return "front_right";
    case TyreFacts::Wheel::RearLeft:
        return "rear_left";
    case TyreFacts::Wheel::RearRight:
        return "rear_right";
    }
    return "front_left";
}

void optionalTime(JsonWriter &w, std::string_view key, const std::optional<std::int64_t> &t)
{
    if (t)
        w.key(key).value(std::string_view(formatUtc(*t)));
    else
        w.key(key).null();
}

void writeDetails(JsonWriter &w, const ExportDetails &d)
{
    if (d.tyresPresent) {
        w.key("tyres").beginArray();
        for (const TyreSetFacts &set : d.tyreSets) {
            w.beginObject();
            w.key("mounted").value(set.mounted);
            w.key("label").value(std::string_view(set.label));
            w.key("quality").value(std::string_view(set.quality));
            w.key("tyres").beginArray();
            for (const TyreFacts &t : set.tyres) {
                w.beginObject();
                w.key("wheel").value(wheelId(t.wheel));
                w.key("dimension").value(std::string_view(t.dimension));
                w.key("season").value(std::string_view(t.seasonCode));
                w.key("season_text").value(std::string_view(t.seasonText));
                w.key("manufacturer").value(std::string_view(t.manufacturer));
                w.key("tread").value(std::string_view(t.treadDesign));
                w.key("production_date").value(std::string_view(t.productionDate));
                w.key("mounting_date").value(std::string_view(t.mountingDate));
                w.key("wear").value(std::string_view(t.wearColour));
                if (t.runFlat)
                    w.key("run_flat").value(*t.runFlat);
                else
                    w.key("run_flat").null();
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
    }
    if (d.learned.present) {
        w.key("learned_navigation").beginObject();
        w.key("places").value(d.learned.places);
        w.key("labelled_places").value(d.learned.labelledPlaces);
        w.key("routes").value(d.learned.routes);
        w.key("transitions").value(d.learned.transitions);
        w.endObject();
    }
    if (d.charging.present) {
        const ChargingHistory &c = d.charging;
        w.key("charging_history").beginObject();
        w.key("sessions").value(c.sessions);
        w.key("sessions_with_place").value(c.withPlace);
        optionalTime(w, "first", c.firstUtc);
        optionalTime(w, "last", c.lastUtc);
        // Whole kilowatt hours: the sum of the car's own rounded figures says no more.
        w.key("energy_kwh").value(static_cast<std::int64_t>(std::llround(c.energyKwh)));
        w.key("providers").beginArray();
        for (const std::string &p : c.providers)
            w.value(std::string_view(p));
        w.endArray();
        w.key("more_providers").value(c.moreProviders);
        w.endObject();
    }
    if (d.contractsPresent) {
        w.key("services").beginArray();
        for (const ServiceContract &c : d.contracts) {
            w.beginObject();
            w.key("name").value(std::string_view(c.name));
            w.key("status").value(std::string_view(c.status));
            w.key("active").value(c.active);
            optionalTime(w, "start", c.startUtc);
            optionalTime(w, "end", c.endUtc);
            w.endObject();
        }
        w.endArray();
        w.key("more_services").value(d.moreContracts);
    }
}

} // namespace

QByteArray inspectionJson(const Summary &s, const Catalogue &catalogue)
{
    JsonWriter w;
    w.beginObject();
    w.key("format").value(std::string_view(s.source().format));
    w.key("version").value(std::int64_t{1});

    const LogHeader &h = s.header();
    w.key("vehicle").beginObject();
    w.key("vin").value(std::string_view(h.vin));
    if (h.make)
        w.key("make").value(std::string_view(*h.make));
    if (h.model)
        w.key("model").value(std::string_view(*h.model));
    if (h.year)
        w.key("year").value(std::int64_t{*h.year});
    w.endObject();

    if (h.exportedAtUtc)
        w.key("exported_at").value(std::string_view(formatUtc(*h.exportedAtUtc)));
    else
        w.key("exported_at").null();
    if (h.exporter)
        w.key("exporter").value(std::string_view(*h.exporter));
    else
        w.key("exporter").null();

    w.key("file").beginObject();
    w.key("sha256").value(std::string_view(s.source().sha256Hex));
    w.key("bytes").value(s.source().fileBytes);
    w.key("gzip").value(s.source().gzip);
    w.endObject();

    // Who holds the data an export gives, and the format's own counts.
    if (!h.dataHolders.empty()) {
        w.key("data_holders").beginArray();
        for (const std::string &holder : h.dataHolders)
            w.value(std::string_view(holder));
        w.endArray();
    }
    if (!s.source().formatCounts.empty()) {
        w.key("format_counts").beginObject();
        for (const auto &[name, n] : s.source().formatCounts)
            w.key(name).value(n);
        w.endObject();
    }
    const LogScope &scope = s.source().scope;
    if (!scope.categories || !scope.recipients || !scope.purposes) {
        // What the input cannot tell at all: "not known", never "none".
        w.key("scope").beginObject();
        w.key("categories").value(scope.categories);
        w.key("recipients").value(scope.recipients);
        w.key("purposes").value(scope.purposes);
        w.endObject();
    }

    // An archive or a folder: how many entries were read, and which were not, with why.
    if (s.source().archive || s.source().folder) {
        w.key("archive").beginObject();
        w.key("kind").value(std::string_view(s.source().folder ? "folder" : "zip"));
        w.key("entries").value(s.source().entryCount);
        w.key("skipped_count").value(s.skippedEntryCount());
        w.key("skipped").beginArray();
        for (const SkippedEntry &skipped : s.skippedEntries()) {
            w.beginObject();
            w.key("entry").value(std::string_view(skipped.name));
            w.key("reason").value(entryProblemText(skipped.problem));
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }

    // Counted in the format's own units: "lines" of a VDFL log, "datasets" of an export.
    const ItemCounts &l = s.counts();
    const std::string unit(positionUnitId(l.unit));
    w.key(positionUnitsId(l.unit)).beginObject();
    w.key("total").value(l.total);
    w.key("blank").value(l.blank);
    w.key("accepted").value(l.accepted);
    w.key("rejected").value(l.rejected);
    if (l.repeated > 0)
        w.key("repeated").value(l.repeated);
    w.endObject();

    w.key("rejected").beginArray();
    for (const RejectedItem &r : s.rejections()) {
        w.beginObject();
        w.key(unit).value(r.position);
        w.key("reason").value(std::string_view(rejectionText(r.reason, r.detail)));
        w.endObject();
    }
    w.endArray();
    w.key("rejected_kept").value(static_cast<std::int64_t>(s.rejections().size()));

    auto period = [&](std::string_view name, bool present, std::int64_t from, bool presentTo,
                      std::int64_t to) {
        w.key(name).beginObject();
        if (present)
            w.key("from").value(std::string_view(formatUtc(from)));
        else
            w.key("from").null();
        if (presentTo)
            w.key("to").value(std::string_view(formatUtc(to)));
        else
            w.key("to").null();
        w.endObject();
    };
    period("period", s.hasRecords(), s.firstUtc(), s.hasRecords(), s.lastUtc());
    period("declared_period", h.declaredFromUtc.has_value(), h.declaredFromUtc.value_or(0),
           h.declaredToUtc.has_value(), h.declaredToUtc.value_or(0));

    // The declared period against the records: the same fact the kiosk and the sheet tell.
    const PeriodCoverage &coverage = s.coverage();
    auto date = [&](std::string_view name, const QDate &d) {
        w.key(name);
        if (d.isValid())
            w.value(d.toString(Qt::ISODate));
        else
            w.null();
    };
    auto seconds = [&](std::string_view name, std::optional<std::int64_t> n) {
        w.key(name);
        if (n)
            w.value(*n);
        else
            w.null();
    };
    w.key("coverage").beginObject();
    date("declared_first_day", coverage.declaredFirstDay());
    date("declared_last_day", coverage.declaredLastDay());
    seconds("missing_at_start_seconds", coverage.missingAtStartSecs);
    seconds("missing_at_end_seconds", coverage.missingAtEndSecs);
    w.key("threshold_seconds").value(coverage.thresholdSecs);
    w.key("starts_late").value(coverage.startsLate);
    w.key("ends_early").value(coverage.endsEarly);
    w.endObject();

    w.key("totals").tally(s.totals());
    w.key("by_category");
    tallyObject(w, s.byCategory(),
                [](std::size_t i) { return categoryId(static_cast<Category>(i)); });
    w.key("by_kind");
    tallyObject(w, s.byKind(), [](std::size_t i) { return kindId(static_cast<Kind>(i)); });
    w.key("by_channel");
    tallyObject(w, s.byChannel(), [](std::size_t i) {
        return i == 0 ? std::string_view("none") : channelId(static_cast<Channel>(i));
    });
    w.key("by_basis");
    tallyObject(w, s.byBasis(), [](std::size_t i) {
        return i == 0 ? std::string_view("none") : basisId(static_cast<Basis>(i));
    });

    w.key("by_purpose").beginObject();
    {
        std::map<std::string, Tally> sorted;
        for (std::size_t i = 0; i < s.purposes().size(); ++i)
            sorted[s.purposes()[i].empty() ? "none" : s.purposes()[i]].add(s.byPurpose()[i]);
        for (const auto &[name, t] : sorted)
            w.key(name).tally(t);
    }
    w.endObject();

    const auto parties = s.byParty();
    w.key("by_host").beginObject();
    for (const auto &[party, t] : parties)
        w.key(party).tally(t.total);
    w.endObject();

    w.key("by_via").beginObject();
    for (const auto &[party, t] : s.byVia())
        w.key(party).tally(t);
    w.endObject();

    w.key("by_recipient").beginArray();
    for (const RecipientSummary &r : groupRecipients(s, catalogue)) {
        w.beginObject();
        w.key("id").value(r.id);
        w.key("name").value(r.name);
        if (r.country.isEmpty())
            w.key("country").null();
        else
            w.key("country").value(r.country);
        w.key("known").value(r.known());
        w.key("adequacy").value(adequacyId(r.adequacy));
        w.key("events").value(r.tally.total.events);
        w.key("bytes").value(r.tally.total.bytes);
        w.key("categories").beginArray();
        for (const Category c : allCategories()) {
            if (r.tally.byCategory[static_cast<std::size_t>(c)].events > 0)
                w.value(categoryId(c));
        }
        w.endArray();
        w.key("hosts").beginArray();
        for (const QString &host : r.hosts)
            w.value(host);
        w.endArray();
        w.endObject();
    }
    w.endArray();

    // The format's own kinds of data (a car export's profile), when it has any.
    if (!s.byDataKind().empty()) {
        w.key("by_data_kind").beginObject();
        for (const auto &[kind, t] : s.byDataKind())
            w.key(kind).tally(t);
        w.endObject();
    }

    // What an export tells beyond counts, in plain facts: never a coordinate or an address.
    if (s.details().any())
        writeDetails(w, s.details());

    w.key("by_day").beginObject();
    for (const auto &[day, t] : s.byDay())
        w.key(formatDay(day)).tally(t.total);
    w.endObject();

    // What the capped maps did not keep (SummaryLimits): how many keys and their tally.
    w.key("others").beginObject();
    const auto others = [&w](std::string_view map, const Others &o) {
        w.key(map).beginObject();
        w.key("count").value(o.keys);
        w.key("count_exact").value(o.keysExact);
        w.key("events").value(o.tally.events);
        w.key("bytes").value(o.tally.bytes);
        w.endObject();
    };
    others("by_host", s.otherParties());
    others("by_purpose", s.otherPurposes());
    others("by_via", s.otherVias());
    others("by_day", s.otherDays());
    w.endObject();

    w.endObject();
    std::string out = w.take();
    out += '\n';
    return QByteArray::fromStdString(out);
}

} // namespace vitrine
