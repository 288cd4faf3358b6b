// SPDX-License-Identifier: GPL-3.0-or-later
// How a Volkswagen group export is read: each dataset parsed with simdjson, its items mapped by
// key, its day from the item's own time, else the dataset's captured time, else the delivery's
// time in its file name; repeats found by fingerprint, empty deliveries counted.

#include "vwdataactimporter.h"

#include "bytestream.h"
#include "catalogue.h"
#include "inputtext.h"
#include "profile.h"
#include "rfc3339.h"
#include "ziparchive.h"

#include <QRegularExpression>

#include <simdjson.h>

#include <optional>
#include <string>
#include <unordered_set>

namespace vitrine {

namespace {

constexpr std::string_view kDataHolder = "org:volkswagen";
constexpr std::string_view kOtherKind = "other";

/** The catalogue id of the brand a VIN's manufacturer code (WMI) names; empty when unknown. */
std::string_view brandOf(std::string_view vin)
{
    const std::string_view wmi = vin.substr(0, 3);
    if (wmi == "WVW" || wmi == "WVG" || wmi == "WV1" || wmi == "WV2" || wmi == "1VW" ||
        wmi == "3VW")
        return "volkswagen";
    if (wmi == "WAU" || wmi == "WUA" || wmi == "TRU")
        return "audi";
    if (wmi == "TMB")
        return "skoda";
    if (wmi == "VSS")
        return "seat-cupra";
    return {};
}

/** A time as the export writes it: ISO 8601 / RFC 3339, or epoch seconds or milliseconds. */
std::optional<std::int64_t> decodeTime(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    bool digits = true;
    for (const char c : text)
        digits &= c >= '0' && c <= '9';
    if (digits) {
        if (text.size() > 13)
            return std::nullopt;
        std::int64_t n = 0;
        for (const char c : text)
            n = n * 10 + (c - '0');
        if (text.size() == 13)
            return n / 1000;
        if (text.size() == 10)
            return n;
        return std::nullopt;
    }
    return parseRfc3339(text);
}

/** The part of an entry's name that names its delivery: the first ZIP on its path; else empty. */
std::string_view deliveryOf(std::string_view name)
{
    std::size_t start = 0;
    for (;;) {
        const std::size_t slash = name.find('/', start);
        const std::string_view part = name.substr(0, slash);
        const std::string_view last = part.substr(start);
        if (last.size() > 4) {
            const std::string_view ext = last.substr(last.size() - 4);
            if (ext == ".zip" || ext == ".ZIP")
                return part;
        }
        if (slash == std::string_view::npos)
            return {};
        start = slash + 1;
    }
}

/** The delivery's time and VIN from its name, `<timestamp>_<VIN>.zip`. */
struct DeliveryName
{
    std::optional<std::int64_t> timeUtc;
    std::string vin;
};

DeliveryName parseDeliveryName(std::string_view delivery)
{
    DeliveryName out;
    std::string_view base = delivery.substr(delivery.rfind('/') + 1);
    if (base.size() > 4 && (base.ends_with(".zip") || base.ends_with(".ZIP")))
        base.remove_suffix(4);
    if (const std::size_t marker = base.find("_no_content_found"); marker != base.npos)
        base = base.substr(0, marker);
    const std::size_t underscore = base.rfind('_');
    if (underscore == base.npos)
        return out;
    const std::string vin = upperAscii(base.substr(underscore + 1));
    if (isValidVin(vin))
        out.vin = vin;
    // Whatever separators the stamp has, its digits are seconds, milliseconds or a date-time.
    std::string digits;
    for (const char c : base.substr(0, underscore)) {
        if (c >= '0' && c <= '9')
            digits += c;
    }
    if (digits.size() == 10 || digits.size() == 13) {
        out.timeUtc = decodeTime(digits);
    } else if (digits.size() == 14) {
        const std::string iso = digits.substr(0, 4) + '-' + digits.substr(4, 2) + '-' +
                                digits.substr(6, 2) + 'T' + digits.substr(8, 2) + ':' +
                                digits.substr(10, 2) + ':' + digits.substr(12, 2) + 'Z';
        out.timeUtc = parseRfc3339(iso);
    }
    return out;
}

/** An entry that holds nothing: 0 bytes, only a VIN, or a name that says so. */
bool isEmptyDelivery(std::string_view name, std::string_view data)
{
    if (name.find("_no_content_found") != std::string_view::npos)
        return true;
    std::size_t b = data.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos)
        return true;
    const std::size_t e = data.find_last_not_of(" \t\r\n");
    const std::string_view trimmed = data.substr(b, e - b + 1);
    return trimmed.size() == 17 && isValidVin(upperAscii(trimmed));
}

/** The state of one read: counts, the car, the datasets already seen. */
class VwRead
{
public:
    VwRead(LogSink &sink, LogRead &read)
        : m_sink(sink)
        , m_read(read)
        , m_profile(FormatProfile::vwDataAct())
    {
        m_read.counts.unit = PositionUnit::Dataset;
        m_read.source.scope.recipients = false; // the export names only its data holder
        m_read.source.scope.purposes = false;
    }

    /** One entry; false when the read must stop (two cars). */
    bool entry(std::string_view name, std::string_view data, const std::string &sha256Hex);
    void finish();

private:
    void startDelivery(std::string_view delivery);
    void closeDelivery();
    bool dataset(std::string_view name, std::string_view data);
    void reject(Rejection why, std::string detail)
    {
        ++m_read.counts.rejected;
        m_sink.onRejection(RejectedItem{m_read.counts.total, why, std::move(detail)});
    }
    bool noteVin(std::string_view vin);
    LogHeader header(std::int64_t position) const;

    LogSink &m_sink;
    LogRead &m_read;
    const FormatProfile &m_profile;
    simdjson::dom::parser m_parser;
    std::unordered_set<std::string> m_seen;
    std::string m_delivery;
    bool m_inDelivery = false;
    bool m_deliveryHadData = false;
    std::optional<std::int64_t> m_deliveryTime;
    std::string m_vin;
    bool m_sawInvalidVin = false;
    bool m_headerSent = false;
    std::int64_t m_deliveries = 0;
    std::int64_t m_emptyDeliveries = 0;
    std::int64_t m_items = 0;
    std::int64_t m_unmapped = 0;
    std::int64_t m_withoutValue = 0;
    std::int64_t m_undated = 0;
    std::int64_t m_firstTime = INT64_MAX;
    std::int64_t m_lastTime = INT64_MIN;
};

void VwRead::startDelivery(std::string_view delivery)
{
    if (m_inDelivery && delivery == m_delivery)
        return;
    closeDelivery();
    m_inDelivery = true;
    m_delivery.assign(delivery);
    m_deliveryHadData = false;
    const DeliveryName parsed = parseDeliveryName(delivery);
    m_deliveryTime = parsed.timeUtc;
    ++m_deliveries;
    if (!parsed.vin.empty() && m_vin.empty())
        m_vin = parsed.vin;
}

void VwRead::closeDelivery()
{
    if (m_inDelivery && !m_deliveryHadData)
        ++m_emptyDeliveries;
    m_inDelivery = false;
}

LogHeader VwRead::header(std::int64_t position) const
{
    LogHeader h;
    h.position = position;
    h.vin = m_vin;
    h.exporter = "Volkswagen EU Data Act portal";
    // Volkswagen AG holds the data of every brand of the group; the brand's company as well.
    h.dataHolders.emplace_back("volkswagen");
    const std::string_view brand = brandOf(m_vin);
    if (!brand.empty()) {
        if (const Recipient *r = Catalogue::builtIn().byId(QString::fromUtf8(brand)))
            h.make = r->commonName.toStdString();
        if (brand != "volkswagen")
            h.dataHolders.emplace_back(brand);
    }
    return h;
}

bool VwRead::noteVin(std::string_view given)
{
    const std::string vin = upperAscii(given);
    if (!isValidVin(vin)) {
        // Anonymised or damaged: the advisor confirms the car; the file is not refused.
        m_sawInvalidVin = !given.empty();
        return true;
    }
    if (m_vin.empty() || m_vin == vin) {
        m_vin = vin;
        return true;
    }
    // Two cars' deliveries in one folder are two reviews, never one.
    m_read.refusal = {Refusal::SeveralVehicles, m_read.counts.total, m_vin + " " + vin,
                      PositionUnit::Dataset};
    return false;
}

bool VwRead::entry(std::string_view name, std::string_view data, const std::string &sha256Hex)
{
    // Datasets straight inside the ZIP given (or the dataset given) are that one delivery.
    std::string_view delivery = deliveryOf(name);
    if (delivery.empty())
        delivery = m_read.source.folder ? name : std::string_view(m_read.source.name);
    startDelivery(delivery);
    ++m_read.counts.total;
    if (isEmptyDelivery(name, data)) {
        ++m_read.counts.blank;
        return true;
    }
    m_deliveryHadData = true;
    // The portal delivers the same snapshot again and again: one dataset counts once.
    if (!m_seen.insert(sha256Hex).second) {
        ++m_read.counts.repeated;
        return true;
    }
    return dataset(name, data);
}

bool VwRead::dataset(std::string_view name, std::string_view data)
{
    using namespace simdjson;
    dom::element root;
    if (m_parser.parse(data.data(), data.size()).get(root) || !root.is_object()) {
        reject(Rejection::DatasetNotJson, cleanInputText(name, 120));
        return true;
    }
    dom::array items;
    if (root["Data"].get_array().get(items)) {
        reject(Rejection::DatasetNoData, cleanInputText(name, 120));
        return true;
    }
    std::string_view vin;
    if (!root["vin"].get_string().get(vin) && !noteVin(vin))
        return false;
    if (!m_headerSent && !m_vin.empty()) {
        // The header goes once the car is known; finish() sends it when none ever was.
        m_headerSent = true;
        m_sink.onHeader(header(m_read.counts.total));
    }
    ++m_read.counts.accepted;

    // The dataset's captured time: what its time keys say, when an item has no time of its own.
    std::optional<std::int64_t> captured;
    std::optional<std::int64_t> delivered;
    for (dom::element item : items) {
        std::string_view key;
        std::string_view value;
        if (item["key"].get_string().get(key) || item["value"].get_string().get(value))
            continue;
        const ProfileEntry *entry = m_profile.find(key);
        if (!entry || entry->time == TimeRole::None)
            continue;
        const std::optional<std::int64_t> t = decodeTime(value);
        if (t && entry->time == TimeRole::Captured && !captured)
            captured = t;
        if (t && entry->time == TimeRole::Delivery && !delivered)
            delivered = t;
    }
    const std::optional<std::int64_t> datasetTime =
        captured ? captured : (delivered ? delivered : m_deliveryTime);

    for (dom::element item : items) {
        ++m_items;
        std::string_view key;
        if (item["key"].get_string().get(key))
            key = {};
        dom::element value;
        const bool hasValue = !item["value"].get(value) && !value.is_null();
        if (!hasValue) {
            ++m_withoutValue;
            continue;
        }
        std::optional<std::int64_t> time;
        std::string_view stamp;
        if (!item["timestampUtc"].get_string().get(stamp))
            time = decodeTime(stamp);
        if (!time)
            time = datasetTime;
        if (!time) {
            ++m_undated;
            continue;
        }
        const ProfileEntry *entry = key.empty() ? nullptr : m_profile.find(key);
        Record record;
        record.line = m_read.counts.total;
        record.timeUtc = *time;
        record.kind = Kind::Sent;
        record.to = kDataHolder;
        if (entry) {
            record.categories = categoryBit(entry->category);
            record.dataKind = m_profile.kinds()[entry->kind].id;
        } else {
            // A key the profile does not know yet: other technical data, never dropped.
            ++m_unmapped;
            record.categories = categoryBit(Category::Vehicle);
            record.dataKind = kOtherKind;
        }
        m_firstTime = std::min(m_firstTime, *time);
        m_lastTime = std::max(m_lastTime, *time);
        m_sink.onRecord(record);
    }
    return true;
}

void VwRead::finish()
{
    closeDelivery();
    if (!m_headerSent) {
        m_sink.onHeader(header(0));
        m_headerSent = true;
    }
    auto &counts = m_read.source.formatCounts;
    counts.emplace_back("deliveries", m_deliveries);
    counts.emplace_back("empty_deliveries", m_emptyDeliveries);
    counts.emplace_back("items", m_items);
    counts.emplace_back("items_not_in_profile", m_unmapped);
    counts.emplace_back("items_without_value", m_withoutValue);
    counts.emplace_back("items_without_time", m_undated);
    counts.emplace_back("vin_not_valid", m_sawInvalidVin && m_vin.empty() ? 1 : 0);
}

} // namespace

bool VwDataActImporter::isFolderMember(const QString &fileName) const
{
    static const QRegularExpression delivery(
        QStringLiteral("^.+_[A-HJ-NPR-Z0-9]{17}(_no_content_found)?\\.zip$"),
        QRegularExpression::CaseInsensitiveOption);
    return delivery.match(fileName).hasMatch();
}

std::optional<qint64> VwDataActImporter::memberTimeUtc(const QString &fileName) const
{
    // The notes name the first part only "<timestamp>"; the portal's names seen so far carry
    // epoch milliseconds. Anything else (or a time outside 2000-2099) says no time at all.
    static const QRegularExpression delivery(
        QStringLiteral("^([0-9]{10}|[0-9]{13})_[A-HJ-NPR-Z0-9]{17}(_no_content_found)?\\.zip$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = delivery.match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    const QStringView digits = m.capturedView(1);
    const qint64 n = digits.toLongLong();
    const qint64 seconds = digits.size() == 13 ? n / 1000 : n;
    constexpr qint64 k2000 = 946684800;  // 2000-01-01T00:00:00Z
    constexpr qint64 k2100 = 4102444800; // 2100-01-01T00:00:00Z
    if (seconds < k2000 || seconds >= k2100)
        return std::nullopt;
    return seconds;
}

QStringList VwDataActImporter::filePatterns() const
{
    return {QStringLiteral("*.zip"), QStringLiteral("*.json")};
}

bool VwDataActImporter::sniff(std::string_view head) const
{
    head = jsonObjectStart(head);
    if (head.empty())
        return false;
    return head.find("\"Data\"") != std::string_view::npos &&
           (head.find("\"dataFieldName\"") != std::string_view::npos ||
            head.find("\"vin\"") != std::string_view::npos);
}

bool VwDataActImporter::sniffEntry(std::string_view name, std::string_view head) const
{
    return name.find("_no_content_found") != std::string_view::npos || sniff(head);
}

void VwDataActImporter::read(ByteStream &raw, LogSink &sink, LogRead &read) const
{
    HashingStream hashed(raw);
    std::string data;
    if (!readWholeInput(hashed, kMaxDatasetBytes, data, read.refusal))
        return;
    VwRead state(sink, read);
    state.entry({}, data, hashed.sha256Hex());
    state.finish();
}

void VwDataActImporter::readEntries(EntrySource &entries, LogSink &sink, LogRead &read) const
{
    VwRead state(sink, read);
    entries.forEach([&state](const ArchiveEntry &entry) {
        return state.entry(entry.name, entry.data, entry.sha256Hex);
    });
    if (read.ok())
        state.finish();
}

} // namespace vitrine
