// SPDX-License-Identifier: GPL-3.0-or-later
// Golden, data-driven tests of every importer, through the one way in (readLog): each input in
// tests/data/import/<format>/ has its expected report beside it (NAME.expected.json), worked out
// by hand from the format's notes; the input must be recognised as the format of its folder.

#include "catalogue.h"
#include "readlog.h"
#include "reportjson.h"
#include "summary.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

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

namespace {

bool isFixture(const QString &name)
{
    return !name.endsWith(QStringLiteral(".expected.json")) &&
           !name.endsWith(QStringLiteral(".md")) && !name.endsWith(QStringLiteral(".py"));
}

QStringList formatFolders()
{
    return QDir(test::dataPath(QStringLiteral("import")))
        .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestImportFixtures : public QObject
{
    Q_OBJECT

private slots:
    void everyFormatFolderIsAFormatTheRegistryKnows();
    void everyFixtureHasAnExpectedReport();
    void fixtureMatchesItsExpectedReport_data();
    void fixtureMatchesItsExpectedReport();
};

void TestImportFixtures::everyFormatFolderIsAFormatTheRegistryKnows()
{
    const QStringList folders = formatFolders();
    QVERIFY2(folders.contains(QStringLiteral("vdfl")), "the VDFL fixtures are missing");
    for (const QString &folder : folders) {
        QVERIFY2(ImporterRegistry::standard().find(folder.toStdString()),
                 qPrintable(folder + QStringLiteral(" is not a format id")));
    }
}

void TestImportFixtures::everyFixtureHasAnExpectedReport()
{
    for (const QString &folder : formatFolders()) {
        const QDir dir(test::dataPath(QStringLiteral("import/") + folder));
        int inputs = 0;
        for (const QString &name : dir.entryList(QDir::Files)) {
            if (!isFixture(name))
                continue;
            ++inputs;
            QVERIFY2(QFile::exists(dir.filePath(name + QStringLiteral(".expected.json"))),
                     qPrintable(folder + u'/' + name));
        }
        QVERIFY2(inputs >= 5, qPrintable(QStringLiteral("too few fixtures in ") + folder));
    }
}

void TestImportFixtures::fixtureMatchesItsExpectedReport_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    for (const QString &folder : formatFolders()) {
        const QDir dir(test::dataPath(QStringLiteral("import/") + folder));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            if (!isFixture(name))
                continue;
            QTest::newRow(qPrintable(folder + u'/' + name))
                << folder << dir.filePath(name)
                << dir.filePath(name + QStringLiteral(".expected.json"));
        }
    }
}

void TestImportFixtures::fixtureMatchesItsExpectedReport()
{
    QFETCH(QString, format);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFile expectedFile(expected);
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expected));
    QJsonParseError pe{};
    const QJsonObject want = QJsonDocument::fromJson(expectedFile.readAll(), &pe).object();
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));

    Summary summary;
    const LogRead read = readLog(input, summary);

    if (want.contains(QStringLiteral("refused"))) {
        QVERIFY2(!read.ok(), "the file was read, but should have been refused");
        const QString message = QString::fromStdString(refusalText(read.refusal));
        QVERIFY2(message.contains(want.value(QStringLiteral("refused")).toString()),
                 qPrintable(QStringLiteral("refusal was: ") + message));
        return;
    }
    QVERIFY2(read.ok(), refusalText(read.refusal).c_str());
    QCOMPARE(QString::fromStdString(read.source.format), format);
    const ItemCounts &c = read.counts;
    // Every item is counted once: blank, accepted, rejected or set aside as a repeat (a VDFL
    // log's header is one line).
    const std::int64_t header = c.unit == PositionUnit::Line ? 1 : 0;
    QCOMPARE(c.total, c.blank + header + c.accepted + c.rejected + c.repeated);

    const QJsonObject got =
        QJsonDocument::fromJson(inspectionJson(summary, Catalogue::builtIn()), &pe).object();
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    QString why;
    QVERIFY2(subsetMatches(want, got, QStringLiteral("report"), &why), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestImportFixtures)
#include "tst_importfixtures.moc"
