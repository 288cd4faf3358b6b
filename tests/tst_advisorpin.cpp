// The advisor PIN: kept only as an Argon2id hash, growing delays after failures, and the delay
// survives a restart of the kiosk (it lives in the encrypted store).

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
