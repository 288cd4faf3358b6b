// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of vitrine-cli, run as a separate process as the advisor runs it: exit
// codes, what goes to standard output and standard error, and what the store keeps.

#include "languages.h"
#include "plaintext.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

using namespace vitrine;

namespace {

const QByteArray kPassphrase = "kiosk passphrase for the tests";

using Run = test::ProcessRun;

/** Runs vitrine-cli with a pinned environment; a null passphrase leaves it unset. */
Run cli(const QStringList &args, const QByteArray &passphrase = {}, const QByteArray &input = {},
        const QString &program = test::cliPath())
{
    test::RunOptions options;
    options.pinned = true;
    options.input = input;
    if (!passphrase.isNull())
        options.environment.insert(QStringLiteral("VITRINE_PASSPHRASE"),
                                   QString::fromUtf8(passphrase));
    return test::runProgram(program, args, options);
}

QByteArray fileContents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString sha256Hex(const QString &path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(contents(path), QCryptographicHash::Sha256).toHex());
}

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

QJsonObject inspectJson(const QString &path, QString *why)
{
    const Run r = cli({QStringLiteral("inspect"), QStringLiteral("--json"), path});
    if (r.crashed || r.exitCode != 0) {
        *why = QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err));
        return {};
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = error.errorString();
        return {};
    }
    return doc.object();
}

qint64 sumEvents(const QJsonValue &tallies)
{
    qint64 sum = 0;
    if (tallies.isArray()) {
        for (const QJsonValue &v : tallies.toArray())
            sum += v.toObject().value(u"events").toInteger();
    } else {
        const QJsonObject o = tallies.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            sum += it.value().toObject().value(u"events").toInteger();
    }
    return sum;
}

const QByteArray kNewerVersion =
    R"({"vdfl": 2, "vehicle": {"vin": "WVWZZZCYWR0668936"}})"
    "\n"
    R"({"t": "2026-04-02T07:31:12+02:00", "kind": "stored", "data": "location"})"
    "\n";

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void inspectJsonPrintsTheContractKeys();
    void inspectPrintsNoControlOrBidiCharacterFromTheLog();
    void aFileNameCannotForgeALineOfAMessage();
    void writingToALinkReplacesTheLinkNotTheFileItPointsTo_data();
    void writingToALinkReplacesTheLinkNotTheFileItPointsTo();
    void aKilledSheetsDraftFolderIsRemovedAtTheNextStart();
    void inspectJsonLineCountsAddUp();
    void inspectJsonTalliesAddUpToTotals();
    void refusedFileExitsTwoWithReasonOnStderr_data();
    void refusedFileExitsTwoWithReasonOnStderr();
    void usageErrorsExitOne_data();
    void usageErrorsExitOne();
    void inspectInLanguageShowsSwissDates_data();
    void inspectInLanguageShowsSwissDates();
    void inspectInLanguageGroupsThousandsTheSwissWay_data();
    void inspectInLanguageGroupsThousandsTheSwissWay();
    void inspectInLanguageListsRejectedLineNumbers();
    void inspectInLanguageNeverShowsTheFullVin();

    void classifyPrintsPathTabCategoryPerLine();
    void classifyReportsWhatIsNotAPath();

    void generateWithSameSeedGivesIdenticalFiles_data();
    void generateWithSameSeedGivesIdenticalFiles();
    void generatedGzipReadsWithTheSameTotalsAsPlain();

    void importCreatesOwnerOnlyDatabase();
    void historyListsImportWithFullSha256();
    void importingSameFileAgainKeepsNothingNew();
    void wrongPassphraseFailsAndLeavesDatabaseUntouched_data();
    void wrongPassphraseFailsAndLeavesDatabaseUntouched();
    void refusedFileGivenToImportExitsTwoAndCreatesNoDatabase();
    void importWithoutPassphraseFailsAndCreatesNoDatabase();
    void damagedStoreMakesHistoryAndImportFailNotSayNone();
    void emptyStoreFileIsRefusedNotStartedAfresh();
    void twoFirstImportsAtOnceNeverClaimWhatIsNotKept();
    void documentCommandsRunInTheirOwnProgram();

private:
    QJsonObject m_demo; ///< inspect --json of the demo log
};

void CliTest::initTestCase()
{
    QVERIFY2(QFileInfo(test::cliPath()).isExecutable(), qPrintable(test::cliPath()));
    QString why;
    m_demo = inspectJson(test::demoLogPath(), &why);
    QVERIFY2(!m_demo.isEmpty(), qPrintable(why));
}

void CliTest::inspectJsonPrintsTheContractKeys()
{
    const Run r = cli({QStringLiteral("inspect"), QStringLiteral("--json"), test::demoLogPath()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.crashed);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    QVERIFY(doc.isObject());
    const QJsonObject o = doc.object();
    for (const char *key : {"format", "version", "vehicle", "lines", "rejected", "period", "totals",
                            "by_category", "by_kind", "by_host", "by_recipient"})
        QVERIFY2(o.contains(QLatin1StringView(key)), key);
    QCOMPARE(o.value(u"format").toString(), QStringLiteral("vdfl"));
    QCOMPARE(o.value(u"version").toInt(), 1);
    QVERIFY(o.value(u"rejected").isArray());
    QVERIFY(o.value(u"by_recipient").isArray());
    // The VIN as the header gives it.
    const QByteArray demo = contents(test::demoLogPath());
    const QJsonObject header = QJsonDocument::fromJson(demo.left(demo.indexOf('\n'))).object();
    QCOMPARE(o.value(u"vehicle").toObject().value(u"vin").toString(),
             header.value(u"vehicle").toObject().value(u"vin").toString());
    // Periods in UTC, Z form, whole seconds.
    static const QRegularExpression utc(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    const QJsonObject period = o.value(u"period").toObject();
    QVERIFY2(utc.match(period.value(u"from").toString()).hasMatch(),
             qPrintable(period.value(u"from").toString()));
    QVERIFY2(utc.match(period.value(u"to").toString()).hasMatch(),
             qPrintable(period.value(u"to").toString()));
}

void CliTest::inspectJsonLineCountsAddUp()
{
    const QJsonObject lines = m_demo.value(u"lines").toObject();
    const qint64 total = lines.value(u"total").toInteger();
    const qint64 blank = lines.value(u"blank").toInteger();
    const qint64 accepted = lines.value(u"accepted").toInteger();
    const qint64 rejected = lines.value(u"rejected").toInteger();
    QVERIFY(accepted > 0);
    QCOMPARE(total, blank + 1 + accepted + rejected);
    // The demo's own line count, as wc -l sees it.
    QCOMPARE(total, qint64(contents(test::demoLogPath()).count('\n')));
    QCOMPARE(qint64(m_demo.value(u"rejected").toArray().size()), rejected);
}

void CliTest::inspectJsonTalliesAddUpToTotals()
{
    const qint64 events = m_demo.value(u"totals").toObject().value(u"events").toInteger();
    QVERIFY(events > 0);
    // Kinds and hosts partition the records; categories overlap.
    QCOMPARE(sumEvents(m_demo.value(u"by_kind")), events);
    QCOMPARE(sumEvents(m_demo.value(u"by_host")), events);
    QVERIFY(sumEvents(m_demo.value(u"by_category")) >= events);
    // Recipients are every host but the car itself.
    const qint64 onboard = m_demo.value(u"by_host")
                               .toObject()
                               .value(u"onboard")
                               .toObject()
                               .value(u"events")
                               .toInteger();
    QCOMPARE(sumEvents(m_demo.value(u"by_recipient")), events - onboard);
}

void CliTest::refusedFileExitsTwoWithReasonOnStderr_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mode"); // --json or --lang=xx
    const QByteArray notVdfl = R"({"hello": "world"})"
                               "\n";
    const QByteArray damagedGzip = QByteArray::fromHex("1f8b0800000000000003cd5d6d6f");
    for (const QString &mode :
         {QStringLiteral("--json"), QStringLiteral("--lang=de"), QStringLiteral("--lang=fr")}) {
        const QByteArray m = mode.toLatin1();
        QTest::addRow("newer version %s", m.constData()) << kNewerVersion << mode;
        QTest::addRow("not VDFL %s", m.constData()) << notVdfl << mode;
        QTest::addRow("empty %s", m.constData()) << QByteArray() << mode;
        QTest::addRow("damaged gzip %s", m.constData()) << damagedGzip << mode;
    }
}

void CliTest::refusedFileExitsTwoWithReasonOnStderr()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("refused.jsonl"));
    QVERIFY(write(path, bytes));
    const Run r = cli({QStringLiteral("inspect"), mode, path});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY(!r.err.trimmed().isEmpty());
    if (bytes == kNewerVersion && mode == u"--json")
        QVERIFY2(r.err.contains("newer"), r.err.constData());
}

void CliTest::usageErrorsExitOne_data()
{
    QTest::addColumn<QStringList>("args");
    const QString demo = test::demoLogPath();
    QTest::addRow("no command") << QStringList();
    QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::addRow("inspect without file") << QStringList{QStringLiteral("inspect")};
    QTest::addRow("inspect two files") << QStringList{QStringLiteral("inspect"), demo, demo};
    QTest::addRow("inspect json and lang")
        << QStringList{QStringLiteral("inspect"), QStringLiteral("--json"),
                       QStringLiteral("--lang"), QStringLiteral("de"), demo};
    QTest::addRow("inspect unknown language") << QStringList{
        QStringLiteral("inspect"), QStringLiteral("--lang"), QStringLiteral("rm"), demo};
    QTest::addRow("inspect unknown option")
        << QStringList{QStringLiteral("inspect"), QStringLiteral("--xml"), demo};
    QTest::addRow("classify with argument")
        << QStringList{QStringLiteral("classify"), QStringLiteral("Vehicle.Speed")};
    QTest::addRow("generate without out") << QStringList{
        QStringLiteral("generate"), QStringLiteral("--events"), QStringLiteral("10")};
    QTest::addRow("generate zero events")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--events"), QStringLiteral("0"),
                       QStringLiteral("--out"), QStringLiteral("/nonexistent/never.jsonl")};
    QTest::addRow("generate events not a number") << QStringList{
        QStringLiteral("generate"), QStringLiteral("--events"), QStringLiteral("many"),
        QStringLiteral("--out"), QStringLiteral("/nonexistent/never.jsonl")};
    QTest::addRow("import without db") << QStringList{QStringLiteral("import"), demo};
    QTest::addRow("history without vin") << QStringList{
        QStringLiteral("history"), QStringLiteral("--db"), QStringLiteral("/nonexistent/never.db")};
}

void CliTest::usageErrorsExitOne()
{
    QFETCH(QStringList, args);
    const Run r = cli(args, kPassphrase);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 1);
    // Something tells the advisor how to call it (the bare command prints its help).
    QVERIFY(!(r.err + r.out).trimmed().isEmpty());
}

void CliTest::inspectInLanguageShowsSwissDates_data()
{
    QTest::addColumn<QString>("lang");
    for (const QString &code : Languages::codes())
        QTest::newRow(qPrintable(code)) << code;
}

void CliTest::inspectInLanguageShowsSwissDates()
{
    QFETCH(QString, lang);
    const Run r =
        cli({QStringLiteral("inspect"), QStringLiteral("--lang"), lang, test::demoLogPath()});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    // The observed period of the demo, in Swiss time, as dd.MM.yyyy.
    const QJsonObject period = m_demo.value(u"period").toObject();
    for (const QString &key : {QStringLiteral("from"), QStringLiteral("to")}) {
        const QDateTime t = QDateTime::fromString(period.value(key).toString(), Qt::ISODate);
        QVERIFY(t.isValid());
        const QString swiss =
            t.toTimeZone(QTimeZone("Europe/Zurich")).date().toString(QStringLiteral("dd.MM.yyyy"));
        QVERIFY2(text.contains(swiss), qPrintable(swiss + QStringLiteral(" missing:\n") + text));
    }
    QVERIFY2(text.contains(QStringLiteral("01.04.2026")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("30.09.2026")), qPrintable(text));
    // No ISO or slashed dates slip through.
    static const QRegularExpression otherDate(
        QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"));
    QVERIFY2(!otherDate.match(text).hasMatch(), qPrintable(otherDate.match(text).captured()));
}

void CliTest::inspectInLanguageGroupsThousandsTheSwissWay_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("separator");
    QTest::addRow("de") << QStringLiteral("de") << QStringLiteral("\u2019");
    QTest::addRow("it") << QStringLiteral("it") << QStringLiteral("\u2019");
    QTest::addRow("fr") << QStringLiteral("fr")
                        << QLocale(QLocale::French, QLocale::Switzerland).groupSeparator();
    QTest::addRow("en") << QStringLiteral("en")
                        << QLocale(QLocale::English, QLocale::Switzerland).groupSeparator();
}

void CliTest::inspectInLanguageGroupsThousandsTheSwissWay()
{
    QFETCH(QString, lang);
    QFETCH(QString, separator);
    const Run r =
        cli({QStringLiteral("inspect"), QStringLiteral("--lang"), lang, test::demoLogPath()});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    const qint64 events = m_demo.value(u"totals").toObject().value(u"events").toInteger();
    QVERIFY2(events >= 1000, "the demo log should have thousands of events");
    const qint64 shown = plain::roundForPeople(events);
    // Grouped by hand, so the test does not trust the locale code it checks.
    QString grouped = QString::number(shown);
    for (qsizetype i = grouped.size() - 3; i > 0; i -= 3)
        grouped.insert(i, separator);
    QVERIFY2(text.contains(grouped), qPrintable(grouped + QStringLiteral(" missing:\n") + text));
    QVERIFY2(!text.contains(QString::number(shown)), "a number of thousands is not grouped");
}

void CliTest::inspectInLanguageListsRejectedLineNumbers()
{
    const QJsonArray rejected = m_demo.value(u"rejected").toArray();
    QVERIFY(!rejected.isEmpty());
    const Run r = cli({QStringLiteral("inspect"), QStringLiteral("--lang"), QStringLiteral("de"),
                       test::demoLogPath()});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    for (const QJsonValue &v : rejected) {
        const QString line = QString::number(v.toObject().value(u"line").toInteger());
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(line))),
                 qPrintable(line));
    }
}

void CliTest::inspectInLanguageNeverShowsTheFullVin()
{
    const QString vin = m_demo.value(u"vehicle").toObject().value(u"vin").toString();
    QCOMPARE(vin.size(), 17);
    for (const QString &lang : Languages::codes()) {
        const Run r =
            cli({QStringLiteral("inspect"), QStringLiteral("--lang"), lang, test::demoLogPath()});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(!text.contains(vin), qPrintable(lang));
        QVERIFY2(text.contains(plain::maskVin(vin)), qPrintable(lang));
    }
}

void CliTest::classifyPrintsPathTabCategoryPerLine()
{
    // CRLF, a blank line and a last line without a line end.
    const QByteArray input = "Vehicle.Speed\n"
                             "Vehicle.CurrentLocation.Latitude\r\n"
                             "\n"
                             "Vehicle.Cabin.Infotainment.Media.Played.Source\n"
                             "Vehicle.Driver.FatigueLevel\n"
                             "Vehicle.Powertrain.TractionBattery.StateOfCharge.Current\n"
                             "Vehicle.VehicleIdentification.VIN";
    const Run r = cli({QStringLiteral("classify")}, {}, input);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out),
             QStringLiteral("Vehicle.Speed\tdriving\n"
                            "Vehicle.CurrentLocation.Latitude\tlocation\n"
                            "Vehicle.Cabin.Infotainment.Media.Played."
                            "Source\tmedia\n"
                            "Vehicle.Driver.FatigueLevel\tdriver\n"
                            "Vehicle.Powertrain.TractionBattery."
                            "StateOfCharge.Current\tenergy\n"
                            "Vehicle.VehicleIdentification.VIN\tidentity\n"));
}

void CliTest::classifyReportsWhatIsNotAPath()
{
    const QByteArray input = "Vehicle.Speed\n"
                             "Speedometer.Needle\n"
                             "Vehicle.CurrentLocation.Latitude\n";
    const Run r = cli({QStringLiteral("classify")}, {}, input);
    QVERIFY(!r.crashed);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("Speedometer.Needle"), r.err.constData());
    // The good lines are still classified; the bad one gets no category.
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY(lines.contains("Vehicle.Speed\tdriving"));
    QVERIFY(lines.contains("Vehicle.CurrentLocation.Latitude\tlocation"));
    for (const QByteArray &line : lines) {
        if (line.startsWith("Speedometer.Needle"))
            QVERIFY2(line.trimmed() == "Speedometer.Needle", line.constData());
    }
}

void CliTest::generateWithSameSeedGivesIdenticalFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("plain") << QStringLiteral("log.jsonl");
    QTest::addRow("gzip") << QStringLiteral("log.jsonl.gz");
}

void CliTest::generateWithSameSeedGivesIdenticalFiles()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray first;
    for (const QString &sub : {QStringLiteral("a"), QStringLiteral("b")}) {
        QVERIFY(QDir(dir.path()).mkdir(sub));
        const QString path = dir.filePath(sub + u'/' + name);
        const Run r =
            cli({QStringLiteral("generate"), QStringLiteral("--events"), QStringLiteral("2000"),
                 QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--out"), path});
        QCOMPARE(r.exitCode, 0);
        const QByteArray bytes = contents(path);
        QVERIFY(!bytes.isEmpty());
        if (first.isNull())
            first = bytes;
        else
            QVERIFY2(bytes == first, "the same seed gave different files");
    }
}

void CliTest::generatedGzipReadsWithTheSameTotalsAsPlain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plainPath = dir.filePath(QStringLiteral("log.jsonl"));
    const QString gzPath = dir.filePath(QStringLiteral("log.jsonl.gz"));
    for (const QString &path : {plainPath, gzPath}) {
        const Run r =
            cli({QStringLiteral("generate"), QStringLiteral("--events"), QStringLiteral("3000"),
                 QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--out"), path});
        QCOMPARE(r.exitCode, 0);
    }
    const QByteArray gz = contents(gzPath);
    QVERIFY(gz.size() > 2);
    QCOMPARE(quint8(gz[0]), quint8(0x1f));
    QCOMPARE(quint8(gz[1]), quint8(0x8b));
    QVERIFY(gz != contents(plainPath));

    QString why;
    const QJsonObject plain = inspectJson(plainPath, &why);
    QVERIFY2(!plain.isEmpty(), qPrintable(why));
    const QJsonObject packed = inspectJson(gzPath, &why);
    QVERIFY2(!packed.isEmpty(), qPrintable(why));
    QCOMPARE(plain.value(u"totals").toObject().value(u"events").toInteger(), qint64(3000));
    for (const char *key :
         {"lines", "totals", "period", "by_category", "by_kind", "by_host", "by_recipient"})
        QVERIFY2(plain.value(QLatin1StringView(key)) == packed.value(QLatin1StringView(key)), key);
    QCOMPARE(packed.value(u"file").toObject().value(u"gzip").toBool(), true);
}

void CliTest::importCreatesOwnerOnlyDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("kiosk.db"));
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, test::demoLogPath()},
                      kPassphrase);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo::exists(db));
    QCOMPARE(modeOf(db), mode_t(0600));
    // Encrypted: neither SQLite's plain header nor the VIN is readable in the file.
    const QByteArray bytes = contents(db);
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    const QString vin = m_demo.value(u"vehicle").toObject().value(u"vin").toString();
    QVERIFY(!bytes.contains(vin.toLatin1()));
}

void CliTest::historyListsImportWithFullSha256()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("kiosk.db"));
    const Run imported = cli(
        {QStringLiteral("import"), QStringLiteral("--db"), db, test::demoLogPath()}, kPassphrase);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QString vin = m_demo.value(u"vehicle").toObject().value(u"vin").toString();
    // The VIN may be typed in lower case.
    const Run r =
        cli({QStringLiteral("history"), QStringLiteral("--db"), db, vin.toLower()}, kPassphrase);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    const QString sha = sha256Hex(test::demoLogPath());
    QCOMPARE(sha.size(), 64);
    QVERIFY2(text.contains(sha), qPrintable(text));
    QVERIFY2(text.contains(QFileInfo(test::demoLogPath()).fileName()), qPrintable(text));
    QCOMPARE(text.count(sha), 1);
}

void CliTest::importingSameFileAgainKeepsNothingNew()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("kiosk.db"));
    const QStringList import = {QStringLiteral("import"), QStringLiteral("--db"), db,
                                test::demoLogPath()};
    const Run first = cli(import, kPassphrase);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const Run again = cli(import, kPassphrase);
    QVERIFY2(again.exitCode == 0, again.err.constData());

    const QString vin = m_demo.value(u"vehicle").toObject().value(u"vin").toString();
    const Run r = cli({QStringLiteral("history"), QStringLiteral("--db"), db, vin}, kPassphrase);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    // One fingerprint per import kept (the messages' wording depends on the language).
    static const QRegularExpression sha(QStringLiteral("\\b[0-9a-f]{64}\\b"));
    int imports = 0;
    for (auto it = sha.globalMatch(text); it.hasNext(); it.next())
        ++imports;
    QVERIFY2(imports == 1, qPrintable(text));
    QCOMPARE(text.count(sha256Hex(test::demoLogPath())), 1);
}

void CliTest::wrongPassphraseFailsAndLeavesDatabaseUntouched_data()
{
    QTest::addColumn<QString>("command");
    QTest::addRow("history") << QStringLiteral("history");
    QTest::addRow("import") << QStringLiteral("import");
}

void CliTest::wrongPassphraseFailsAndLeavesDatabaseUntouched()
{
    QFETCH(QString, command);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("kiosk.db"));
    const Run created = cli(
        {QStringLiteral("import"), QStringLiteral("--db"), db, test::demoLogPath()}, kPassphrase);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QByteArray before = contents(db);
    QVERIFY(!before.isEmpty());

    // Another log than the one kept, so that import would have something to add.
    const QString other = dir.filePath(QStringLiteral("other.jsonl"));
    QVERIFY(cli({QStringLiteral("generate"), QStringLiteral("--events"), QStringLiteral("100"),
                 QStringLiteral("--out"), other})
                .exitCode == 0);
    const QString vin = m_demo.value(u"vehicle").toObject().value(u"vin").toString();
    const QString argument = command == u"import" ? other : vin;
    const Run r = cli({command, QStringLiteral("--db"), db, argument}, "not the passphrase");
    QVERIFY(!r.crashed);
    QVERIFY(r.exitCode != 0);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY2(!r.out.contains(sha256Hex(test::demoLogPath()).toLatin1()), r.out.constData());
    QVERIFY2(contents(db) == before, "the database file changed");
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-journal")));
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
}

void CliTest::refusedFileGivenToImportExitsTwoAndCreatesNoDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString refused = dir.filePath(QStringLiteral("newer.jsonl"));
    QVERIFY(write(refused, kNewerVersion));
    const QString db = dir.filePath(QStringLiteral("kiosk.db"));
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, refused}, kPassphrase);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(!QFileInfo::exists(db));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("newer.jsonl")});
}

void CliTest::importWithoutPassphraseFailsAndCreatesNoDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("kiosk.db"));
    // No VITRINE_PASSPHRASE and standard input is not a terminal: nothing to ask.
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, test::demoLogPath()});
    QVERIFY(!r.crashed);
    QVERIFY(r.exitCode != 0);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(!QFileInfo::exists(db));
}

void CliTest::inspectPrintsNoControlOrBidiCharacterFromTheLog()
{
    // The make holds a right-to-left override, the model a line break and a forged line, the
    // exporter escape codes that would set the terminal's title and clear it.
    const Run r = cli({QStringLiteral("inspect"), QStringLiteral("--lang"), QStringLiteral("en"),
                       test::dataPath(QStringLiteral("import/vdfl/bidi-in-make.jsonl"))});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out + r.err);
    QVERIFY2(text.contains(QStringLiteral("Volksnegaw")), qPrintable(text));
    for (const QChar c : text) {
        QVERIFY2(c == u'\n' ||
                     (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format),
                 qPrintable(QStringLiteral("U+%1 in the output").arg(c.unicode(), 4, 16)));
    }
    for (const QString &line : text.split(u'\n'))
        QVERIFY2(!line.trimmed().startsWith(QStringLiteral("FAKE LINE")), qPrintable(line));
}

void CliTest::aFileNameCannotForgeALineOfAMessage()
{
    QTemporaryDir dir;
    const QString forged = dir.filePath(QStringLiteral("log\nVerdict: genuine.jsonl"));
    QVERIFY(
        QFile::copy(test::dataPath(QStringLiteral("import/vdfl/refuse-empty-file.jsonl")), forged));
    const Run r =
        cli({QStringLiteral("inspect"), QStringLiteral("--lang"), QStringLiteral("en"), forged});
    QCOMPARE(r.exitCode, 2);
    const QString text = QString::fromUtf8(r.out + r.err);
    QVERIFY2(text.contains(QStringLiteral("log?Verdict: genuine.jsonl")), qPrintable(text));
    for (const QString &line : text.split(u'\n'))
        QVERIFY2(!line.startsWith(QStringLiteral("Verdict")), qPrintable(text));
}

void CliTest::writingToALinkReplacesTheLinkNotTheFileItPointsTo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("sheet --unsigned")
        << QStringList{QStringLiteral("sheet"), QStringLiteral("--unsigned"),
                       QStringLiteral("--log"), test::demoLogPath(), QStringLiteral("--out")};
    QTest::newRow("generate") << QStringList{QStringLiteral("generate"), QStringLiteral("--events"),
                                             QStringLiteral("100"), QStringLiteral("--out")};
}

void CliTest::writingToALinkReplacesTheLinkNotTheFileItPointsTo()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    QFile file(victim);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not yours");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QString out = dir.filePath(QStringLiteral("out.file"));
    QVERIFY(QFile::link(victim, out));

    const Run r = cli(args << out);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The link's target is as it was; the output is a file of its own, owner-only.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not yours"));
    QVERIFY(file.permissions().testFlag(QFileDevice::ReadOther));
    const QFileInfo written(out);
    QVERIFY(!written.isSymLink());
    QVERIFY(written.size() > 0);
    QCOMPARE(written.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    // And nothing is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void CliTest::aKilledSheetsDraftFolderIsRemovedAtTheNextStart()
{
    // What a killed `sheet` leaves: its private folder, with the unsigned draft, named with a
    // process id that no longer runs; and one of a run still going (this test's own id).
    const QDir temp = QDir::temp();
    const QString left = temp.filePath(QStringLiteral("vitrine-sheet-2147483646-test"));
    const QString running = temp.filePath(
        QStringLiteral("vitrine-sheet-%1-test").arg(QCoreApplication::applicationPid()));
    for (const QString &folder : {left, running}) {
        QVERIFY(QDir().mkpath(folder));
        QFile draft(QDir(folder).filePath(QStringLiteral("draft-x.pdf")));
        QVERIFY(draft.open(QIODevice::WriteOnly));
        draft.write("%PDF- the unsigned draft");
    }
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("sheet.pdf"));
    const Run r = cli({QStringLiteral("sheet"), QStringLiteral("--unsigned"),
                       QStringLiteral("--log"), test::demoLogPath(), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!QFileInfo::exists(left));
    QVERIFY(QFileInfo::exists(running));
    QDir(running).removeRecursively();
    // Nothing hidden beside the sheet either.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("sheet.pdf")});
}

void CliTest::damagedStoreMakesHistoryAndImportFailNotSayNone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("kiosk.db"));
    const Run imported = cli(
        {QStringLiteral("import"), QStringLiteral("--db"), db, test::demoLogPath()}, kPassphrase);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    {
        // One byte flipped in the last page, far from page 1.
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 offset = f.size() - 300;
        QVERIFY(f.seek(offset));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(offset));
        QVERIFY(f.putChar(static_cast<char>(c ^ 0x20)));
    }
    const QByteArray before = fileContents(db);
    const QString vin = m_demo.value(u"vehicle").toObject().value(u"vin").toString();
    const Run history =
        cli({QStringLiteral("history"), QStringLiteral("--db"), db, vin}, kPassphrase);
    QVERIFY(!history.crashed);
    QCOMPARE(history.exitCode, 3);
    QVERIFY2(history.err.contains("damaged"), history.err.constData());
    QVERIFY2(!history.out.contains("No import"), history.out.constData());
    const Run again = cli(
        {QStringLiteral("import"), QStringLiteral("--db"), db, test::demoLogPath()}, kPassphrase);
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains("damaged"), again.err.constData());
    QVERIFY2(!again.out.contains("Imported"), again.out.constData());
    QCOMPARE(fileContents(db), before); // refused for writing
}

void CliTest::emptyStoreFileIsRefusedNotStartedAfresh()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("kiosk.db"));
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, test::demoLogPath()},
                      "any passphrase");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("empty"), r.err.constData());
    QCOMPARE(QFileInfo(db).size(), 0);
}

void CliTest::twoFirstImportsAtOnceNeverClaimWhatIsNotKept()
{
    // Two first imports of the same file at once: one keeps it, the other finds it kept (or
    // fails clearly); the store is there afterwards and holds exactly one import.
    for (int trial = 0; trial < 3; ++trial) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("kiosk.db"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        env.insert(QStringLiteral("VITRINE_PASSPHRASE"), QString::fromUtf8(kPassphrase));
        QProcess a, b;
        for (QProcess *p : {&a, &b}) {
            p->setProcessEnvironment(env);
            p->start(test::cliPath(),
                     {QStringLiteral("import"), QStringLiteral("--db"), db, test::demoLogPath()});
        }
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        for (QProcess *p : {&a, &b})
            QVERIFY2(p->exitCode() == 0 || !p->readAllStandardError().isEmpty(),
                     "a failed import says why");
        QVERIFY(QFileInfo::exists(db));
        const QString vin = m_demo.value(u"vehicle").toObject().value(u"vin").toString();
        const Run history =
            cli({QStringLiteral("history"), QStringLiteral("--db"), db, vin}, kPassphrase);
        QCOMPARE(history.exitCode, 0);
        QVERIFY2(history.out.contains("1 import"), history.out.constData());
    }
}

void CliTest::documentCommandsRunInTheirOwnProgram()
{
    // vitrine-cli hands `cert` to vitrine-cli-documents, which answers as vitrine-cli did.
    QTemporaryDir dir;
    const Run shown = cli({QStringLiteral("cert"), QStringLiteral("show"),
                           QStringLiteral("--nss-dir"), dir.filePath(QStringLiteral("none"))});
    QCOMPARE(shown.exitCode, 3);
    QVERIFY2(shown.err.contains("no certificate database"), shown.err.constData());

    // Without it (a broken installation), a document command says what is missing; the other
    // commands, which never needed it, still work.
    const QString alone = dir.filePath(QStringLiteral("vitrine-cli"));
    QVERIFY(QFile::copy(test::cliPath(), alone));
    const Run sign = cli({QStringLiteral("sign"), QStringLiteral("--nss-dir"), dir.path(),
                          QStringLiteral("in.pdf"), QStringLiteral("out.pdf")},
                         {}, {}, alone);
    QVERIFY(!sign.crashed);
    QCOMPARE(sign.exitCode, 3);
    QVERIFY2(sign.err.contains("lacks vitrine-cli-documents"), sign.err.constData());
    const Run inspect = cli(
        {QStringLiteral("inspect"), QStringLiteral("--json"), test::demoLogPath()}, {}, {}, alone);
    QCOMPARE(inspect.exitCode, 0);
    QVERIFY(inspect.out.startsWith("{"));
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
