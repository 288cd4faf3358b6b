// SPDX-License-Identifier: GPL-3.0-or-later
// The registry of formats: detection by content first, then by name, and the formats shipped.

#include "importer.h"

#include "bmwcardataimporter.h"
#include "bytestream.h"
#include "vdflimporter.h"
#include "vwdataactimporter.h"
#include "ziparchive.h"

#include <algorithm>

namespace vitrine {

bool Importer::sniffEntry(std::string_view name, std::string_view head) const
{
    (void)name;
    return sniff(isGzip(head) ? std::string_view(inflateHead(head, kSniffBytes)) : head);
}

void Importer::readEntries(EntrySource &entries, LogSink &sink, LogRead &read) const
{
    // A one-file format inside a ZIP: the entry it recognises, once; two are two logs.
    bool found = false;
    entries.forEach([&](const ArchiveEntry &entry) {
        if (!sniffEntry(entry.name, entry.data.substr(0, kSniffBytes)))
            return true;
        if (found) {
            read.refusal = {Refusal::SeveralLogs, 0, entry.name};
            return false;
        }
        found = true;
        MemoryStream bytes(entry.data);
        this->read(bytes, sink, read);
        return read.ok();
    });
    if (!found && read.ok())
        read.refusal = {Refusal::UnknownFormat, 0, {}};
}

ImporterRegistry::ImporterRegistry() = default;
ImporterRegistry::~ImporterRegistry() = default;
ImporterRegistry::ImporterRegistry(ImporterRegistry &&) noexcept = default;
ImporterRegistry &ImporterRegistry::operator=(ImporterRegistry &&) noexcept = default;

const ImporterRegistry &ImporterRegistry::standard()
{
    static const ImporterRegistry registry = [] {
        ImporterRegistry r;
        r.add(std::make_unique<VdflImporter>());
        r.add(std::make_unique<VwDataActImporter>());
        r.add(std::make_unique<BmwCarDataImporter>());
        return r;
    }();
    return registry;
}

void ImporterRegistry::add(std::unique_ptr<Importer> importer)
{
    // Compiled once: the USB finder asks for every name on a stick.
    for (const QString &pattern : importer->filePatterns()) {
        m_patterns.push_back(
            {QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern),
                                QRegularExpression::CaseInsensitiveOption),
             importer.get()});
    }
    m_importers.push_back(std::move(importer));
}

const Importer *ImporterRegistry::find(std::string_view id) const
{
    for (const auto &importer : m_importers) {
        if (importer->id() == id)
            return importer.get();
    }
    return nullptr;
}

const Importer *ImporterRegistry::detect(std::string_view head, const QString &fileName) const
{
    for (const auto &importer : m_importers) {
        if (importer->sniff(head))
            return importer.get();
    }
    for (const Pattern &pattern : m_patterns) {
        if (pattern.re.match(fileName).hasMatch())
            return pattern.importer;
    }
    return nullptr;
}

const Importer *ImporterRegistry::detectEntry(std::string_view name, std::string_view head) const
{
    for (const auto &importer : m_importers) {
        if (importer->sniffEntry(name, head))
            return importer.get();
    }
    return nullptr;
}

bool ImporterRegistry::matchesFileName(const QString &fileName) const
{
    return std::any_of(m_patterns.begin(), m_patterns.end(),
                       [&fileName](const Pattern &p) { return p.re.match(fileName).hasMatch(); });
}

const Importer *ImporterRegistry::folderFormatOf(const QString &fileName) const
{
    for (const auto &importer : m_importers) {
        if (importer->isFolderMember(fileName))
            return importer.get();
    }
    return nullptr;
}

const Importer *ImporterRegistry::formatOfEntryNames(const std::vector<std::string> &names) const
{
    for (const auto &importer : m_importers) {
        for (const std::string &name : names) {
            if (importer->namesArchiveEntry(name))
                return importer.get();
        }
    }
    return nullptr;
}

bool ImporterRegistry::readsFolders() const
{
    return std::any_of(m_importers.begin(), m_importers.end(),
                       [](const auto &importer) { return importer->readsFolders(); });
}

QStringList ImporterRegistry::filePatterns() const
{
    QStringList patterns;
    for (const auto &importer : m_importers)
        patterns += importer->filePatterns();
    return patterns;
}

} // namespace vitrine
