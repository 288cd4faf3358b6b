// SPDX-License-Identifier: GPL-3.0-or-later
// How a BMW CarData archive is read: the index with QXmlStreamReader (a DTD refused, depth
// bounded), the JSON files with simdjson, recognised by their shape; records held back until
// the index has named the car, then handed on in the order read.

#include "bmwcardataimporter.h"

#include "bmwtime.h"
#include "bytestream.h"
#include "inputtext.h"
#include "profile.h"
#include "ziparchive.h"

#include <QXmlStreamReader>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace vitrine {

namespace {

constexpr std::string_view kDataHolder = "org:bmw";
constexpr std::string_view kOtherKind = "other";
/** The longest text kept from one field of the index (a charging profile is XML as text). */
constexpr qsizetype kMaxFieldChars = 16 * 1024;
/** The longest fact shown from the export (a tyre's dimension, a service's name). */
constexpr qsizetype kMaxShownChars = 80;

std::string_view baseName(std::string_view name)
{
    const std::size_t slash = name.rfind('/');
    return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

bool containsNoCase(std::string_view text, std::string_view what)
{
    return lowerAscii(text).find(what) != std::string::npos;
}

/** The make a VIN's manufacturer code (WMI) names, for the codes BMW AG uses in Europe. */
std::optional<std::string> makeOf(std::string_view vin)
{
    const std::string_view wmi = vin.substr(0, 3);
    if (wmi == "WBA" || wmi == "WBS" || wmi == "WBY")
        return std::string("BMW");
    if (wmi == "WMW")
        return std::string("MINI");
    return std::nullopt;
}

/** A value that says there is none: the archive writes `null` and `-NA-` for it. */
bool isNoValue(QStringView value)
{
    const QStringView v = value.trimmed();
    return v.isEmpty() || v == u"null" || v == u"NULL" || v == u"-NA-" || v == u"-";
}

/** True when \a head starts an index: markup whose root is `customerArchiveContent`. */
bool looksLikeIndex(std::string_view head)
{
    const std::size_t first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    return first != std::string_view::npos && head[first] == '<' &&
           head.find("<customerArchiveContent") != std::string_view::npos;
}

/** The index's name: it contains `KeyList` and ends in `.xml`, in any case. */
bool namesIndex(std::string_view entryName)
{
    const std::string base = lowerAscii(baseName(entryName));
    return base.find("keylist") != std::string::npos && base.ends_with(".xml");
}

/** The index, by its root or by its name (its root may come after a long comment). */
bool isIndexEntry(std::string_view name, std::string_view head)
{
    return looksLikeIndex(head) || namesIndex(name);
}

/** One record waiting for the index: its time, or the request date when it has none. */
struct PendingRecord
{
    std::optional<std::int64_t> timeUtc;
    std::int64_t position = 0;
    Category category = Category::Vehicle;
    int kind = -1; ///< into the profile's kinds; -1 for other technical data
};

/** The files the index names, by their base names. */
struct NamedFiles
{
    std::string charging;
    std::string maintenance;
    std::string navigation;
};

/** The state of one read: the car, the counts, the records held back, the details. */
class BmwRead
{
public:
    BmwRead(LogSink &sink, LogRead &read)
        : m_sink(sink)
        , m_read(read)
        , m_profile(FormatProfile::bmwCarData())
        , m_kindTyres(m_profile.kindIndex("tyres"))
        , m_kindCharging(m_profile.kindIndex("charging"))
        , m_kindService(m_profile.kindIndex("service"))
        , m_kindWarnings(m_profile.kindIndex("warnings"))
        , m_kindContracts(m_profile.kindIndex("connecteddrive"))
        , m_kindLearned(m_profile.kindIndex("learned-navigation"))
    {
        m_read.counts.unit = PositionUnit::Entry;
        m_read.source.scope.recipients = false; // the archive names only its data holder
        m_read.source.scope.purposes = false;
    }

    /** One file of the archive; false when the read must stop. */
    bool entry(std::string_view name, std::string_view data);
    void finish();

private:
    bool index(std::string_view name, std::string_view data);
    void json(std::string_view name, std::string_view data);
    void charging(simdjson::dom::array sessions);
    void maintenance(simdjson::dom::element root);
    void tyreSet(simdjson::dom::element set, bool mounted);
    void navigation(simdjson::dom::element root);

    void startIndex(const QXmlStreamAttributes &attributes);
    void value(const QString &list, const QString &name, const QString &value, const QString &key,
               const QString &category, const QString &valueTime, const QString &fetchTime);
    void contract(const QString &name, const QString &status, const QString &start,
                  const QString &end);

    void hold(std::optional<std::int64_t> timeUtc, Category category, int kind);
    void send(const PendingRecord &pending);
    void reject(Rejection why, std::string detail)
    {
        ++m_read.counts.rejected;
        RejectedItem item{m_read.counts.total, why, std::move(detail)};
        // The sink hears the car first: what is rejected before the index waits with it.
        if (m_headerSent)
            m_sink.onRejection(item);
        else
            m_pendingRejections.push_back(std::move(item));
    }
    void sendHeader(std::int64_t position);
    LogHeader header(std::int64_t position) const;

    LogSink &m_sink;
    LogRead &m_read;
    const FormatProfile &m_profile;
    const int m_kindTyres, m_kindCharging, m_kindService, m_kindWarnings, m_kindContracts,
        m_kindLearned;
    simdjson::dom::parser m_parser;

    bool m_indexSeen = false;
    bool m_headerSent = false;
    std::string m_indexName;
    std::string m_vin;
    bool m_vinInvalid = false;
    std::optional<std::int64_t> m_requestUtc;
    NamedFiles m_named;
    std::set<std::string> m_seenFiles;
    std::vector<PendingRecord> m_pending;
    std::vector<RejectedItem> m_pendingRejections; ///< at most one per entry
    std::int64_t m_dropped = 0;                    ///< records beyond kMaxPendingRecords

    std::int64_t m_values = 0;
    std::int64_t m_byKey = 0;
    std::int64_t m_byLabel = 0;
    std::int64_t m_byDataCategory = 0;
    std::int64_t m_unmapped = 0;
    std::int64_t m_withoutValue = 0;
    std::int64_t m_undated = 0;
    std::int64_t m_serviceMessages = 0;
    std::int64_t m_checkControlMessages = 0;
    std::int64_t m_tyres = 0;
    std::int64_t m_setAside = 0;
    std::int64_t m_pictures = 0;
};

LogHeader BmwRead::header(std::int64_t position) const
{
    LogHeader h;
    h.position = position;
    h.vin = m_vin;
    h.exporter = "BMW CarData portal";
    h.exportedAtUtc = m_requestUtc;
    h.make = makeOf(m_vin);
    // BMW AG holds the data of both its brands (BMW and MINI).
    h.dataHolders.emplace_back("bmw");
    return h;
}

void BmwRead::send(const PendingRecord &pending)
{
    const std::optional<std::int64_t> time = pending.timeUtc ? pending.timeUtc : m_requestUtc;
    if (!time) {
        ++m_undated;
        return;
    }
    Record record;
    record.line = pending.position;
    record.timeUtc = *time;
    record.kind = Kind::Sent;
    record.to = kDataHolder;
    record.categories = categoryBit(pending.category);
    record.dataKind =
        pending.kind >= 0
            ? std::string_view(m_profile.kinds()[static_cast<std::size_t>(pending.kind)].id)
            : kOtherKind;
    m_sink.onRecord(record);
}

void BmwRead::hold(std::optional<std::int64_t> timeUtc, Category category, int kind)
{
    const PendingRecord pending{timeUtc, m_read.counts.total, category, kind};
    if (m_headerSent) {
        send(pending);
        return;
    }
    // The index names the car and the request date: what comes before it waits.
    if (m_pending.size() >= BmwCarDataImporter::kMaxPendingRecords) {
        ++m_dropped;
        return;
    }
    m_pending.push_back(pending);
}

void BmwRead::startIndex(const QXmlStreamAttributes &attributes)
{
    // Attributes are not fields: each is cut here, so that a hostile one costs nothing later.
    const auto attribute = [&attributes](const char *name, qsizetype max) {
        return attributes.value(QLatin1StringView(name)).left(max).toString().toStdString();
    };
    const std::string given = attribute("vin", 40);
    const std::string vin = upperAscii(given);
    if (isValidVin(vin))
        m_vin = vin;
    else
        m_vinInvalid = !given.empty(); // anonymised or damaged: the advisor confirms the car
    m_requestUtc = parseBmwTime(attribute("requestDate", 40));
    m_named.charging = std::string(baseName(attribute("chargingHistoryFileName", 255)));
    m_named.maintenance = std::string(baseName(attribute("smartMaintenanceFileName", 255)));
    m_named.navigation = std::string(baseName(attribute("learningNavigationFileName", 255)));
    sendHeader(m_read.counts.total);
}

void BmwRead::sendHeader(std::int64_t position)
{
    m_headerSent = true;
    m_sink.onHeader(header(position));
    for (const RejectedItem &r : m_pendingRejections)
        m_sink.onRejection(r);
    m_pendingRejections.clear();
    for (const PendingRecord &p : m_pending)
        send(p);
    m_pending.clear();
    m_pending.shrink_to_fit();
}

void BmwRead::value(const QString &list, const QString &name, const QString &text,
                    const QString &key, const QString &category, const QString &valueTime,
                    const QString &fetchTime)
{
    ++m_values;
    if (isNoValue(text)) {
        ++m_withoutValue;
        return;
    }
    const ProfileEntry *entry = nullptr;
    if (!key.trimmed().isEmpty()) {
        entry = m_profile.find(key.trimmed().toStdString());
        m_byKey += entry ? 1 : 0;
    }
    if (!entry && !name.trimmed().isEmpty()) {
        // Archives of 2019 name their values in the customer's language only.
        entry = m_profile.findByLabel(name.toStdString());
        m_byLabel += entry ? 1 : 0;
    }
    if (!entry) {
        const QString dataCategory = category.trimmed().isEmpty() ? list : category.trimmed();
        entry = m_profile.findByDataCategory(dataCategory.toStdString());
        m_byDataCategory += entry ? 1 : 0;
    }
    std::optional<std::int64_t> time = parseBmwTime(valueTime.toStdString());
    if (!time)
        time = parseBmwTime(fetchTime.toStdString());
    if (entry) {
        hold(time, entry->category, entry->kind);
    } else {
        // Never dropped: counted as other technical data.
        ++m_unmapped;
        hold(time, Category::Vehicle, -1);
    }
}

void BmwRead::contract(const QString &name, const QString &status, const QString &start,
                       const QString &end)
{
    ExportDetails &d = m_read.details;
    d.contractsPresent = true;
    ServiceContract c;
    c.name = cleanInputText(name.toStdString(), kMaxShownChars);
    c.status = cleanInputText(status.toStdString(), kMaxShownChars);
    c.startUtc = parseBmwTime(start.toStdString());
    c.endUtc = parseBmwTime(end.toStdString());
    const std::string state = lowerAscii(status.trimmed().toStdString());
    if (state == "active" || state == "aktiv" || state == "activated") {
        c.active = true;
    } else if (state.empty() && m_requestUtc) {
        // No status: a period that holds the request date is running.
        c.active = (!c.startUtc || *c.startUtc <= *m_requestUtc) &&
                   (!c.endUtc || *m_requestUtc < *c.endUtc);
    }
    hold(m_requestUtc, Category::Identity, m_kindContracts);
    if (d.contracts.size() < ExportDetails::kMaxContracts)
        d.contracts.push_back(std::move(c));
    else
        ++d.moreContracts;
}

bool BmwRead::index(std::string_view name, std::string_view data)
{
    if (m_indexSeen) {
        // Two indexes are two archives (two requests, maybe two cars): never one review.
        m_read.refusal = {Refusal::SeveralLogs, m_read.counts.total,
                          m_indexName + " " + cleanInputText(name, 120), PositionUnit::Entry};
        return false;
    }
    m_indexSeen = true;
    m_indexName = cleanInputText(name, 120);

    // Where each element sits: only the levels the index defines are read, the rest skipped.
    enum class Ctx : std::uint8_t {
        Root,
        Basic,
        List,
        Value,
        CbsList,
        CbsMessage,
        CcmList,
        Contract,
        Period,
        Field,
        Skip
    };
    struct Level
    {
        Ctx ctx;
        QString *field = nullptr;
    };
    std::vector<Level> levels;
    QString list, vName, vValue, vKey, vCategory, vTime, vFetch, listTime, cbsTime, ccmTime;
    QString cName, cStatus, cStart, cEnd;
    std::int64_t cbsInList = 0;
    std::int64_t ccmInList = 0;

    QXmlStreamReader xml(QByteArray::fromRawData(data.data(), static_cast<qsizetype>(data.size())));
    xml.setNamespaceProcessing(false);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            // A DTD can declare entities that expand without end: such a file is not read.
            reject(Rejection::XmlDoctype, m_indexName);
            return true;
        }
        if (token == QXmlStreamReader::StartElement) {
            if (levels.size() >= static_cast<std::size_t>(BmwCarDataImporter::kMaxXmlDepth)) {
                reject(Rejection::XmlTooDeep, m_indexName);
                return true;
            }
            const QStringView n = xml.name();
            Level next{Ctx::Skip};
            const Ctx parent = levels.empty() ? Ctx::Skip : levels.back().ctx;
            if (levels.empty()) {
                if (n != u"customerArchiveContent") {
                    reject(Rejection::XmlBroken,
                           m_indexName + "\t" + std::to_string(xml.lineNumber()));
                    return true;
                }
                next.ctx = Ctx::Root;
                startIndex(xml.attributes());
            } else if (parent == Ctx::Root) {
                if (n == u"basicVehicleData" || n == u"telematicValueList") {
                    next.ctx = Ctx::List;
                    // A data category is a short word: a longer attribute is not one.
                    list = xml.attributes()
                               .value(QLatin1StringView("dataCategory"))
                               .left(64)
                               .toString();
                    if (list.isEmpty() && n == u"basicVehicleData")
                        list = QStringLiteral("BASIC_DATA");
                    listTime.clear();
                } else if (n == u"casaContractDetailsDataList") {
                    next.ctx = Ctx::Contract;
                    cName.clear();
                    cStatus.clear();
                    cStart.clear();
                    cEnd.clear();
                } else if (n == u"vehicleImage") {
                    ++m_pictures;
                }
            } else if (parent == Ctx::List) {
                if (n == u"telematicValue") {
                    next.ctx = Ctx::Value;
                    for (QString *s : {&vName, &vValue, &vKey, &vCategory, &vTime, &vFetch})
                        s->clear();
                } else if (n == u"cbsMessageList") {
                    next.ctx = Ctx::CbsList;
                    cbsTime.clear();
                    cbsInList = 0;
                } else if (n == u"ccmMessageList") {
                    next.ctx = Ctx::CcmList;
                    ccmTime.clear();
                    ccmInList = 0;
                } else if (n == u"valueTimestamp") {
                    next = {Ctx::Field, &listTime};
                }
            } else if (parent == Ctx::Value) {
                QString *target = n == u"name"               ? &vName
                                  : n == u"value"            ? &vValue
                                  : n == u"telematicKeyName" ? &vKey
                                  : n == u"dataCategoryType" ? &vCategory
                                  : n == u"valueTimestamp"   ? &vTime
                                  : n == u"fetchTimestamp"   ? &vFetch
                                                             : nullptr;
                if (target)
                    next = {Ctx::Field, target};
            } else if (parent == Ctx::CbsList) {
                if (n == u"cbsMessage") {
                    next.ctx = Ctx::CbsMessage;
                    ++cbsInList;
                } else if (n == u"valueTimestamp") {
                    next = {Ctx::Field, &cbsTime};
                }
            } else if (parent == Ctx::CcmList) {
                if (n == u"ccmMessage")
                    ++ccmInList;
                else if (n == u"valueTimestamp")
                    next = {Ctx::Field, &ccmTime};
            } else if (parent == Ctx::Contract) {
                if (n == u"name")
                    next = {Ctx::Field, &cName};
                else if (n == u"status")
                    next = {Ctx::Field, &cStatus};
                else if (n == u"contractPeriod")
                    next.ctx = Ctx::Period;
            } else if (parent == Ctx::Period) {
                if (n == u"start")
                    next = {Ctx::Field, &cStart};
                else if (n == u"end")
                    next = {Ctx::Field, &cEnd};
            }
            levels.push_back(next);
        } else if (token == QXmlStreamReader::Characters) {
            if (!levels.empty() && levels.back().ctx == Ctx::Field) {
                QString *field = levels.back().field;
                if (field->size() < kMaxFieldChars)
                    field->append(xml.text().left(kMaxFieldChars - field->size()));
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (levels.empty())
                break;
            const Ctx ending = levels.back().ctx;
            levels.pop_back();
            if (ending == Ctx::Value) {
                value(list, vName, vValue, vKey, vCategory, vTime, vFetch);
            } else if (ending == Ctx::CbsList) {
                // Each message says when a service is due; the list's own time says when the
                // car reported them (it comes after the messages).
                m_serviceMessages += cbsInList;
                const std::optional<std::int64_t> when = parseBmwTime(cbsTime.toStdString());
                for (std::int64_t i = 0; i < cbsInList; ++i)
                    hold(when, Category::Vehicle, m_kindService);
                cbsInList = 0;
            } else if (ending == Ctx::CcmList) {
                m_checkControlMessages += ccmInList;
                const std::optional<std::int64_t> when = parseBmwTime(ccmTime.toStdString());
                for (std::int64_t i = 0; i < ccmInList; ++i)
                    hold(when, Category::Vehicle, m_kindWarnings);
                ccmInList = 0;
            } else if (ending == Ctx::Contract) {
                contract(cName, cStatus, cStart, cEnd);
            }
        }
    }
    if (xml.hasError()) {
        // What came before the damage is kept; the rest of the index is said to be lost.
        reject(Rejection::XmlBroken, m_indexName + "\t" + std::to_string(xml.lineNumber()));
        return true;
    }
    ++m_read.counts.accepted;
    return true;
}

/** Text of \a key in \a object, cleaned, or "" when absent or not text or a number. */
std::string textOf(simdjson::dom::element object, std::string_view key)
{
    simdjson::dom::element e;
    if (object[key].get(e))
        return {};
    std::string_view s;
    if (!e.get_string().get(s))
        return cleanInputText(s, kMaxShownChars);
    std::int64_t i = 0;
    if (!e.get_int64().get(i))
        return std::to_string(i);
    return {};
}

std::optional<double> numberOf(simdjson::dom::element object, std::string_view key)
{
    simdjson::dom::element e;
    double d = 0;
    if (object[key].get(e) || e.get_double().get(d))
        return std::nullopt;
    return d;
}

bool isObject(simdjson::dom::element object, std::string_view key)
{
    simdjson::dom::element e;
    return !object[key].get(e) && e.is_object();
}

void BmwRead::charging(simdjson::dom::array sessions)
{
    ChargingHistory &h = m_read.details.charging;
    h.present = true;
    std::set<std::string> providers(h.providers.begin(), h.providers.end());
    for (simdjson::dom::element s : sessions) {
        if (!s.is_object())
            continue;
        ++h.sessions;
        std::optional<std::int64_t> start;
        if (const auto t = numberOf(s, "startTime"))
            start = epochSeconds(*t);
        std::optional<std::int64_t> end;
        if (const auto t = numberOf(s, "endTime"))
            end = epochSeconds(*t);
        const std::optional<std::int64_t> when = start ? start : end;
        if (when) {
            h.firstUtc = std::min(h.firstUtc.value_or(*when), *when);
            h.lastUtc = std::max(h.lastUtc.value_or(end.value_or(*when)), end.value_or(*when));
        }
        simdjson::dom::object place;
        if (!s["chargingLocation"].get_object().get(place) && place.size() > 0)
            ++h.withPlace;
        if (const auto kwh = numberOf(s, "energyConsumedFromPowerGridKwh");
            kwh && *kwh > 0 && *kwh < 1e6)
            h.energyKwh += *kwh;
        // The first match is the likeliest provider; its address is never read.
        simdjson::dom::element point;
        simdjson::dom::array matches;
        if (!s["publicChargingPoint"].get(point) && point.is_object() &&
            !point["potentialChargingPointMatches"].get_array().get(matches)) {
            for (simdjson::dom::element m : matches) {
                const std::string provider = m.is_object() ? textOf(m, "providerName") : "";
                if (!provider.empty() && providers.insert(provider).second) {
                    if (h.providers.size() < ChargingHistory::kMaxProviders)
                        h.providers.push_back(provider);
                    else
                        ++h.moreProviders;
                }
                break;
            }
        }
        hold(when, Category::Energy, m_kindCharging);
    }
}

void BmwRead::tyreSet(simdjson::dom::element set, bool mounted)
{
    using Wheel = TyreFacts::Wheel;
    static constexpr std::array<std::pair<Wheel, std::string_view>, 4> kWheels{{
        {Wheel::FrontLeft, "frontLeft"},
        {Wheel::FrontRight, "frontRight"},
        {Wheel::RearLeft, "rearLeft"},
        {Wheel::RearRight, "rearRight"},
    }};
    TyreSetFacts facts;
    facts.mounted = mounted;
    facts.label = textOf(set, "label");
    simdjson::dom::element quality;
    if (!set["aggregatedQualityStatus"].get(quality) && quality.is_object()) {
        facts.quality = textOf(quality, "value");
        if (facts.quality.empty())
            facts.quality = textOf(quality, "qualityStatus");
    }
    for (const auto &[wheel, key] : kWheels) {
        simdjson::dom::element t;
        if (set[key].get(t) || !t.is_object())
            continue;
        TyreFacts tyre;
        tyre.wheel = wheel;
        simdjson::dom::element part;
        if (!t["dimension"].get(part) && part.is_object()) {
            tyre.dimension = textOf(part, "value");
            const std::string width = textOf(part, "sectionWidth");
            const std::string ratio = textOf(part, "aspectRatio");
            const std::string rim = textOf(part, "rimDiameter");
            if (tyre.dimension.empty() && !width.empty() && !ratio.empty() && !rim.empty()) {
                const std::string load = textOf(part, "loadIndex");
                const std::string speed = textOf(part, "speedRating");
                tyre.dimension = width + "/" + ratio + " R" + rim;
                if (!load.empty() || !speed.empty())
                    tyre.dimension += " " + load + speed;
            }
        }
        if (!t["season"].get(part) && part.is_object()) {
            tyre.seasonText = textOf(part, "value");
            std::string code = lowerAscii(textOf(part, "season"));
            std::erase_if(code, [](char c) { return c == '_' || c == '-' || c == ' '; });
            tyre.seasonCode = code == "summer"                              ? "summer"
                              : code == "winter"                            ? "winter"
                              : code == "allseason" || code == "allseasons" ? "all-season"
                                                                            : "";
        }
        if (!t["tread"].get(part) && part.is_object()) {
            tyre.manufacturer = textOf(part, "manufacturer");
            tyre.treadDesign = textOf(part, "treadDesign");
        }
        if (!t["tyreProductionDate"].get(part) && part.is_object())
            tyre.productionDate = textOf(part, "value");
        if (!t["mountingDate"].get(part) && part.is_object()) {
            tyre.mountingDate = textOf(part, "mountingDate");
            if (tyre.mountingDate.empty())
                tyre.mountingDate = textOf(part, "value");
        }
        if (!t["tyreWear"].get(part) && part.is_object()) {
            const std::string colour = lowerAscii(textOf(part, "statusColor"));
            if (colour == "green" || colour == "yellow" || colour == "orange" || colour == "red")
                tyre.wearColour = colour;
        }
        if (!t["runFlat"].get(part) && part.is_object()) {
            bool runFlat = false;
            if (!part["runFlat"].get_bool().get(runFlat))
                tyre.runFlat = runFlat;
        }
        ++m_tyres;
        hold(std::nullopt, Category::Vehicle, m_kindTyres);
        facts.tyres.push_back(std::move(tyre));
    }
    if (!facts.tyres.empty() || !facts.label.empty())
        m_read.details.tyreSets.push_back(std::move(facts));
}

void BmwRead::maintenance(simdjson::dom::element root)
{
    m_read.details.tyresPresent = true;
    simdjson::dom::element car;
    if (root["passengerCar"].get(car) || !car.is_object())
        return;
    for (const bool mounted : {true, false}) {
        simdjson::dom::element set;
        if (!car[mounted ? "mountedTyres" : "unmountedTyres"].get(set) && set.is_object() &&
            m_read.details.tyreSets.size() < 8)
            tyreSet(set, mounted);
    }
}

void BmwRead::navigation(simdjson::dom::element root)
{
    LearnedNavigation &n = m_read.details.learned;
    n.present = true;
    // When the car learned a place or a route, if it says so; else the request date.
    const auto learnedAt = [](simdjson::dom::element object) -> std::optional<std::int64_t> {
        for (const std::string_view key :
             {"dateTimeUpdated", "modified", "dateTimeCreated", "created"}) {
            std::string_view s;
            if (!object[key].get_string().get(s)) {
                if (const auto t = parseBmwTime(s))
                    return t;
            }
        }
        return std::nullopt;
    };
    simdjson::dom::array items;
    if (!root["places"].get_array().get(items)) {
        for (simdjson::dom::element item : items) {
            ++n.places;
            simdjson::dom::element place;
            std::optional<std::int64_t> when;
            if (!item["place"].get(place) && place.is_object()) {
                simdjson::dom::element learned;
                std::string_view label;
                if (!place["learnedLabel"].get(learned) && learned.is_object() &&
                    !learned["label"].get_string().get(label) && !label.empty())
                    ++n.labelledPlaces;
                when = learnedAt(place);
            }
            hold(when, Category::Location, m_kindLearned);
        }
    }
    if (!root["routes"].get_array().get(items)) {
        for (simdjson::dom::element item : items) {
            ++n.routes;
            simdjson::dom::element route;
            std::optional<std::int64_t> when;
            if (!item["route"].get(route) && route.is_object())
                when = learnedAt(route);
            hold(when, Category::Location, m_kindLearned);
        }
    }
    if (!root["transitions"].get_array().get(items))
        for ([[maybe_unused]] simdjson::dom::element item : items)
            ++n.transitions; // size() stops counting at 2^24 - 1
}

void BmwRead::json(std::string_view name, std::string_view data)
{
    const std::string base(baseName(name));
    simdjson::dom::element root;
    if (m_parser.parse(data.data(), data.size()).get(root)) {
        reject(Rejection::FileNotJson, cleanInputText(name, 120));
        return;
    }
    if (root.is_array()) {
        const simdjson::dom::array sessions = root.get_array().value_unsafe();
        bool looksLikeCharging = base == m_named.charging || containsNoCase(base, "charging");
        for (simdjson::dom::element first : sessions) {
            looksLikeCharging |= first.is_object() && (isObject(first, "chargingLocation") ||
                                                       numberOf(first, "startTime").has_value());
            break;
        }
        if (looksLikeCharging) {
            ++m_read.counts.accepted;
            charging(sessions);
            return;
        }
    } else if (root.is_object()) {
        simdjson::dom::element e;
        if (!root["passengerCar"].get(e) || base == m_named.maintenance ||
            (!root["errors"].get(e) && containsNoCase(base, "maintenance"))) {
            ++m_read.counts.accepted;
            maintenance(root);
            return;
        }
        if (!root["places"].get(e) || !root["routes"].get(e) || !root["transitions"].get(e) ||
            base == m_named.navigation) {
            ++m_read.counts.accepted;
            navigation(root);
            return;
        }
    }
    ++m_setAside;
    ++m_read.counts.blank;
}

bool BmwRead::entry(std::string_view name, std::string_view data)
{
    ++m_read.counts.total;
    // An empty file the index names is there, only empty: it is not "not found".
    m_seenFiles.insert(std::string(baseName(name)));
    if (data.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        ++m_read.counts.blank;
        return true;
    }
    // The index by its root, or by its name when its root comes late (a long comment first).
    if (isIndexEntry(name, data.substr(0, Importer::kSniffBytes)))
        return index(name, data);
    const std::string lower = lowerAscii(baseName(name));
    if (lower.ends_with(".json") || jsonObjectStart(data.substr(0, 64)).size() > 0 ||
        data.front() == '[') {
        json(name, data);
        return true;
    }
    // The car's picture, BMW's catalogue as PDF, a logo: not data about the car's use.
    ++m_setAside;
    ++m_read.counts.blank;
    return true;
}

void BmwRead::finish()
{
    if (!m_headerSent) {
        // No readable index: the records wait no longer, with no request date to date them.
        sendHeader(0);
    }
    std::int64_t missing = 0;
    for (const std::string *named : {&m_named.charging, &m_named.maintenance, &m_named.navigation})
        missing += !named->empty() && !m_seenFiles.contains(*named) ? 1 : 0;
    auto &counts = m_read.source.formatCounts;
    counts.emplace_back("files", m_read.counts.total);
    counts.emplace_back("telematic_values", m_values);
    counts.emplace_back("values_by_key_name", m_byKey);
    counts.emplace_back("values_by_name", m_byLabel);
    counts.emplace_back("values_by_data_category", m_byDataCategory);
    counts.emplace_back("values_not_in_profile", m_unmapped);
    counts.emplace_back("values_without_value", m_withoutValue);
    counts.emplace_back("items_without_time", m_undated);
    counts.emplace_back("service_messages", m_serviceMessages);
    counts.emplace_back("check_control_messages", m_checkControlMessages);
    counts.emplace_back("charging_sessions", m_read.details.charging.sessions);
    counts.emplace_back("tyres", m_tyres);
    counts.emplace_back("learned_places", m_read.details.learned.places);
    counts.emplace_back("learned_routes", m_read.details.learned.routes);
    counts.emplace_back("contracts", static_cast<std::int64_t>(m_read.details.contracts.size()) +
                                         m_read.details.moreContracts);
    counts.emplace_back("files_set_aside", m_setAside);
    counts.emplace_back("files_named_not_found", missing);
    counts.emplace_back("items_not_read", m_dropped);
    counts.emplace_back("vin_not_valid", m_vinInvalid && m_vin.empty() ? 1 : 0);
}

} // namespace

QStringList BmwCarDataImporter::filePatterns() const
{
    return {QStringLiteral("*.zip"), QStringLiteral("*KeyList*.xml")};
}

bool BmwCarDataImporter::namesArchiveEntry(std::string_view entryName) const
{
    return namesIndex(entryName);
}

bool BmwCarDataImporter::sniffEntry(std::string_view name, std::string_view head) const
{
    return isIndexEntry(name, head);
}

bool BmwCarDataImporter::sniff(std::string_view head) const
{
    // The root element, after the XML declaration, comments and (refused later) a DTD.
    return looksLikeIndex(head);
}

void BmwCarDataImporter::read(ByteStream &raw, LogSink &sink, LogRead &read) const
{
    std::string data;
    if (!readWholeInput(raw, kMaxIndexBytes, data, read.refusal))
        return;
    BmwRead state(sink, read);
    if (state.entry(read.source.name, data))
        state.finish();
}

void BmwCarDataImporter::readEntries(EntrySource &entries, LogSink &sink, LogRead &read) const
{
    BmwRead state(sink, read);
    entries.forEach(
        [&state](const ArchiveEntry &entry) { return state.entry(entry.name, entry.data); });
    if (read.ok())
        state.finish();
}

} // namespace vitrine
