// SPDX-License-Identifier: GPL-3.0-or-later
// How a log's summary becomes the store's import record: the header's facts, the counts, the
// periods and the inspection report, copied across.

#include "importrecord.h"

#include "reportjson.h"

namespace vitrine {

namespace {
QDateTime utc(std::optional<std::int64_t> secs)
{
    return secs ? QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC) : QDateTime();
}
} // namespace

ImportRecord importRecordOf(const Summary &summary, const QString &fileName,
                            const Catalogue &catalogue)
{
    const LogHeader &h = summary.header();
    ImportRecord rec;
    rec.vin = QString::fromStdString(h.vin);
    rec.make = h.make ? QString::fromStdString(*h.make) : QString();
    rec.model = h.model ? QString::fromStdString(*h.model) : QString();
    rec.year = h.year;
    rec.fileSha256 = QString::fromStdString(summary.source().sha256Hex);
    rec.fileName = fileName;
    rec.fileBytes = summary.source().fileBytes;
    rec.linesTotal = summary.counts().total;
    rec.linesBlank = summary.counts().blank;
    rec.linesAccepted = summary.counts().accepted;
    rec.linesRejected = summary.counts().rejected;
    rec.events = summary.totals().events;
    rec.bytes = summary.totals().bytes;
    if (summary.hasRecords()) {
        rec.observedFrom = utc(summary.firstUtc());
        rec.observedTo = utc(summary.lastUtc());
    }
    rec.declaredFrom = utc(h.declaredFromUtc);
    rec.declaredTo = utc(h.declaredToUtc);
    rec.reportJson = inspectionJson(summary, catalogue);
    return rec;
}

} // namespace vitrine
