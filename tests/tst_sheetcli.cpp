// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `vitrine-cli sheet` as the headless path runs it: a signed sheet that
// `vitrine-cli verify` and pdfsig call genuine; with --db, the import, the previous visit and
// the sheet's verification code kept in the store; and what it refuses.

#include "plaintext.h"
#include "testsupport.h"
#include "verificationcode.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace vitrine;

namespace {

const QString kDealer = QStringLiteral("Garage Exemple SA (démo)");
const QByteArray kPassphrase = "kiosk passphrase for the tests";
const QString kVin = QStringLiteral("WVWZZZCYWR0668936"); // the demo log's car

struct Run
{
    int exitCode = -1;
    QString out, err;
};

// A hang (NSS asking for a password forever, a printer that never answers) fails here.
Run run(const QString &program, const QStringList &args,
        const QProcessEnvironment &extra = QProcessEnvironment())
{
    test::RunOptions options;
    options.pinned = true;
    options.environment = extra;
    const test::ProcessRun r = test::runProgram(program, args, options);
    return {r.exitCode, r.outText(), r.timedOut ? QStringLiteral("timed out") : r.errText()};
}

Run cli(const QStringList &args, const QProcessEnvironment &extra = QProcessEnvironment())
{
    return run(test::cliPath(), args, extra);
}

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3").arg(r.exitCode).arg(r.out, r.err);
}

/** The PDF's text as pdftotext gives it, spaces made plain; empty when it cannot be read. */
QString pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess p;
    p.start(pdftotext,
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
    return text;
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()
               : QByteArray();
}

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

/** The verification code the command printed ("Verification code: XXXX-XXXX-XX"). */
QString codeIn(const QString &stdoutText)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Verification code: (\\S+)")).match(stdoutText);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

class TestSheetCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signedSheetIsGenuineForVerifyAndPdfsig();
    void everyLanguageSignsAndATamperedCopyIsCaught_data();
    void everyLanguageSignsAndATamperedCopyIsCaught();
    void withoutCertificateItRefusesUnlessAskedForADraft();
    void draftAndStoreOrCertificateDoNotMix();
    void missingCertificateDatabaseKeepsNothing();
    void firstSheetWithStoreIsRecordedAndVerifyFindsIt();
    void secondVisitShowsWhatChangedSinceThePrevious();
    void sameLogAgainIsTheSameVisitWithANewCode();
    void sameLogTwiceWithoutAnEarlierVisitShowsNoPrevious();
    void olderLogKeptAfterANewerOneIsNotComparedWithIt();
    void wrongPassphraseWritesNoSheet();
    void printWithoutPrintingServiceSaysSoAndChangesNothing();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList sheetArgs(const QString &log, const QString &out, const QString &db = {}) const;

    QTemporaryDir m_dir;
    QString m_nss;
    QString m_pass;
    QString m_early;
    QString m_firstCode;
};

void TestSheetCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed");
    m_nss = path(QStringLiteral("nss"));
    const Run made = cli({QStringLiteral("cert"), QStringLiteral("init"),
                          QStringLiteral("--nss-dir"), m_nss, QStringLiteral("--name"), kDealer});
    QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));

    m_pass = path(QStringLiteral("passphrase"));
    QFile pass(m_pass);
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write(kPassphrase + '\n');
    pass.close();

    // An earlier, shorter export of the same car: the header and the first months' records.
    QFile demo(test::demoLogPath());
    QVERIFY(demo.open(QIODevice::ReadOnly));
    m_early = path(QStringLiteral("early.vdfl.jsonl"));
    QFile early(m_early);
    QVERIFY(early.open(QIODevice::WriteOnly));
    for (int i = 0; i < 900 && !demo.atEnd(); ++i)
        early.write(demo.readLine());
}

QStringList TestSheetCli::sheetArgs(const QString &log, const QString &out, const QString &db) const
{
    QStringList args = {QStringLiteral("sheet"),
                        QStringLiteral("--log"),
                        log,
                        QStringLiteral("--lang"),
                        QStringLiteral("en"),
                        QStringLiteral("--nss-dir"),
                        m_nss,
                        QStringLiteral("--out"),
                        out};
    if (!db.isEmpty())
        args << QStringLiteral("--db") << db << QStringLiteral("--passphrase-file") << m_pass;
    return args;
}

void TestSheetCli::signedSheetIsGenuineForVerifyAndPdfsig()
{
    const QString out = path(QStringLiteral("plain/sheet.pdf"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("plain"))));
    const Run made = cli(sheetArgs(test::demoLogPath(), out));
    QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
    QVERIFY2(made.out.contains(QStringLiteral("Wrote the signed sheet (3 page")),
             qPrintable(made.out));
    QVERIFY2(made.out.contains(QStringLiteral("Not kept in a store")), qPrintable(made.out));
    QCOMPARE(modeOf(out), mode_t(0600));
    // Only the sheet: the draft and the signed temporary file are gone.
    QCOMPARE(QDir(path(QStringLiteral("plain"))).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("sheet.pdf")});

    // The code on the sheet is a fresh one, the one the command reported.
    const QString code = codeIn(made.out);
    QCOMPARE(normalizeVerificationCode(code), code);
    const QString text = pdfText(out);
    QVERIFY(text.contains(code));
    QVERIFY(text.contains(kDealer)); // the certificate's name, as no --dealer was given
    QVERIFY(text.contains(plain::maskVin(kVin)));
    QVERIFY(!text.contains(kVin));

    const Run verified = cli({QStringLiteral("verify"), QStringLiteral("--lang"),
                              QStringLiteral("en"), QStringLiteral("--nss-dir"), m_nss, out});
    QVERIFY2(verified.exitCode == 0, qPrintable(describe(verified)));
    QVERIFY(verified.out.contains(QStringLiteral("This sheet is genuine")));

    const QString pdfsig = QStandardPaths::findExecutable(QStringLiteral("pdfsig"));
    if (pdfsig.isEmpty())
        QSKIP("pdfsig (poppler-utils) is not installed");
    const Run independent =
        run(pdfsig, {QStringLiteral("-nssdir"), QStringLiteral("sql:") + m_nss, out});
    QVERIFY2(independent.out.contains(QStringLiteral("Signature is Valid.")),
             qPrintable(describe(independent)));
    QVERIFY(independent.out.contains(QStringLiteral("Certificate is Trusted.")));
    QVERIFY(independent.out.contains(QStringLiteral("Total document signed")));
}

void TestSheetCli::everyLanguageSignsAndATamperedCopyIsCaught_data()
{
    QTest::addColumn<QString>("lang");
    for (const char *lang : {"fr", "de", "it", "en"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

void TestSheetCli::everyLanguageSignsAndATamperedCopyIsCaught()
{
    QFETCH(QString, lang);
    const QString pdfsig = QStandardPaths::findExecutable(QStringLiteral("pdfsig"));
    if (pdfsig.isEmpty())
        QSKIP("pdfsig (poppler-utils) is not installed");
    const QString out = path(QStringLiteral("lang-%1.pdf").arg(lang));
    const Run made = cli({QStringLiteral("sheet"), QStringLiteral("--log"), test::demoLogPath(),
                          QStringLiteral("--lang"), lang, QStringLiteral("--nss-dir"), m_nss,
                          QStringLiteral("--out"), out});
    QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
    const QString text = pdfText(out);
    QVERIFY(text.contains(plain::maskVin(kVin)));
    QVERIFY(text.contains(codeIn(made.out)));

    const QStringList nss = {QStringLiteral("-nssdir"), QStringLiteral("sql:") + m_nss};
    const Run genuine = run(pdfsig, nss + QStringList{out});
    QVERIFY2(genuine.out.contains(QStringLiteral("Signature is Valid.")),
             qPrintable(describe(genuine)));
    QVERIFY(genuine.out.contains(QStringLiteral("Total document signed")));
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--nss-dir"), m_nss, out}).exitCode, 0);

    // One byte of the signed range changed (the binary comment of the PDF's header, which no
    // reader shows): both pdfsig and our verifier must see it.
    QFile original(out);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    const qsizetype at = bytes.indexOf('\n') + 2;
    QVERIFY(at > 2 && at < 64);
    bytes[at] = static_cast<char>(bytes[at] ^ 0x01);
    const QString tampered = path(QStringLiteral("lang-%1-tampered.pdf").arg(lang));
    QFile copy(tampered);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    QCOMPARE(copy.write(bytes), bytes.size());
    copy.close();
    const Run caught = run(pdfsig, nss + QStringList{tampered});
    QVERIFY2(!caught.out.contains(QStringLiteral("Signature is Valid.")),
             qPrintable(describe(caught)));
    QVERIFY2(caught.out.contains(QStringLiteral("Digest Mismatch")), qPrintable(caught.out));
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--nss-dir"), m_nss, tampered}).exitCode,
             2);
}

void TestSheetCli::withoutCertificateItRefusesUnlessAskedForADraft()
{
    const QString out = path(QStringLiteral("draft.pdf"));
    const QStringList base = {QStringLiteral("sheet"),
                              QStringLiteral("--log"),
                              test::demoLogPath(),
                              QStringLiteral("--lang"),
                              QStringLiteral("en"),
                              QStringLiteral("--out"),
                              out};
    const Run refused = cli(base);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("--nss-dir")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("--unsigned")));
    QVERIFY(!QFile::exists(out));

    const Run draft = cli(base + QStringList{QStringLiteral("--unsigned")});
    QVERIFY2(draft.exitCode == 0, qPrintable(describe(draft)));
    QVERIFY(draft.err.contains(QStringLiteral("not signed")));
    QVERIFY(QFile::exists(out));
    // A draft has no signature, so it is no genuine sheet (exit 2).
    const Run verified = cli({QStringLiteral("verify"), QStringLiteral("--lang"),
                              QStringLiteral("en"), QStringLiteral("--nss-dir"), m_nss, out});
    QCOMPARE(verified.exitCode, 2);
}

void TestSheetCli::draftAndStoreOrCertificateDoNotMix()
{
    const QString out = path(QStringLiteral("mixed.pdf"));
    QCOMPARE(cli(sheetArgs(test::demoLogPath(), out) << QStringLiteral("--unsigned")).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("sheet"), QStringLiteral("--log"), test::demoLogPath(),
                  QStringLiteral("--out"), out, QStringLiteral("--unsigned"),
                  QStringLiteral("--db"), path(QStringLiteral("mixed.db"))})
                 .exitCode,
             1);
    // The store gives the code: one typed in would not be the one kept.
    QCOMPARE(cli(sheetArgs(test::demoLogPath(), out, path(QStringLiteral("mixed.db")))
                 << QStringLiteral("--code") << QStringLiteral("K7QF-3MZD-9W"))
                 .exitCode,
             1);
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(path(QStringLiteral("mixed.db"))));
}

void TestSheetCli::missingCertificateDatabaseKeepsNothing()
{
    const QString out = path(QStringLiteral("nocert.pdf"));
    const QString db = path(QStringLiteral("nocert.db"));
    QStringList args = sheetArgs(test::demoLogPath(), out, db);
    args[args.indexOf(m_nss)] = path(QStringLiteral("no-such-nss"));
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("no certificate database")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(db)); // the certificate is checked before the store is opened
}

void TestSheetCli::firstSheetWithStoreIsRecordedAndVerifyFindsIt()
{
    const QString db = path(QStringLiteral("visits.db"));
    const QString out = path(QStringLiteral("visit1.pdf"));
    const Run made = cli(sheetArgs(m_early, out, db));
    QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
    QVERIFY(made.out.contains(QStringLiteral("(import 1)")));
    QVERIFY(made.out.contains(QStringLiteral("first review of this car in the store")));
    QVERIFY(made.out.contains(QStringLiteral("Kept as sheet 1")));
    m_firstCode = codeIn(made.out);
    QVERIFY(!m_firstCode.isEmpty());
    const QString text = pdfText(out);
    QVERIFY(text.contains(m_firstCode));
    QVERIFY(text.contains(QStringLiteral("This is the first review of this car with us.")));
    // The early export declares the demo's whole period but stops in June: the sheet and
    // whoever runs the command are told.
    QVERIFY2(made.out.contains(QStringLiteral("The file should cover 01.04.2026 to 30.09.2026.")),
             qPrintable(made.out));
    QVERIFY2(text.simplified().contains(
                 QStringLiteral("The file should cover 01.04.2026 to 30.09.2026. It stops on")),
             qPrintable(text));

    const Run verified =
        cli({QStringLiteral("verify"), QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("--nss-dir"), m_nss, QStringLiteral("--db"), db,
             QStringLiteral("--passphrase-file"), m_pass, out});
    QVERIFY2(verified.exitCode == 0, qPrintable(describe(verified)));
    QVERIFY(verified.out.contains(QStringLiteral("found in the kiosk's records")));
}

void TestSheetCli::secondVisitShowsWhatChangedSinceThePrevious()
{
    if (m_firstCode.isEmpty())
        QSKIP("needs the first visit");
    const QString db = path(QStringLiteral("visits.db"));
    const QString out = path(QStringLiteral("visit2.pdf"));
    const Run made = cli(sheetArgs(test::demoLogPath(), out, db));
    QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
    QVERIFY(made.out.contains(QStringLiteral("(import 2)")));
    QVERIFY2(made.out.contains(QStringLiteral("compares with the previous review")),
             qPrintable(made.out));
    const QString text = pdfText(out);
    // The sheet names the day of the visit it compares with (the first sheet's, today).
    QVERIFY2(text.contains(QRegularExpression(
                 QStringLiteral("Compared with your visit of \\d\\d\\.\\d\\d\\.\\d{4}\\."))),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("This is the first review of this car")));
    QVERIFY(!text.contains(QStringLiteral("should cover"))); // the whole demo covers its period

    // Each sheet verifies against the store, and the first one still does.
    for (const QString &sheet : {out, path(QStringLiteral("visit1.pdf"))}) {
        const Run verified =
            cli({QStringLiteral("verify"), QStringLiteral("--lang"), QStringLiteral("en"),
                 QStringLiteral("--nss-dir"), m_nss, QStringLiteral("--db"), db,
                 QStringLiteral("--passphrase-file"), m_pass, sheet});
        QVERIFY2(verified.exitCode == 0, qPrintable(describe(verified)));
    }
}

void TestSheetCli::sameLogAgainIsTheSameVisitWithANewCode()
{
    if (m_firstCode.isEmpty())
        QSKIP("needs the first visit");
    const QString db = path(QStringLiteral("visits.db"));
    const QString out = path(QStringLiteral("visit2-again.pdf"));
    const Run made = cli(sheetArgs(test::demoLogPath(), out, db));
    QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
    // Nothing new is imported: the sheet belongs to import 2, and still compares with import 1.
    QVERIFY2(made.out.contains(QStringLiteral("was already imported")), qPrintable(made.out));
    QVERIFY(made.out.contains(QStringLiteral("(import 2)")));
    QVERIFY(made.out.contains(QStringLiteral("previous review, of")));
    QVERIFY(made.out.contains(QStringLiteral("(import 1)")));
    QVERIFY(made.out.contains(QStringLiteral("Kept as sheet 3")));
    const QString code = codeIn(made.out);
    QVERIFY(!code.isEmpty());
    QVERIFY(code != m_firstCode);
    QVERIFY(pdfText(out).contains(QStringLiteral("Compared with your visit of ")));

    QProcessEnvironment withPassphrase;
    withPassphrase.insert(QStringLiteral("VITRINE_PASSPHRASE"), QString::fromUtf8(kPassphrase));
    const Run history = cli({QStringLiteral("history"), QStringLiteral("--lang"),
                             QStringLiteral("en"), QStringLiteral("--db"), db, kVin},
                            withPassphrase);
    QVERIFY2(history.exitCode == 0, qPrintable(describe(history)));
    QCOMPARE(history.out.count(QRegularExpression(QStringLiteral("^Import \\d+ on "),
                                                  QRegularExpression::MultilineOption)),
             2);

    // A sheet whose typed code belongs to another sheet is not this kiosk's record of it.
    const Run mismatch = cli({QStringLiteral("verify"), QStringLiteral("--lang"),
                              QStringLiteral("en"), QStringLiteral("--nss-dir"), m_nss,
                              QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"),
                              m_pass, QStringLiteral("--code"), m_firstCode, out});
    QVERIFY(mismatch.exitCode != 0);
}

void TestSheetCli::sameLogTwiceWithoutAnEarlierVisitShowsNoPrevious()
{
    // The same file is the same visit: a second sheet of it has no "last visit" to show.
    const QString db = path(QStringLiteral("once.db"));
    for (const QString &name : {QStringLiteral("once-a.pdf"), QStringLiteral("once-b.pdf")}) {
        const Run made = cli(sheetArgs(test::demoLogPath(), path(name), db));
        QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
        QVERIFY(made.out.contains(QStringLiteral("(import 1)")));
        QVERIFY(pdfText(path(name))
                    .contains(QStringLiteral("This is the first review of this car with us.")));
    }
}

void TestSheetCli::olderLogKeptAfterANewerOneIsNotComparedWithIt()
{
    // The whole demo log first, then the earlier export that stops in June: the early one ends
    // before the demo's, so the demo's review is not its "last visit", and nothing is.
    const QString db = path(QStringLiteral("late-first.db"));
    const Run whole = cli(sheetArgs(test::demoLogPath(), path(QStringLiteral("whole.pdf")), db));
    QVERIFY2(whole.exitCode == 0, qPrintable(describe(whole)));
    const QString out = path(QStringLiteral("early-after.pdf"));
    const Run early = cli(sheetArgs(m_early, out, db));
    QVERIFY2(early.exitCode == 0, qPrintable(describe(early)));
    QVERIFY(early.out.contains(QStringLiteral("(import 2)")));
    QVERIFY2(early.out.contains(QStringLiteral("first review of this car in the store")),
             qPrintable(early.out));
    QVERIFY(pdfText(out).contains(QStringLiteral("This is the first review of this car with us.")));

    // The demo's log again is compared with the early one, which ends before it.
    const Run again =
        cli(sheetArgs(test::demoLogPath(), path(QStringLiteral("whole-again.pdf")), db));
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    QVERIFY2(again.out.contains(QStringLiteral("previous review, of")) &&
                 again.out.contains(QStringLiteral("(import 2)")),
             qPrintable(again.out));
}

void TestSheetCli::wrongPassphraseWritesNoSheet()
{
    if (m_firstCode.isEmpty())
        QSKIP("needs the first visit");
    const QString db = path(QStringLiteral("visits.db"));
    const QByteArray before = sha256Of(db);
    const QString wrong = path(QStringLiteral("wrong-passphrase"));
    QFile f(wrong);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not the passphrase\n");
    f.close();
    const QString out = path(QStringLiteral("wrong.pdf"));
    QStringList args = sheetArgs(test::demoLogPath(), out, db);
    args[args.indexOf(m_pass)] = wrong;
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!QFile::exists(out));
    QCOMPARE(sha256Of(db), before);
}

void TestSheetCli::printWithoutPrintingServiceSaysSoAndChangesNothing()
{
    const QString sheet = path(QStringLiteral("plain/sheet.pdf"));
    if (!QFile::exists(sheet))
        QSKIP("needs the signed sheet");
    const QByteArray before = sha256Of(sheet);
    QProcessEnvironment env;
    env.insert(QStringLiteral("CUPS_SERVER"), path(QStringLiteral("no-cupsd.sock")));
    const Run r = cli({QStringLiteral("print"), QStringLiteral("--lang"), QStringLiteral("en"),
                       QStringLiteral("--queue"), QStringLiteral("vitrine-test"), sheet},
                      env);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("printing service")), qPrintable(describe(r)));
    QVERIFY(r.err.contains(QStringLiteral("print again")));
    QCOMPARE(sha256Of(sheet), before);
}

QTEST_MAIN(TestSheetCli)
#include "tst_sheetcli.moc"
