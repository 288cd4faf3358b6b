// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-cli sheet and print: the privacy review sheet of a log, signed with the dealer's
// certificate (and, with --db, the import, the previous visit and the sheet kept in the store),
// and printing a signed sheet through CUPS.

#include "cli.h"

#include "atomicfile.h"
#include "catalogue.h"
#include "clock.h"
#include "comparison.h"
#include "dealercertificate.h"
#include "importmessages.h"
#include "importrecord.h"
#include "inputtext.h"
#include "languages.h"
#include "pdfsigner.h"
#include "plaintext.h"
#include "readlog.h"
#include "sheet.h"
#include "sheetassembly.h"
#include "sheetprinter.h"
#include "store.h"
#include "summary.h"
#include "verificationcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <unistd.h>

namespace vitrine::cli {

namespace {

QString option(const QCommandLineParser &parser, const char *name)
{
    return parser.value(QString::fromLatin1(name));
}

bool isSet(const QCommandLineParser &parser, const char *name)
{
    return parser.isSet(QString::fromLatin1(name));
}

/** Prints a usage error (the message, then where to find help) and returns Usage. */
int usage(const QString &message)
{
    err() << message << Qt::endl
          << QCoreApplication::translate("vitrine::cli", "See: vitrine-cli sheet --help")
          << Qt::endl;
    return Usage;
}

/** Replaces \a to with \a from in one step (POSIX rename), so \a to is whole or untouched. */
// The signed sheet, copied from the private folder into place whole or not at all (the folder
// may be on another file system than --out, so a rename alone cannot do).
bool placeSigned(const QString &from, const QString &to, QString *error)
{
    QFile in(from);
    AtomicFile out(to);
    if (in.open(QIODevice::ReadOnly) && out.open()) {
        const QByteArray bytes = in.readAll();
        if (out.write(bytes.constData(), bytes.size()) == bytes.size() && out.commit())
            return true;
    }
    *error = QCoreApplication::translate("vitrine::cli", "Cannot write %1: %2")
                 .arg(displayFileName(to), out.errorString());
    return false;
}

const QString kWorkPrefix = QStringLiteral("vitrine-sheet-");

// The unsigned draft and the signed copy are made in a private folder (0700) named with this
// process's id, never beside --out; one left by a run that was killed (its process is gone) is
// removed at the next start.
void removeLeftWorkFolders()
{
    const QDir temp = QDir::temp();
    const QString &prefix = kWorkPrefix;
    const QFileInfoList left =
        temp.entryInfoList({prefix + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &folder : left) {
        if (folder.ownerId() != ::getuid())
            continue;
        bool ok = false;
        const qint64 pid = folder.fileName().mid(prefix.size()).section(u'-', 0, 0).toLongLong(&ok);
        if (ok && pid > 0 && pid <= INT32_MAX && ::kill(static_cast<pid_t>(pid), 0) != 0 &&
            errno == ESRCH)
            QDir(folder.filePath()).removeRecursively();
    }
}

std::unique_ptr<QTemporaryDir> sheetWorkFolder()
{
    return std::make_unique<QTemporaryDir>(QDir::temp().filePath(
        kWorkPrefix + QString::number(::getpid()) + QStringLiteral("-XXXXXX")));
}

/** The store's import of this log: the one kept already (the same file), else a new one. */
struct KeptImport
{
    qint64 id = -1;
    bool already = false;
    QDateTime importedAt;
};

KeptImport keepImport(Store &store, const ImportRecord &rec)
{
    KeptImport kept;
    // The same file imported again is the same visit, as for `vitrine-cli import`: nothing new
    // is kept, and the earlier import is the one the sheet belongs to.
    StoreError lookup;
    const auto earlier = store.findImport(rec.vin, rec.fileSha256, &lookup);
    if (lookup.code != StoreError::Code::None) {
        err() << QCoreApplication::translate("vitrine::cli", "Nothing was kept: %1")
                     .arg(lookup.message)
              << Qt::endl;
        return kept; // id -1: the caller stops
    }
    if (earlier) {
        kept.id = earlier->id;
        kept.already = true;
        kept.importedAt = earlier->importedAt;
        return kept;
    }
    StoreError error;
    kept.id = store.addImport(rec, &error);
    if (kept.id < 0) {
        err() << QCoreApplication::translate("vitrine::cli", "Nothing was kept: %1")
                     .arg(error.message)
              << Qt::endl;
    }
    return kept;
}

/** Writes the unsigned sheet to \a draft (a temporary file, open); the page count or 0. */
int writeDraft(const SheetInput &in, QTemporaryFile &draft, QString *error)
{
    draft.resize(0);
    draft.seek(0);
    const int pages = writeSheet(in, &draft, error);
    if (pages > 0 && !draft.flush()) {
        *error = draft.errorString();
        return 0;
    }
    return pages;
}

} // namespace

int sheet(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vitrine::cli",
        "Writes the privacy review sheet of a car data log as a PDF signed with the dealer's "
        "certificate. With --db, the log's summary and the sheet are kept in the kiosk's "
        "store. The sheet then shows what is new since the car's previous review there, and "
        "`vitrine-cli verify --db` finds its verification code. Without --db, a fresh "
        "verification code is printed but not recorded. A later check of the sheet then shows "
        "whether its signature is genuine, not whether the kiosk issued it."));
    const auto add = [&parser](const char *name, const QString &help, const char *value = "") {
        parser.addOption({QString::fromLatin1(name), help, QString::fromLatin1(value)});
    };
    add("log", QCoreApplication::translate("vitrine::cli", "The log file."), "FILE");
    add("lang", QCoreApplication::translate("vitrine::cli", "Language of the sheet."),
        "fr|de|it|en");
    add("out", QCoreApplication::translate("vitrine::cli", "The PDF to write."), "SHEET.pdf");
    add("nss-dir",
        QCoreApplication::translate(
            "vitrine::cli",
            "The folder of the kiosk's certificate database (NSS), to sign the sheet."),
        "DIR");
    add("nickname",
        QCoreApplication::translate("vitrine::cli",
                                    "The certificate's name in the database (default: %1).")
            .arg(QString::fromLatin1(DealerCertificate::kDefaultNickname)),
        "NAME");
    add("password-file",
        QCoreApplication::translate(
            "vitrine::cli", "A file whose first line is the certificate database's password "
                            "(else VITRINE_NSS_PASSWORD; none when neither is set)."),
        "FILE");
    add("unsigned",
        QCoreApplication::translate(
            "vitrine::cli", "Write an unsigned draft instead (no --nss-dir, no --db): it is "
                            "not a sheet to hand out."));
    add("db",
        QCoreApplication::translate(
            "vitrine::cli", "The encrypted store's file: keep the log's summary and the sheet, "
                            "and compare with the car's previous review."),
        "PATH");
    add("passphrase-file",
        QCoreApplication::translate("vitrine::cli",
                                    "A file whose first line is the store's passphrase (else "
                                    "VITRINE_PASSPHRASE, or asked)."),
        "FILE");
    add("dealer",
        QCoreApplication::translate(
            "vitrine::cli",
            "The dealer's name, printed at the top (default: the certificate's name)."),
        "NAME");
    add("address",
        QCoreApplication::translate("vitrine::cli", "The dealer's address (\\n between lines)."),
        "TEXT");
    add("advisor",
        QCoreApplication::translate("vitrine::cli", "The advisor's name, under the signature."),
        "NAME");
    add("code",
        QCoreApplication::translate(
            "vitrine::cli",
            "The verification code to print (default: a new one; not with --db, where the "
            "store's code is printed)."),
        "CODE");
    parser.addHelpOption();
    if (!parser.parse(args) || !isSet(parser, "log") || !isSet(parser, "out") ||
        !parser.positionalArguments().isEmpty()) {
        err() << (parser.errorText().isEmpty() ? parser.helpText() : parser.errorText())
              << Qt::endl;
        return Usage;
    }
    const QString language = setLanguage(option(parser, "lang"));
    if (language.isEmpty())
        return Usage;
    const bool draftOnly = isSet(parser, "unsigned");
    removeLeftWorkFolders();
    const QString nssDir = option(parser, "nss-dir");
    const QString dbPath = option(parser, "db");
    // The product promises a signed sheet: an unsigned one is only written when asked for.
    if (!draftOnly && nssDir.isEmpty()) {
        return usage(QCoreApplication::translate(
            "vitrine::cli",
            "The sheet is signed with the dealer's certificate: give --nss-dir DIR (make a demo "
            "certificate with: vitrine-cli cert init), or --unsigned for an unsigned draft."));
    }
    if (draftOnly && (!nssDir.isEmpty() || !dbPath.isEmpty())) {
        return usage(QCoreApplication::translate(
            "vitrine::cli",
            "--unsigned writes a draft that is neither signed nor kept: it goes without "
            "--nss-dir and --db."));
    }
    if (isSet(parser, "passphrase-file") && dbPath.isEmpty()) {
        return usage(
            QCoreApplication::translate("vitrine::cli", "--passphrase-file goes with --db."));
    }
    if (isSet(parser, "code") && !dbPath.isEmpty()) {
        return usage(QCoreApplication::translate(
            "vitrine::cli", "With --db the store gives the verification code: drop --code."));
    }
    QString givenCode;
    if (isSet(parser, "code")) {
        givenCode =
            draftOnly ? option(parser, "code") : normalizeVerificationCode(option(parser, "code"));
        if (givenCode.isEmpty()) {
            return usage(
                QCoreApplication::translate(
                    "vitrine::cli", "\"%1\" is not a verification code (like K7QF-3MZD-9W).")
                    .arg(option(parser, "code")));
        }
    }

    // Read first: a refused file never touches the store.
    const QString logPath = option(parser, "log");
    const QString fileName = displayFileName(QFileInfo(logPath).fileName());
    Summary summary;
    const LogRead read = readLog(logPath, summary);
    if (!read.ok()) {
        err() << refusalMessage(read.refusal, fileName) << Qt::endl;
        return Refused;
    }
    const QString outPath = option(parser, "out");
    const Catalogue &catalogue = Catalogue::builtIn();
    SystemClock clock;

    // The same assembly as the kiosk's; the command line has no handwritten signatures.
    SheetReview review;
    review.summary = &summary;
    review.catalogue = &catalogue;
    const SheetDealer dealer{
        option(parser, "dealer"),
        option(parser, "address").replace(QStringLiteral("\\n"), QStringLiteral("\n"))};
    SheetInput in = assembleSheetInput(review, dealer, option(parser, "advisor"), language,
                                       clock.nowUtc(), QString());

    if (draftOnly) {
        in.verificationCode = givenCode;
        QString error;
        const int pages = writeSheetFile(in, outPath, &error);
        if (pages == 0) {
            err() << error << Qt::endl;
            return Failed;
        }
        err() << QCoreApplication::translate(
                     "vitrine::cli",
                     "Warning: this draft is not signed and not recorded; it is not a sheet to "
                     "hand to a customer.")
              << Qt::endl;
        out() << QCoreApplication::translate("vitrine::cli", "Wrote %n page(s) to %1.", nullptr,
                                             pages)
                     .arg(displayFileName(outPath))
              << Qt::endl;
        return Ok;
    }

    // The certificate before the store: a sheet that cannot be signed keeps nothing.
    if (!DealerCertificate::hasDatabase(nssDir)) {
        err() << QCoreApplication::translate(
                     "vitrine::cli",
                     "There is no certificate database in %1. Make a demo certificate with: "
                     "vitrine-cli cert init --nss-dir %1 --name NAME")
                     .arg(nssDir)
              << Qt::endl;
        return Failed;
    }
    QByteArray password = qgetenv("VITRINE_NSS_PASSWORD");
    if (isSet(parser, "password-file")) {
        QString why;
        password = secretFromFile(option(parser, "password-file"), &why);
        if (password.isEmpty()) {
            err() << why << Qt::endl;
            return Usage;
        }
    }
    const QString nickname = isSet(parser, "nickname")
                                 ? option(parser, "nickname")
                                 : QString::fromLatin1(DealerCertificate::kDefaultNickname);
    const PdfSigner signer(nssDir, nickname, password);
    password.fill('\0');
    {
        QString why;
        const QString signerName = signer.signerName(&why);
        if (signerName.isEmpty()) {
            err() << why << Qt::endl;
            return Failed;
        }
        if (in.dealerName.isEmpty())
            in.dealerName = signerName;
    }

    const ImportRecord rec = importRecordOf(summary, fileName, catalogue);
    std::unique_ptr<Store> store;
    KeptImport kept;
    // Without the kiosk's records, what changed since the last visit is not known.
    in.comparison.historyKnown = false;
    if (!dbPath.isEmpty()) {
        store = openKioskStore(dbPath, option(parser, "passphrase-file"), clock);
        if (!store)
            return Failed;
        kept = keepImport(*store, rec);
        if (kept.id < 0)
            return Failed;
        StoreError error;
        in.comparison = compareWithPreviousReview(*store, rec, &error);
        if (error.code != StoreError::Code::None) {
            err() << QCoreApplication::translate("vitrine::cli",
                                                 "The kiosk's records could not be read: %1")
                         .arg(error.message)
                  << Qt::endl;
            return Failed;
        }
    }

    // Draw the code, write the sheet with it, sign it, and record it: the code printed on the
    // sheet is the one kept with the signed file's fingerprint. A code already taken (one in
    // 2^50) means drawing again, and so writing again.
    const std::unique_ptr<QTemporaryDir> work = sheetWorkFolder();
    const QString folder = work->path();
    QTemporaryFile draft(QDir(folder).filePath(QStringLiteral("draft-XXXXXX.pdf")));
    QTemporaryFile signedFile(QDir(folder).filePath(QStringLiteral("signed-XXXXXX.pdf")));
    if (!work->isValid() || !draft.open() || !signedFile.open()) {
        err() << QCoreApplication::translate("vitrine::cli", "Cannot write in %1: %2")
                     .arg(displayFileName(folder),
                          draft.isOpen() ? signedFile.errorString() : draft.errorString())
              << Qt::endl;
        return Failed;
    }
    signedFile.close();
    SignOptions signOptions;
    signOptions.reason = QCoreApplication::translate("vitrine::cli", "Privacy review sheet");
    int pages = 0;
    qint64 sheetId = -1;
    QString code;
    for (int attempt = 0; attempt < 3 && sheetId < 0; ++attempt) {
        code = givenCode.isEmpty() ? newVerificationCode() : givenCode;
        in.verificationCode = code;
        QString error;
        pages = writeDraft(in, draft, &error);
        if (pages == 0) {
            err() << error << Qt::endl;
            return Failed;
        }
        if (!signer.sign(draft.fileName(), signedFile.fileName(), signOptions, &error)) {
            err() << error << Qt::endl;
            return Failed;
        }
        if (!store) {
            sheetId = 0;
            break;
        }
        StoreError storeError;
        sheetId =
            recordIssuedSheet(*store, code, signedFile.fileName(), kept.id, language, &storeError);
        if (sheetId < 0 && storeError.code != StoreError::Code::AlreadyExists) {
            err() << QCoreApplication::translate("vitrine::cli",
                                                 "The sheet could not be recorded: %1")
                         .arg(storeError.message)
                  << Qt::endl;
            return Failed;
        }
    }
    QString error;
    if (sheetId < 0 || !placeSigned(signedFile.fileName(), outPath, &error)) {
        err() << (sheetId < 0 ? QCoreApplication::translate("vitrine::cli",
                                                            "No free verification code was found.")
                              : error)
              << Qt::endl;
        return Failed;
    }

    out() << QCoreApplication::translate(
                 "vitrine::cli", "Wrote the signed sheet (%n page(s)) to %1.", nullptr, pages)
                 .arg(displayFileName(QFileInfo(outPath).absoluteFilePath()))
          << Qt::endl;
    out() << QCoreApplication::translate("vitrine::cli", "Verification code: %1").arg(code)
          << Qt::endl;
    // The sheet says it too; whoever hands it over should know before the customer reads it.
    if (summary.coverage().incomplete())
        out() << plain::coverageSentence(summary.coverage()) << Qt::endl;
    if (!store) {
        out() << QCoreApplication::translate(
                     "vitrine::cli",
                     "Not kept in a store (no --db): checking the sheet shows whether its "
                     "signature is genuine, not whether this kiosk issued it.")
              << Qt::endl;
        return Ok;
    }
    if (kept.already) {
        out() << QCoreApplication::translate(
                     "vitrine::cli",
                     "%1 was already imported on %2 (import %3): the sheet belongs to that "
                     "import.")
                     .arg(fileName, Languages::swissDate(kept.importedAt))
                     .arg(kept.id)
              << Qt::endl;
    } else {
        out() << QCoreApplication::translate("vitrine::cli",
                                             "Imported %1 for the car %2 (import %3).")
                     .arg(fileName, plain::maskVin(rec.vin))
                     .arg(kept.id)
              << Qt::endl;
    }
    if (in.comparison.hasPrevious) {
        out() << QCoreApplication::translate(
                     "vitrine::cli",
                     "The sheet compares with the previous review, of %1 (import %2).")
                     .arg(Languages::swissDate(in.comparison.previousReviewedAt))
                     .arg(in.comparison.previousImportId)
              << Qt::endl;
    } else {
        out() << QCoreApplication::translate("vitrine::cli",
                                             "This is the first review of this car in the store.")
              << Qt::endl;
    }
    out() << QCoreApplication::translate(
                 "vitrine::cli",
                 "Kept as sheet %1 in %2: vitrine-cli verify --db finds its verification code.")
                 .arg(sheetId)
                 .arg(displayFileName(dbPath))
          << Qt::endl;
    return Ok;
}

int print(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vitrine::cli",
        "Prints a signed sheet through the computer's printing service (CUPS): the PDF file "
        "itself is sent, and the command waits until the printer is done. A failed print "
        "changes nothing: print again."));
    parser.addOption({QStringLiteral("queue"),
                      QCoreApplication::translate("vitrine::cli",
                                                  "The printer (CUPS queue) to use (default: the "
                                                  "system's default printer)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("list"),
         QCoreApplication::translate("vitrine::cli", "List the printers and print nothing.")});
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate(
                          "vitrine::cli", "The encrypted store's file: print only a sheet it "
                                          "issued, and count the print."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("passphrase-file"),
                      QCoreApplication::translate(
                          "vitrine::cli", "A file whose first line is the store's passphrase "
                                          "(else VITRINE_PASSPHRASE, or asked)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("timeout"),
         QCoreApplication::translate("vitrine::cli",
                                     "How many seconds to wait for the printer (default: 120)."),
         QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("vitrine::cli", "Language of the messages."),
                      QStringLiteral("fr|de|it|en")});
    parser.addPositionalArgument(
        QStringLiteral("SHEET.pdf"),
        QCoreApplication::translate("vitrine::cli", "The signed sheet to print."));
    parser.addHelpOption();
    const bool list = parser.parse(args) && isSet(parser, "list");
    if (!parser.errorText().isEmpty() || (!list && parser.positionalArguments().size() != 1) ||
        (isSet(parser, "passphrase-file") && !isSet(parser, "db"))) {
        err() << (parser.errorText().isEmpty() ? parser.helpText() : parser.errorText())
              << Qt::endl;
        return Usage;
    }
    if (setLanguage(option(parser, "lang")).isEmpty())
        return Usage;

    if (list) {
        const QList<PrintQueue> queues = SheetPrinter::queues();
        if (queues.isEmpty()) {
            const bool noService =
                SheetPrinter::chooseQueue({}).status == PrintOutcome::Status::ServiceUnavailable;
            out() << (noService ? QCoreApplication::translate(
                                      "vitrine::cli",
                                      "The printing service of this computer (CUPS) does not "
                                      "answer.")
                                : QCoreApplication::translate(
                                      "vitrine::cli", "No printer is set up on this computer."))
                  << Qt::endl;
            return Ok;
        }
        for (const PrintQueue &q : queues) {
            out() << q.name;
            if (!q.description.isEmpty() && q.description != q.name)
                out() << QStringLiteral(" (") << q.description << QStringLiteral(")");
            if (q.isDefault)
                out() << QStringLiteral(" ")
                      << QCoreApplication::translate("vitrine::cli", "[default]");
            out() << Qt::endl;
        }
        return Ok;
    }

    SheetPrinter printer(option(parser, "queue"));
    if (isSet(parser, "timeout")) {
        bool ok = false;
        const int seconds = option(parser, "timeout").toInt(&ok);
        if (!ok || seconds <= 0) {
            err() << QCoreApplication::translate("vitrine::cli",
                                                 "--timeout needs a whole number of seconds.")
                  << Qt::endl;
            return Usage;
        }
        printer.setTimeout(std::chrono::seconds(seconds));
    }
    SystemClock clock;
    std::unique_ptr<Store> store;
    if (isSet(parser, "db")) {
        store = openKioskStore(option(parser, "db"), option(parser, "passphrase-file"), clock);
        if (!store)
            return Failed;
    }
    const PrintOutcome result =
        printer.print(parser.positionalArguments().constFirst(), store.get());
    if (!result.isPrinted()) {
        err() << result.message << Qt::endl;
        const bool refused = result.status == PrintOutcome::Status::BadFile ||
                             result.status == PrintOutcome::Status::NotOnRecord;
        return refused ? Refused : Failed;
    }
    out() << result.message << Qt::endl;
    if (!result.storeWarning.isEmpty()) {
        err() << QCoreApplication::translate("vitrine::cli",
                                             "The print could not be counted in the store: %1")
                     .arg(result.storeWarning)
              << Qt::endl;
    }
    return Ok;
}

} // namespace vitrine::cli
