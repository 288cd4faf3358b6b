// SPDX-License-Identifier: GPL-3.0-or-later
// What `vitrine-cli inspect --json` does to a VDFL log, in-process and timed the way
// vdfl_bare_simdjson times itself, so that the two stand side by side (docs/performance.md).

#include "catalogue.h"
#include "readlog.h"
#include "reportjson.h"
#include "summary.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: vdfl_inspect LOG.jsonl\n");
        return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    vitrine::Summary summary;
    const vitrine::LogRead read = vitrine::readLog(QString::fromLocal8Bit(argv[1]), summary);
    if (!read.ok()) {
        std::fprintf(stderr, "vdfl_inspect: the log was refused\n");
        return 1;
    }
    const QByteArray report = vitrine::inspectionJson(summary, vitrine::Catalogue::builtIn());
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("inspect in-process: %.3f s, %lld lines, %lld events, report %lld bytes\n", seconds,
                static_cast<long long>(summary.counts().total),
                static_cast<long long>(summary.totals().events),
                static_cast<long long>(report.size()));
    return 0;
}
