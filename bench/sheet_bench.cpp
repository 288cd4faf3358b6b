// SPDX-License-Identifier: GPL-3.0-or-later
// sheet_bench: how long the kiosk takes, once the customer has signed, to build the privacy
// review sheet (three A4 pages) for the demo log, sign it with the dealer's certificate, check
// the signature, and render a page of it for the on-screen preview (about 1080 px wide).
// Prints the median, fastest and slowest of N runs of each step as a Markdown table, with the
// machine it ran on (docs/performance.md). A program that prints figures, not a test.
//
//     sheet_bench [--runs N] [--lang fr|de|it|en]

#include "catalogue.h"
#include "clock.h"
#include "dealercertificate.h"
#include "importmessages.h"
#include "pdfsigner.h"
#include "readlog.h"
#include "sheet.h"
#include "summary.h"
#include "verificationcode.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <poppler-qt6.h>
#include <poppler-version.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

using namespace vitrine;

namespace {

constexpr int kPreviewWidthPx = 1080;

struct Timing
{
    QString step;
    std::vector<double> ms;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "sheet_bench: %s\n", qPrintable(why));
    std::exit(2);
}

QString cpuModel()
{
    // /proc files have no size, so read them whole rather than line by line up to atEnd().
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line).section(QLatin1Char(':'), 1).trimmed();
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs per step (default 15)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("The sheet's language (default fr)."),
                      QStringLiteral("fr|de|it|en")});
    parser.addHelpOption();
    parser.process(app);
    const int runs = parser.isSet(QStringLiteral("runs"))
                         ? std::max(1, parser.value(QStringLiteral("runs")).toInt())
                         : 15;
    const QString lang = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                              : QStringLiteral("fr");

    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder"));
    SystemClock clock;

    // A self-signed dealer certificate, made before anything signs (NSS's rule), not timed.
    DealerCertificate::Options cert;
    cert.nssDir = dir.filePath(QStringLiteral("nss"));
    cert.name = QStringLiteral("Garage Exemple SA (démo)");
    DealerCertificate::Error certError = DealerCertificate::Error::None;
    QString message;
    if (!DealerCertificate::create(cert, clock, &certError, &message))
        die(message);
    const PdfSigner signer(cert.nssDir);
    const PdfVerifier verifier(cert.nssDir);

    Summary summary;
    SheetInput in;
    in.lang = lang;
    in.dealerName = cert.name;
    in.summary = &summary;
    in.catalogue = &Catalogue::builtIn();
    const QString draft = dir.filePath(QStringLiteral("draft.pdf"));
    const QString sheet = dir.filePath(QStringLiteral("sheet.pdf"));

    std::vector<Timing> timings = {{QStringLiteral("read the demo log"), {}},
                                   {QStringLiteral("build the sheet (3 pages, PDF)"), {}},
                                   {QStringLiteral("sign it (dealer certificate, NSS)"), {}},
                                   {QStringLiteral("verify it (signature and certificate)"), {}},
                                   {QStringLiteral("open it and render page 1, 1080 px wide"), {}}};
    const auto timed = [](Timing &t, bool keep, const std::function<void()> &step) {
        QElapsedTimer timer;
        timer.start();
        step();
        if (keep)
            t.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    };

    int pages = 0;
    QSize preview;
    // One warm-up run (fonts, NSS, Poppler's caches), then the timed runs.
    for (int run = 0; run <= runs; ++run) {
        const bool keep = run > 0;
        timed(timings[0], keep, [&] {
            summary = Summary();
            if (!readLog(QStringLiteral(VITRINE_DEMO_LOG), summary).ok())
                die(QStringLiteral("cannot read the demo log"));
        });
        in.createdAt = clock.nowUtc();
        in.verificationCode = newVerificationCode();
        timed(timings[1], keep, [&] {
            QString error;
            pages = writeSheetFile(in, draft, &error);
            if (pages == 0)
                die(error);
        });
        timed(timings[2], keep, [&] {
            QString error;
            if (!signer.sign(draft, sheet, SignOptions(), &error))
                die(error);
        });
        timed(timings[3], keep, [&] {
            if (!verifier.check(sheet).isGenuine())
                die(QStringLiteral("the signed sheet does not verify"));
        });
        timed(timings[4], keep, [&] {
            const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(sheet);
            if (!doc)
                die(QStringLiteral("Poppler cannot open the sheet"));
            doc->setRenderHint(Poppler::Document::Antialiasing);
            doc->setRenderHint(Poppler::Document::TextAntialiasing);
            const std::unique_ptr<Poppler::Page> page = doc->page(0);
            const double dpi = 72.0 * kPreviewWidthPx / page->pageSizeF().width();
            const QImage image = page->renderToImage(dpi, dpi);
            if (image.isNull())
                die(QStringLiteral("Poppler cannot render the sheet"));
            preview = image.size();
        });
    }
    if (pages != 3)
        std::fprintf(stderr, "sheet_bench: note: the sheet has %d pages, not 3\n", pages);

    std::printf("Sheet of the demo log (%lld records) in \"%s\": %d pages, %lld bytes signed; "
                "preview %dx%d px.\n",
                static_cast<long long>(summary.counts().accepted), qPrintable(lang), pages,
                static_cast<long long>(QFile(sheet).size()), preview.width(), preview.height());
    std::printf("Machine: %s, %d logical CPUs, %s; Qt %s, Poppler %s.\n", qPrintable(cpuModel()),
                QThread::idealThreadCount(), qPrintable(QSysInfo::prettyProductName()), qVersion(),
                qPrintable(Poppler::Version::string()));
    std::printf("%d timed runs after one warm-up run; milliseconds.\n\n", runs);
    std::printf("| step | median ms | fastest ms | slowest ms |\n|---|---:|---:|---:|\n");
    double total = 0;
    for (const Timing &t : timings) {
        const double med = median(t.ms);
        if (&t != &timings.front())
            total += med;
        std::printf("| %s | %.1f | %.1f | %.1f |\n", qPrintable(t.step), med,
                    *std::min_element(t.ms.begin(), t.ms.end()),
                    *std::max_element(t.ms.begin(), t.ms.end()));
    }
    std::printf("| **build + sign + verify + preview** (sum of medians) | **%.1f** | | |\n", total);
    return 0;
}
