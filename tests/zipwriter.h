// SPDX-License-Identifier: GPL-3.0-or-later
// ZIP archives written in memory with libarchive for the tests, so that each case says exactly
// what its archive holds (nested, encrypted, hostile names) without a binary fixture.

#pragma once

#include <archive.h>
#include <archive_entry.h>

#include <string>
#include <vector>

namespace vitrine::test {

struct FileSpec
{
    std::string name;
    std::string data;
};

/** A ZIP holding \a files, deflated; \a passphrase encrypts every entry (ZipCrypto). */
inline std::string makeZip(const std::vector<FileSpec> &files, const char *passphrase = nullptr)
{
    struct archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    if (passphrase) {
        archive_write_set_options(a, "zip:encryption=zipcrypt");
        archive_write_set_passphrase(a, passphrase);
    }
    std::vector<char> buffer(64 * 1024 * 1024);
    std::size_t used = 0;
    archive_write_open_memory(a, buffer.data(), buffer.size(), &used);
    for (const FileSpec &f : files) {
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, f.name.c_str());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, static_cast<la_int64_t>(f.data.size()));
        archive_write_header(a, e);
        archive_write_data(a, f.data.data(), f.data.size());
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    return std::string(buffer.data(), used);
}

} // namespace vitrine::test
