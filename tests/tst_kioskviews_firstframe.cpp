// SPDX-License-Identifier: GPL-3.0-or-later
// What the kiosk's first frame waits for, and what it does not. The start gate runs what waited
// behind it once, in order, and nothing for a receiver that is gone. While it is closed
// (until the first frame is on screen) the store's Argon2id and the demo certificate's making do
// not begin, and Main.qml holds only the screen on show (no on-screen keyboard, no other screen
// compiled, no field focused). Once it opens, the work runs, every screen is compiled, the
// keyboard comes and the field that waited gets the focus with the keyboard up.

#include "clock.h"
#include "kioskcontroller.h"
#include "languagecontroller.h"
#include "onscreenkeyboard.h"
#include "quicktestsupport.h"
#include "reviewsession.h"
#include "sheetcontroller.h"
#include "startgate.h"
#include "storecontroller.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(Vitrine_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Vitrine_ThemePlugin)
Q_IMPORT_QML_PLUGIN(Vitrine_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Vitrine_ScreensPlugin)

using namespace vitrine;

namespace {

// Long enough for the work to have finished had it started: Argon2id at its minimum and the
// demo certificate each take well under this here.
constexpr int kLongEnoughMs = 1500;

// Every visible text under item whose box leaves frame (scene coordinates).
void collectTextsOutside(QQuickItem *item, const QRectF &frame, QStringList &out)
{
    if (!item || !item->isVisible() || item->opacity() == 0)
        return;
    if (item->inherits("QQuickText") && !item->property("text").toString().isEmpty()) {
        const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (!frame.adjusted(-1, -1, 1, 1).contains(box))
            out << item->property("text").toString();
    }
    for (QQuickItem *child : item->childItems())
        collectTextsOutside(child, frame, out);
}

} // namespace

class TestKioskFirstFrame : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aGateRunsWhatWaitedOnceInOrderAndNothingForAGoneReceiver();
    void theStoresKeyDerivationWaitsForTheGate();
    void theDemoCertificateWaitsForTheGate();
    void beforeTheFirstFrameMainHoldsOnlyTheScreenOnShow();

private:
    FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC)};
};

void TestKioskFirstFrame::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestKioskFirstFrame::aGateRunsWhatWaitedOnceInOrderAndNothingForAGoneReceiver()
{
    StartGate gate;
    QStringList ran;
    QObject receiver;
    gate.whenOpen(&receiver, [&] { ran << QStringLiteral("open: at once"); });
    QCOMPARE(ran, QStringList{QStringLiteral("open: at once")});
    ran.clear();

    gate.close();
    gate.whenOpen(&receiver, [&] { ran << QStringLiteral("first"); });
    auto gone = std::make_unique<QObject>();
    gate.whenOpen(gone.get(), [&] { ran << QStringLiteral("gone"); });
    gate.whenOpen(&receiver, [&] { ran << QStringLiteral("second"); });
    gone.reset();
    QVERIFY(ran.isEmpty());
    gate.open();
    QCOMPARE(ran, (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
    // Closed and opened again: what ran does not run a second time.
    gate.close();
    gate.open();
    QCOMPARE(ran.size(), 2);
}

void TestKioskFirstFrame::theStoresKeyDerivationWaitsForTheGate()
{
    StartGate gate;
    gate.close();
    StoreController vault(m_clock, nullptr);
    vault.setKdfParams(KdfParams::minimum());
    vault.setGate(&gate);
    QVERIFY(vault.useThrowaway(QStringLiteral("2468")));
    // Busy, as the attract screen shows it, but nothing derived yet.
    QVERIFY(vault.busy());
    QTest::qWait(kLongEnoughMs);
    QVERIFY(vault.busy());
    QCOMPARE(vault.stage(), StoreController::Stage::Preparing);
    gate.open();
    QTRY_COMPARE_WITH_TIMEOUT(vault.stage(), StoreController::Stage::Open, 30000);
    QVERIFY(!vault.busy());
}

void TestKioskFirstFrame::theDemoCertificateWaitsForTheGate()
{
    SystemClock clock; // NSS checks the demo certificate against today
    StartGate gate;
    gate.close();
    SheetController sheet(clock, nullptr);
    sheet.setGate(&gate);
    QVERIFY(sheet.useDemoCertificate());
    QCOMPARE(sheet.certificateStatus(), SheetController::CertificateStatus::Checking);
    QTest::qWait(kLongEnoughMs);
    QCOMPARE(sheet.certificateStatus(), SheetController::CertificateStatus::Checking);
    gate.open();
    QTRY_COMPARE_WITH_TIMEOUT(sheet.certificateStatus(), SheetController::CertificateStatus::Ready,
                              60000);
}

void TestKioskFirstFrame::beforeTheFirstFrameMainHoldsOnlyTheScreenOnShow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LanguageController language(nullptr);
    language.setCode(QStringLiteral("en"));
    ReviewSession review(nullptr);
    StoreController vault(m_clock, nullptr);
    vault.setKdfParams(KdfParams::minimum());
    // A real kiosk's first start: the setup screen, whose first field wants the keyboard.
    QVERIFY(vault.useFolder(dir.filePath(QStringLiteral("data"))));
    KioskController kiosk(&review, nullptr, false);
    kiosk.setVault(&vault);
    kiosk.setFirstFrameShown(false);
    StoreController::setInstance(&vault);
    LanguageController::setInstance(&language);
    ReviewSession::setInstance(&review);
    KioskController::setInstance(&kiosk);
    SheetController sheet(m_clock, nullptr);
    SheetController::setInstance(&sheet);

    QQmlApplicationEngine engine;
    language.setEngine(&engine);
    engine.addImportPath(QStringLiteral("qrc:/vitrine/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/vitrine/qml/Vitrine/Main.qml")));
    QVERIFY(!engine.rootObjects().isEmpty());
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(kiosk.screen(), KioskController::Screen::Setup);

    QList<QQuickItem *> fields;
    test::collectFields(window->contentItem(), fields);
    QQuickItem *field = fields.value(0);
    QVERIFY2(field, "the setup screen shows its passphrase field for the first frame");
    QVERIFY(!window->findChild<QQuickItem *>(QStringLiteral("keyboard")));
    QCOMPARE(window->property("compiledScreens").toList().size(), 0);
    QTest::qWait(300);
    QVERIFY(!field->hasActiveFocus());
    QVERIFY(!window->findChild<QQuickItem *>(QStringLiteral("keyboard")));

    kiosk.setFirstFrameShown(true);
    auto *keyboard = window->findChild<QQuickItem *>(QStringLiteral("keyboard"));
    QVERIFY2(keyboard, "the on-screen keyboard comes once the first frame is shown");
    QTRY_VERIFY(field->hasActiveFocus());
    QTRY_VERIFY(keyboard->property("active").toBool());
    QTRY_COMPARE(keyboard->y() + keyboard->height(), qreal(window->height()));
    // Made after the window had its size, it is laid out for it: no key lies outside it.
    QStringList outside;
    collectTextsOutside(
        keyboard, keyboard->mapRectToScene(QRectF(0, 0, keyboard->width(), keyboard->height())),
        outside);
    QVERIFY2(outside.isEmpty(), qPrintable(outside.join(u'|')));

    // Every screen of the journey, compiled in the background and ready for its turn.
    const QVariantList screens = window->property("compiledScreens").toList();
    QCOMPARE(screens.size(), 9);
    for (const QVariant &screen : screens) {
        auto *component = screen.value<QQmlComponent *>();
        QVERIFY(component);
        QTRY_VERIFY2_WITH_TIMEOUT(component->status() != QQmlComponent::Loading,
                                  qPrintable(component->url().toString()), 30000);
        QVERIFY2(component->status() == QQmlComponent::Ready,
                 qPrintable(component->url().toString() + u' ' + component->errorString()));
    }
}

int main(int argc, char *argv[])
{
    // The kiosk's on-screen keyboard, chosen as main() does, whatever the caller's input method.
    qunsetenv("QT_IM_MODULE");
    chooseOnScreenKeyboard();
    QTEST_MAIN_SETUP()
    TestKioskFirstFrame test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_kioskviews_firstframe.moc"
