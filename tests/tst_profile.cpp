// SPDX-License-Identifier: GPL-3.0-or-later
// The format profiles as the importers use them: both load whole, every key has a kind named in
// four languages, keys are found by key and (BMW's 2019 archives) by label, and a broken profile
// is refused instead of half used.

#include "profile.h"

#include <QTest>

using namespace vitrine;

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void volkswagenProfileHoldsEveryKeyOfTheDictionary();
    void bmwProfileHoldsEveryTelematicKey();
    void labelsAreFoundWhateverTheirDashesAndSpaces();
    void aBrokenProfileIsRefusedAsAWhole_data();
    void aBrokenProfileIsRefusedAsAWhole();
};

void TestProfile::volkswagenProfileHoldsEveryKeyOfTheDictionary()
{
    const FormatProfile &vw = FormatProfile::vwDataAct();
    QCOMPARE(vw.id(), QStringLiteral("vw-data-act"));
    // The dictionary "EU Data Act – List of Continuous Data" V4.0 lists 1,141 keys.
    QCOMPARE(vw.keyCount(), std::size_t{1141});
    QVERIFY(vw.source().contains(u"b45078d"));
    // The lock state, named in the format notes as a key that means the same for every car.
    const ProfileEntry *lock = vw.find("bd917b58-82bd-3c34-a006-747ca5aec03d");
    QVERIFY(lock);
    QCOMPARE(vw.kinds()[lock->kind].id, std::string("doors-locks"));
    QCOMPARE(lock->category, Category::Vehicle);
    QVERIFY(!vw.find("00000000-0000-3000-8000-000000000000"));
    for (const ProfileKind &kind : vw.kinds()) {
        for (const char *lang : {"fr", "de", "it", "en"})
            QVERIFY2(!kind.name(QLatin1StringView(lang)).isEmpty(), kind.id.c_str());
        QVERIFY2(!kind.de.contains(u'ß'), kind.id.c_str());
    }
}

void TestProfile::bmwProfileHoldsEveryTelematicKey()
{
    const FormatProfile &bmw = FormatProfile::bmwCarData();
    QCOMPARE(bmw.id(), QStringLiteral("bmw-cardata"));
    QCOMPARE(bmw.keyCount(), std::size_t{294});
    const ProfileEntry *latitude =
        bmw.find("vehicle.cabin.infotainment.navigation.currentLocation.latitude");
    QVERIFY(latitude);
    QCOMPARE(latitude->category, Category::Location);
    QVERIFY(latitude->byHand);
}

void TestProfile::labelsAreFoundWhateverTheirDashesAndSpaces()
{
    const FormatProfile &bmw = FormatProfile::bmwCarData();
    // As a 2019 archive names it: an en dash, or a hyphen and two spaces.
    const ProfileEntry *byDash = bmw.findByLabel("Position des Fahrzeugs – geographische Breite");
    const ProfileEntry *byHyphen =
        bmw.findByLabel("Position des  Fahrzeugs - geographische Breite");
    QVERIFY(byDash);
    QCOMPARE(byHyphen, byDash);
    QCOMPARE(byDash->category, Category::Location);
    QVERIFY(!bmw.findByLabel("Position des Fahrzeugs"));
}

void TestProfile::aBrokenProfileIsRefusedAsAWhole_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray kind =
        R"({"id": "k", "category": "energy", "names": {"fr": "a", "de": "b", "it": "c", "en": "d"}})";
    QTest::newRow("not JSON") << QByteArray("{");
    QTest::newRow("kind without Italian") << QByteArray(
        R"({"kinds": [{"id": "k", "category": "energy", "names": {"fr": "a", "de": "b", "en": "d"}}], "keys": []})");
    QTest::newRow("unknown category") << QByteArray(
        R"({"kinds": [{"id": "k", "category": "weather", "names": {"fr": "a", "de": "b", "it": "c", "en": "d"}}], "keys": []})");
    QTest::newRow("key of an unknown kind")
        << (QByteArray(R"({"kinds": [)") + kind +
            R"(], "keys": [{"key": "x", "kind": "nope", "category": "energy"}]})");
    QTest::newRow("key twice")
        << (QByteArray(R"({"kinds": [)") + kind +
            R"(], "keys": [{"key": "x", "kind": "k", "category": "energy"}, {"key": "x", "kind": "k", "category": "energy"}]})");
}

void TestProfile::aBrokenProfileIsRefusedAsAWhole()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!FormatProfile::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
