// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness of the BMW CarData importer: any bytes as the index alone, as each JSON file
// of an archive beside a valid index, and as the archive's ZIP when they are one.

#include "bmwcardataimporter.h"
#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view kIndex =
    "<?xml version=\"1.0\"?><customerArchiveContent vin=\"WBY31AW0X0FP00001\" "
    "requestDate=\"01-10-2025\" chargingHistoryFileName=\"charging.json\" "
    "smartMaintenanceFileName=\"tyres.json\" learningNavigationFileName=\"navigation.json\">"
    "<telematicValueList "
    "dataCategory=\"VEHICLE_STATUS\"><telematicValue><name>Kilometerstand</name>"
    "<value>1</value><valueTimestamp>21.02.2019 10:00:16</valueTimestamp></telematicValue>"
    "</telematicValueList></customerArchiveContent>";

/** The fuzzed bytes under each name the index gives, after the index, as in an archive. */
class BesideIndex final : public vitrine::EntrySource
{
public:
    explicit BesideIndex(std::string_view bytes)
        : m_bytes(bytes)
    {}
    void forEach(const std::function<bool(const vitrine::ArchiveEntry &)> &onEntry) override
    {
        for (const char *name :
             {"CarData_KeyList.xml", "charging.json", "tyres.json", "navigation.json", "x.json"}) {
            vitrine::ArchiveEntry entry;
            entry.name = name;
            entry.data = entry.name == "CarData_KeyList.xml" ? kIndex : m_bytes;
            if (!onEntry(entry))
                return;
        }
    }

private:
    std::string_view m_bytes;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace vitrine;
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    const BmwCarDataImporter importer;
    readAlone(importer, bytes);
    BesideIndex beside(bytes);
    readArchive(importer, beside);
    if (looksLikeZip(bytes)) {
        MemoryZipEntries entries(bytes);
        readArchive(importer, entries);
    }
    return 0;
}
