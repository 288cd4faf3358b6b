// Golden, data-driven tests of the VDFL reader: every file in tests/data/vdfl/ has its expected
// report beside it (NAME.expected.json), computed by hand from the contract.

#include "catalogue.h"
#include "reportjson.h"
#include "summary.h"
#include "testsupport.h"
#include "vdflreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace vitrine;

namespace {

// Every key of expected must be in actual with an equal value; arrays must match in length.
bool subsetMatches(const QJsonValue &expected, const QJsonValue &actual, const QString &where,
                   QString *why)
{
    if (expected.isObject()) {
        if (!actual.isObject()) {
            *why = where + QStringLiteral(": expected an object");
            return false;
        }
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key())) {
                *why = where + u'.' + it.key() + QStringLiteral(": missing");
                return false;
            }
            if (!subsetMatches(it.value(), a.value(it.key()), where + u'.' + it.key(), why))
                return false;
        }
        return true;
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (!actual.isArray() || e.size() != a.size()) {
            *why = where + QStringLiteral(": expected %1 elements, got %2")
                               .arg(e.size())
                               .arg(actual.isArray() ? a.size() : -1);
            return false;
        }
        for (qsizetype i = 0; i < e.size(); ++i) {
            if (!subsetMatches(e[i], a[i], where + QStringLiteral("[%1]").arg(i), why))
                return false;
        }
        return true;
    }
    if (expected != actual) {
        *why = where +
               QStringLiteral(": expected %1, got %2")
                   .arg(QString::fromUtf8(
                            QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(
                            QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)));
        return false;
    }
    return true;
}

} // namespace

class TestVdflReader : public QObject
{
    Q_OBJECT

private slots:
    void goldenFixtureMatchesExpectedReport_data();
    void goldenFixtureMatchesExpectedReport();
    void everyFixtureHasAnExpectedReport();
    void aDeviceAPipeOrAFolderIsRefusedAtOnce_data();
    void aDeviceAPipeOrAFolderIsRefusedAtOnce();
};

void TestVdflReader::goldenFixtureMatchesExpectedReport_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QDir dir(test::dataPath(QStringLiteral("vdfl")));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (name.endsWith(QStringLiteral(".expected.json")) ||
            name.endsWith(QStringLiteral(".md")) || name.endsWith(QStringLiteral(".py")))
            continue;
        QTest::newRow(qPrintable(name))
            << dir.filePath(name) << dir.filePath(name + QStringLiteral(".expected.json"));
    }
}

void TestVdflReader::goldenFixtureMatchesExpectedReport()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFile expectedFile(expected);
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expected));
    QJsonParseError pe{};
    const QJsonObject want = QJsonDocument::fromJson(expectedFile.readAll(), &pe).object();
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));

    VdflReader reader;
    Summary summary;
    const bool read = summary.read(reader, input);

    if (want.contains(QStringLiteral("refused"))) {
        QVERIFY2(!read, "the file was read, but should have been refused");
        const QString message = QString::fromStdString(refusalText(reader.refusal()));
        QVERIFY2(message.contains(want.value(QStringLiteral("refused")).toString()),
                 qPrintable(QStringLiteral("refusal was: ") + message));
        return;
    }
    QVERIFY2(read, refusalText(reader.refusal()).c_str());
    const LineCounts &c = reader.counts();
    // The contract's count identity holds for every file with a header.
    QCOMPARE(c.total, c.blank + 1 + c.accepted + c.rejected);

    const QJsonObject got =
        QJsonDocument::fromJson(inspectionJson(summary, Catalogue::builtIn()), &pe).object();
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    QString why;
    QVERIFY2(subsetMatches(want, got, QStringLiteral("report"), &why), qPrintable(why));
}

void TestVdflReader::everyFixtureHasAnExpectedReport()
{
    const QDir dir(test::dataPath(QStringLiteral("vdfl")));
    int inputs = 0;
    for (const QString &name : dir.entryList(QDir::Files)) {
        if (name.endsWith(QStringLiteral(".expected.json")) ||
            name.endsWith(QStringLiteral(".md")) || name.endsWith(QStringLiteral(".py")))
            continue;
        ++inputs;
        QVERIFY2(QFile::exists(dir.filePath(name + QStringLiteral(".expected.json"))),
                 qPrintable(name));
    }
    QVERIFY2(inputs >= 30, "the golden fixtures are missing");
}

void TestVdflReader::aDeviceAPipeOrAFolderIsRefusedAtOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("endless device") << QStringLiteral("/dev/zero");
    QTest::newRow("pipe with no writer") << QStringLiteral("fifo");
    QTest::newRow("folder") << QStringLiteral("folder");
}

void TestVdflReader::aDeviceAPipeOrAFolderIsRefusedAtOnce()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QString path = kind;
    if (kind == u"fifo") {
        path = dir.filePath(QStringLiteral("log.jsonl"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"folder") {
        path = dir.path();
    }
    // Before, /dev/zero was read for ever and opening the pipe never returned.
    VdflReader reader;
    QVERIFY(!reader.readFile(path));
    QCOMPARE(reader.refusal().code, Refusal::NotRegularFile);
    QVERIFY(!refusalMessage(reader.refusal(), QStringLiteral("log.jsonl")).isEmpty());
}

QTEST_GUILESS_MAIN(TestVdflReader)
#include "tst_vdflreader.moc"
