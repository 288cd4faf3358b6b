// SPDX-License-Identifier: GPL-3.0-or-later
// The signatures on the kiosk: the pad's pixels become the kept vectors and come back as the
// same pixels to draw, a resized pad redraws the same signature, and both signatures are wiped
// with the session (Finish, the idle timeout, a new log), like every other part of the review.
// Ink too little to count says so when the finger lifts, and when Finish is tapped.

#include "advisorpin.h"
#include "clock.h"
#include "kioskcontroller.h"
#include "reviewsession.h"
#include "signaturecapture.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace vitrine;

namespace {

// A wavy line across most of an 800 × 400 pad, as a finger would draw it.
void sign(SignatureCapture &capture)
{
    capture.setPadSize(QSizeF(800, 400));
    capture.begin(80, 260);
    for (int i = 1; i <= 60; ++i)
        capture.extend(80 + 10 * i, 260 - 40 * std::sin(i / 4.0));
    capture.end();
}

FixedClock g_clock(QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC));

} // namespace

class TestKioskSignature : public QObject
{
    Q_OBJECT

private slots:
    void padPixelsAreKeptAsNormalisedVectors();
    void whatIsDrawnIsWhatIsKept();
    void aResizedPadRedrawsTheSameSignature();
    void aPadWithoutSizeTakesNoInk();
    void aTapLeavesADotButNoSignature();
    void aTooShortSignatureSaysSoWhenTheFingerLifts();
    void finishWithATooShortSignatureSaysSo();
    void clearWipesOneSignature();
    void signaturesAreWipedWithTheSession();
    void theIdleTimeoutWipesTheSignatures();
    void aNewLogStartsWithEmptyPads();
};

void TestKioskSignature::padPixelsAreKeptAsNormalisedVectors()
{
    SignatureCapture capture;
    capture.setPadSize(QSizeF(800, 400));
    QCOMPARE(capture.signature().aspect(), 0.5);
    capture.begin(400, 200);
    capture.extend(600, 300);
    capture.extend(900, -20); // off the pad: kept on its edge
    capture.end();
    const QPolygonF kept = capture.signature().strokes().at(0);
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.at(0), QPointF(0.5, 0.25));
    QCOMPARE(kept.at(1), QPointF(0.75, 0.375));
    QCOMPARE(kept.at(2), QPointF(1.0, 0.0));
}

void TestKioskSignature::whatIsDrawnIsWhatIsKept()
{
    SignatureCapture capture;
    QSignalSpy current(&capture, &SignatureCapture::currentStrokeChanged);
    QSignalSpy finished(&capture, &SignatureCapture::strokesChanged);
    capture.setPadSize(QSizeF(800, 400));
    capture.begin(100, 100);
    capture.extend(150, 120);
    capture.extend(220, 90);
    // While the finger is down, the stroke is drawn as it is kept, point for point.
    QCOMPARE(capture.currentStroke(), (QPolygonF{{100, 100}, {150, 120}, {220, 90}}));
    QVERIFY(capture.strokes().isEmpty());
    QVERIFY(current.count() >= 3);
    // A move too small to keep is not drawn either.
    capture.extend(220.5, 90.5);
    QCOMPARE(capture.currentStroke().size(), 3);
    finished.clear();
    capture.end();
    QVERIFY(capture.currentStroke().isEmpty());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(capture.strokes().size(), 1);
    QCOMPARE(capture.strokes().at(0), capture.signature().polyline(0, QRectF(0, 0, 800, 400)));
    QCOMPARE(capture.strokes().at(0), (QPolygonF{{100, 100}, {150, 120}, {220, 90}}));
}

void TestKioskSignature::aResizedPadRedrawsTheSameSignature()
{
    SignatureCapture capture;
    sign(capture);
    const QList<QPolygonF> before = capture.strokes();
    const QByteArray kept = capture.signature().toJson();
    // Half the size, same shape: the same ink at half the scale; the vectors do not change.
    capture.setPadSize(QSizeF(400, 200));
    QCOMPARE(capture.signature().toJson(), kept);
    QCOMPARE(capture.strokes().size(), before.size());
    QCOMPARE(capture.strokes().at(0).at(5), before.at(0).at(5) / 2);
    // A wider pad: the signature keeps its shape, centred.
    capture.setPadSize(QSizeF(1000, 400));
    QCOMPARE(capture.strokes().at(0).at(0), before.at(0).at(0) + QPointF(100, 0));
    // Once wiped, the pad takes its new shape.
    capture.clear();
    QCOMPARE(capture.signature().aspect(), 0.4);
}

void TestKioskSignature::aPadWithoutSizeTakesNoInk()
{
    SignatureCapture capture;
    capture.begin(10, 10);
    capture.extend(300, 10);
    capture.end();
    QVERIFY(capture.empty());
    QVERIFY(capture.strokes().isEmpty());
}

void TestKioskSignature::aTapLeavesADotButNoSignature()
{
    SignatureCapture capture;
    QSignalSpy changed(&capture, &SignatureCapture::changed);
    capture.setPadSize(QSizeF(800, 400));
    capture.begin(300, 200);
    capture.end();
    QVERIFY(!capture.empty());
    QVERIFY(!capture.looksSigned());
    QCOMPARE(capture.strokeCount(), 1);
    QCOMPARE(changed.count(), 1);
    // The dot is drawn, as a line short enough to look like one.
    QCOMPARE(capture.strokes().at(0).size(), 2);
    QVERIFY(QLineF(capture.strokes().at(0).at(0), capture.strokes().at(0).at(1)).length() < 1);
}

void TestKioskSignature::aTooShortSignatureSaysSoWhenTheFingerLifts()
{
    SignatureCapture capture;
    QSignalSpy said(&capture, &SignatureCapture::tooShortChanged);
    capture.setPadSize(QSizeF(800, 400));
    QVERIFY(!capture.tooShort());
    // A tick: while the finger is down, nothing is said; once it lifts, the pad says so.
    capture.begin(300, 200);
    capture.extend(320, 230);
    capture.extend(360, 170);
    QVERIFY(!capture.tooShort());
    capture.end();
    QVERIFY(!capture.looksSigned());
    QVERIFY(capture.tooShort());
    QCOMPARE(said.count(), 1);
    // Going on signing takes the words away; a whole name leaves none.
    capture.begin(80, 260);
    QVERIFY(!capture.tooShort());
    for (int i = 1; i <= 60; ++i)
        capture.extend(80 + 10 * i, 260 - 40 * std::sin(i / 4.0));
    capture.end();
    QVERIFY(capture.looksSigned());
    QVERIFY(!capture.tooShort());
    // A dot after the name is a name still; Clear starts again without a complaint.
    capture.begin(300, 200);
    capture.end();
    QVERIFY(!capture.tooShort());
    capture.clear();
    capture.begin(300, 200);
    capture.end();
    QVERIFY(capture.tooShort());
    capture.clear();
    QVERIFY(!capture.tooShort());
}

void TestKioskSignature::finishWithATooShortSignatureSaysSo()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, false);
    QVERIFY(session.load(test::demoLogPath()));
    kiosk.toSign();
    sign(*session.customerSignature());
    // The advisor's signature is a dot, set as a whole (as one read back would be): nothing
    // said yet, until Finish is tapped.
    Signature dot;
    dot.beginStroke(QPointF(0.5, 0.2));
    dot.endStroke();
    session.advisorSignature()->setSignature(dot);
    QVERIFY(!session.advisorSignature()->tooShort());
    kiosk.toPreview();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Sign);
    QVERIFY(session.advisorSignature()->tooShort());
    QVERIFY(!session.customerSignature()->tooShort());
}

void TestKioskSignature::clearWipesOneSignature()
{
    SignatureCapture capture;
    sign(capture);
    QVERIFY(capture.looksSigned());
    QSignalSpy changed(&capture, &SignatureCapture::changed);
    capture.clear();
    QVERIFY(capture.empty());
    QVERIFY(!capture.looksSigned());
    QVERIFY(capture.strokes().isEmpty());
    QCOMPARE(capture.signature().pointCount(), 0);
    QCOMPARE(changed.count(), 1);
}

void TestKioskSignature::signaturesAreWipedWithTheSession()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, false);
    QVERIFY(session.load(test::demoLogPath()));
    kiosk.toSign();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Sign);
    sign(*session.customerSignature());
    sign(*session.advisorSignature());
    QVERIFY(session.customerSignature()->looksSigned());
    QVERIFY(session.advisorSignature()->looksSigned());

    kiosk.endSession();
    for (SignatureCapture *s : {session.customerSignature(), session.advisorSignature()}) {
        QVERIFY(s->empty());
        QVERIFY(!s->looksSigned());
        QVERIFY(s->strokes().isEmpty());
        QVERIFY(s->currentStroke().isEmpty());
        QCOMPARE(s->signature().pointCount(), 0);
    }
}

void TestKioskSignature::theIdleTimeoutWipesTheSignatures()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, false);
    kiosk.idle()->setTimeout(40);
    kiosk.idle()->setWarning(40);
    QVERIFY(session.load(test::demoLogPath()));
    kiosk.toSign();
    sign(*session.customerSignature());
    // Walking away in the middle of a stroke too.
    session.advisorSignature()->setPadSize(QSizeF(800, 400));
    session.advisorSignature()->begin(10, 10);
    session.advisorSignature()->extend(400, 300);
    QSignalSpy expired(kiosk.idle(), &IdleMonitor::expired);
    QTRY_COMPARE(expired.count(), 1);
    QVERIFY(session.customerSignature()->empty());
    QVERIFY(session.advisorSignature()->empty());
    QVERIFY(session.advisorSignature()->currentStroke().isEmpty());
    // A finger still down after the wipe adds nothing to the next customer's pad.
    session.advisorSignature()->extend(500, 300);
    QVERIFY(session.advisorSignature()->empty());
}

void TestKioskSignature::aNewLogStartsWithEmptyPads()
{
    ReviewSession session(nullptr);
    QVERIFY(session.load(test::demoLogPath()));
    sign(*session.customerSignature());
    QVERIFY(session.load(test::demoLogPath()));
    QVERIFY(session.customerSignature()->empty());
    // A refused file too.
    sign(*session.advisorSignature());
    QVERIFY(!session.load(test::dataPath(QStringLiteral("no-such-file.jsonl"))));
    QVERIFY(session.advisorSignature()->empty());
}

QTEST_MAIN(TestKioskSignature)

#include "tst_kiosksignature.moc"
