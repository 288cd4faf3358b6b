// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-cli classify: the category of each VSS signal path read on standard input.

#include "cli.h"

#include "category.h"
#include "classifier.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

namespace vitrine::cli {

int classify(const QStringList &args)
{
    if (args.size() > 1) {
        err() << QCoreApplication::translate("vitrine::cli",
                                             "classify reads paths on standard input; it takes "
                                             "no arguments.")
              << Qt::endl;
        return Usage;
    }
    // Plain stdio: this runs over whole signal catalogues.
    int status = Ok;
    char buf[4096];
    std::string pending;
    auto classifyOne = [&](std::string_view path) {
        if (!path.empty() && path.back() == '\r')
            path.remove_suffix(1);
        if (path.empty())
            return;
        const auto category = classifyVssPath(path);
        std::fwrite(path.data(), 1, path.size(), stdout);
        std::fputc('\t', stdout);
        if (category) {
            const std::string_view id = categoryId(*category);
            std::fwrite(id.data(), 1, id.size(), stdout);
        } else {
            std::fprintf(stderr, "%s: %.*s\n",
                         qPrintable(QCoreApplication::translate("vitrine::cli",
                                                                "not a VSS path (Vehicle.…)")),
                         static_cast<int>(path.size()), path.data());
            status = Failed;
        }
        std::fputc('\n', stdout);
    };
    while (std::size_t n = std::fread(buf, 1, sizeof buf, stdin)) {
        pending.append(buf, n);
        std::size_t start = 0;
        for (std::size_t nl; (nl = pending.find('\n', start)) != std::string::npos; start = nl + 1)
            classifyOne(std::string_view(pending).substr(start, nl - start));
        pending.erase(0, start);
    }
    classifyOne(pending);
    std::fflush(stdout);
    return status;
}

} // namespace vitrine::cli
