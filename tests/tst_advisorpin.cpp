// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor PIN: kept only as an Argon2id hash, growing delays after failures, and the delay
// survives a restart of the kiosk (it lives in the encrypted store). PINs a stranger tries first
// (1111, 1234, 4321, 1212) are refused, each with its reason.

#include "advisorpin.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

class TestAdvisorPin : public QObject
{
    Q_OBJECT

private slots:
    void onlyDigitPinsOfFourToTwelveAreAccepted();
    void easyToGuessPinsAreRefused();
    void weaknessSaysWhichKind();
    void rightPinIsAcceptedAndWrongOneRefused();
    void delaysGrowFromTheThirdFailureAndEnd();
    void delayAndHashSurviveARestart();
    void storeKeepsNoPinInClear();

private:
    FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC)};
};

void TestAdvisorPin::onlyDigitPinsOfFourToTwelveAreAccepted()
{
    AdvisorPin pin(m_clock);
    QVERIFY(!pin.isSet());
    QCOMPARE(pin.check(QStringLiteral("1234")), AdvisorPin::Result::NoPin);
    QVERIFY(!pin.setPin(QStringLiteral("123")));
    QVERIFY(!pin.setPin(QStringLiteral("12a4")));
    QVERIFY(!pin.setPin(QStringLiteral("1234567890123")));
    QVERIFY(pin.setPin(QStringLiteral("4711")));
    QVERIFY(pin.isSet());
}

void TestAdvisorPin::easyToGuessPinsAreRefused()
{
    AdvisorPin pin(m_clock);
    for (const char *weak :
         {"0000", "1111", "99999999", "1234", "4321", "98765", "0123", "7890", "8901", "0987",
          "123456789012", "1212", "123123", "47114711", "252525"}) {
        QVERIFY2(!pin.setPin(QString::fromLatin1(weak)), weak);
        QVERIFY(!pin.isSet());
    }
    // Not guessable by those rules: the demo's 2468, a keypad column, ordinary PINs.
    for (const char *fine : {"2468", "2580", "4711", "1235", "12341", "90817263", "1221"})
        QVERIFY2(AdvisorPin::weakness(QString::fromLatin1(fine)) == AdvisorPin::Weakness::None,
                 fine);
    QVERIFY(pin.setPin(QStringLiteral("2468")));
}

void TestAdvisorPin::weaknessSaysWhichKind()
{
    QCOMPARE(AdvisorPin::weakness(QStringLiteral("7777")), AdvisorPin::Weakness::OneDigit);
    QCOMPARE(AdvisorPin::weakness(QStringLiteral("3456")), AdvisorPin::Weakness::Run);
    QCOMPARE(AdvisorPin::weakness(QStringLiteral("6543")), AdvisorPin::Weakness::Run);
    QCOMPARE(AdvisorPin::weakness(QStringLiteral("3434")), AdvisorPin::Weakness::Repeated);
    QCOMPARE(AdvisorPin::weakness(QStringLiteral("12a4")), AdvisorPin::Weakness::None);
}

void TestAdvisorPin::rightPinIsAcceptedAndWrongOneRefused()
{
    AdvisorPin pin(m_clock);
    QVERIFY(pin.setPin(QStringLiteral("4711")));
    QCOMPARE(pin.check(QStringLiteral("4712")), AdvisorPin::Result::Refused);
    QCOMPARE(pin.failures(), 1);
    QCOMPARE(pin.check(QStringLiteral("4711")), AdvisorPin::Result::Accepted);
    QCOMPARE(pin.failures(), 0);
}

void TestAdvisorPin::delaysGrowFromTheThirdFailureAndEnd()
{
    AdvisorPin pin(m_clock);
    QVERIFY(pin.setPin(QStringLiteral("4711")));
    QCOMPARE(pin.check(QStringLiteral("0000")), AdvisorPin::Result::Refused);
    QCOMPARE(pin.check(QStringLiteral("0000")), AdvisorPin::Result::Refused);
    QCOMPARE(pin.waitSeconds(), 0);
    QCOMPARE(pin.check(QStringLiteral("0000")), AdvisorPin::Result::Refused);
    QCOMPARE(pin.waitSeconds(), 1);
    // While waiting even the right PIN is not looked at.
    QCOMPARE(pin.check(QStringLiteral("4711")), AdvisorPin::Result::Wait);
    m_clock.advanceSecs(1);
    QCOMPARE(pin.check(QStringLiteral("0000")), AdvisorPin::Result::Refused);
    QCOMPARE(pin.waitSeconds(), 2);
    m_clock.advanceSecs(2);
    QCOMPARE(pin.check(QStringLiteral("0000")), AdvisorPin::Result::Refused);
    QCOMPARE(pin.waitSeconds(), 4);
    for (int i = 0; i < 10; ++i) {
        m_clock.advanceSecs(60);
        QCOMPARE(pin.check(QStringLiteral("0000")), AdvisorPin::Result::Refused);
    }
    QCOMPARE(pin.waitSeconds(), 60); // capped
    m_clock.advanceSecs(60);
    QCOMPARE(pin.check(QStringLiteral("4711")), AdvisorPin::Result::Accepted);
    QCOMPARE(pin.waitSeconds(), 0);
}

void TestAdvisorPin::delayAndHashSurviveARestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kiosk.db"));
    StoreError error;
    {
        auto store = Store::open(path, "passphrase", m_clock, &error, KdfParams::minimum());
        QVERIFY(store);
        AdvisorPin pin(m_clock, store.get());
        QVERIFY(pin.setPin(QStringLiteral("4711")));
        for (int i = 0; i < 4; ++i) {
            pin.check(QStringLiteral("0000"));
            m_clock.advanceSecs(1);
        }
        QVERIFY(pin.waitSeconds() > 0);
    }
    // A restart (new objects, same database) keeps the PIN and the delay.
    auto store = Store::open(path, "passphrase", m_clock, &error, KdfParams::minimum());
    QVERIFY(store);
    AdvisorPin pin(m_clock, store.get());
    QVERIFY(pin.isSet());
    QCOMPARE(pin.failures(), 4);
    QVERIFY(pin.waitSeconds() > 0);
    QCOMPARE(pin.check(QStringLiteral("4711")), AdvisorPin::Result::Wait);
    m_clock.advanceSecs(60);
    QCOMPARE(pin.check(QStringLiteral("4711")), AdvisorPin::Result::Accepted);
}

void TestAdvisorPin::storeKeepsNoPinInClear()
{
    QTemporaryDir dir;
    StoreError error;
    auto store = Store::open(dir.filePath(QStringLiteral("kiosk.db")), "passphrase", m_clock,
                             &error, KdfParams::minimum());
    QVERIFY(store);
    AdvisorPin pin(m_clock, store.get());
    QVERIFY(pin.setPin(QStringLiteral("90817263")));
    const QByteArray kept = store->setting(QStringLiteral("advisor_pin_hash")).value_or("");
    QVERIFY(kept.startsWith("$argon2id$"));
    QVERIFY(!kept.contains("90817263"));
}

QTEST_GUILESS_MAIN(TestAdvisorPin)
#include "tst_advisorpin.moc"
