// SPDX-License-Identifier: GPL-3.0-or-later
// A finger's signature kept as vectors: points are normalised to the pad and clamped to it,
// close points are dropped, a tap is not a signature, memory is capped, the JSON round trip is
// exact to 4 decimals and refuses anything malformed, and the path fits any box keeping the
// pad's shape.

#include "signature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace vitrine;

namespace {

qreal round4(qreal v)
{
    return std::round(v * 10'000.0) / 10'000.0;
}

// A horizontal line of `length` pad widths, in `steps` even steps, at height y.
QPolygonF line(qreal x, qreal y, qreal length, int steps)
{
    QPolygonF out;
    for (int i = 0; i <= steps; ++i)
        out << QPointF(x + length * i / steps, y);
    return out;
}

} // namespace

class TestSignature : public QObject
{
    Q_OBJECT

private slots:
    void pointsAreNormalisedToThePadAndClampedToIt();
    void theShapeChangesOnlyWhileEmpty();
    void closePointsAreDropped();
    void aTapIsNotASignature();
    void enoughInkLooksSigned();
    void pointsBeyondTheCapAreDropped();
    void extendWithoutBeginIsIgnored();
    void jsonRoundTripIsExactToFourDecimals();
    void corruptJsonIsRefused_data();
    void corruptJsonIsRefused();
    void pathScalesIntoABoxKeepingTheShape_data();
    void pathScalesIntoABoxKeepingTheShape();
    void aDotIsDrawnAsAShortLine();
    void demoSignaturesLookSignedAndStayOnThePad();
};

void TestSignature::pointsAreNormalisedToThePadAndClampedToIt()
{
    Signature s(0.5);
    QCOMPARE(s.aspect(), 0.5);
    // An 800 × 400 pad: pixels map to pad widths on both axes.
    const QRectF pad(0, 0, 800, 400);
    QCOMPARE(s.fromBox(QPointF(400, 200), pad), QPointF(0.5, 0.25));
    QCOMPARE(s.toBox(QPointF(0.5, 0.25), pad), QPointF(400, 200));
    QVERIFY(s.beginStroke(s.fromBox(QPointF(200, 100), pad)));
    QVERIFY(s.extendStroke(s.fromBox(QPointF(-50, 900), pad))); // off the pad: kept on its edge
    QCOMPARE(s.strokes().at(0).at(0), QPointF(0.25, 0.125));
    QCOMPARE(s.strokes().at(0).at(1), QPointF(0.0, 0.5));

    // Not a number is no point at all.
    QVERIFY(!s.beginStroke(QPointF(std::nan(""), 0.1)));
    QVERIFY(!s.extendStroke(QPointF(0.3, std::numeric_limits<qreal>::infinity())));
    QCOMPARE(s.pointCount(), 2);
}

void TestSignature::theShapeChangesOnlyWhileEmpty()
{
    Signature s;
    QCOMPARE(s.aspect(), Signature::kDefaultAspect);
    QVERIFY(s.setAspect(0.123456));
    QCOMPARE(s.aspect(), 0.1235); // rounded like the JSON
    QVERIFY(s.setAspect(100));
    QCOMPARE(s.aspect(), Signature::kMaxAspect);
    QVERIFY(!s.setAspect(0));
    QVERIFY(!s.setAspect(-1));
    QVERIFY(s.setAspect(0.5));
    s.addStroke(line(0.1, 0.2, 0.5, 10));
    // Strokes already drawn keep the shape they were drawn in.
    QVERIFY(!s.setAspect(0.8));
    QCOMPARE(s.aspect(), 0.5);
    s.clear();
    QVERIFY(s.setAspect(0.8));
}

void TestSignature::closePointsAreDropped()
{
    Signature s;
    QVERIFY(s.beginStroke(QPointF(0.1, 0.1)));
    // Half the minimum step: nothing a person could see.
    QVERIFY(!s.extendStroke(QPointF(0.1 + Signature::kMinStep / 2, 0.1)));
    QVERIFY(s.extendStroke(QPointF(0.1 + 2 * Signature::kMinStep, 0.1)));
    QCOMPARE(s.pointCount(), 2);

    // A finger resting still for 1'000 events adds no point; a line drawn with 1'000 tiny steps
    // keeps about one point per minimum step.
    for (int i = 0; i < 1000; ++i)
        s.extendStroke(QPointF(0.1 + 2 * Signature::kMinStep, 0.1));
    QCOMPARE(s.pointCount(), 2);
    Signature fine;
    fine.addStroke(line(0.0, 0.1, 0.5, 1000));
    QVERIFY2(fine.pointCount() <= 0.5 / Signature::kMinStep + 2,
             qPrintable(QString::number(fine.pointCount())));
    QVERIFY(fine.pointCount() >= 0.5 / (2 * Signature::kMinStep));
    QVERIFY(qAbs(fine.inkLength() - 0.5) < 2 * Signature::kMinStep);
}

void TestSignature::aTapIsNotASignature()
{
    Signature s;
    QVERIFY(s.isEmpty());
    QVERIFY(!s.looksSigned());
    s.beginStroke(QPointF(0.5, 0.2));
    s.endStroke();
    QVERIFY(!s.isEmpty());
    QCOMPARE(s.strokeCount(), 1);
    QCOMPARE(s.inkLength(), 0.0);
    QVERIFY(!s.looksSigned());
    // Nor is a few taps and a short slip of the finger.
    for (int i = 0; i < 5; ++i)
        s.addStroke(QPolygonF{QPointF(0.1 * i, 0.1)});
    s.addStroke(line(0.2, 0.3, 0.05, 5));
    QCOMPARE(s.strokeCount(), 7);
    QVERIFY(!s.looksSigned());
}

void TestSignature::enoughInkLooksSigned()
{
    Signature s;
    s.addStroke(line(0.1, 0.2, Signature::kSignedInk * 0.6, 30));
    QVERIFY(!s.looksSigned());
    // Ink adds up over strokes, as in a name written in two parts.
    s.addStroke(line(0.1, 0.3, Signature::kSignedInk * 0.6, 30));
    QVERIFY(s.looksSigned());
    s.clear();
    QVERIFY(s.isEmpty());
    QVERIFY(!s.looksSigned());
    QCOMPARE(s.pointCount(), 0);
}

void TestSignature::pointsBeyondTheCapAreDropped()
{
    Signature s(1.0);
    // Zigzags of 100 points (each step well over the minimum) until the cap is passed.
    int fed = 0;
    for (int stroke = 0; fed < Signature::kMaxPoints + 500; ++stroke) {
        QPolygonF zigzag;
        for (int i = 0; i < 100; ++i)
            zigzag << QPointF((i % 2) * 0.5, 0.01 * (stroke % 90));
        s.addStroke(zigzag);
        fed += 100;
    }
    QCOMPARE(s.pointCount(), Signature::kMaxPoints);
    QVERIFY(!s.beginStroke(QPointF(0.5, 0.5)));
    QVERIFY(!s.strokeOpen());
    QVERIFY(!s.extendStroke(QPointF(0.9, 0.9)));
    QCOMPARE(s.pointCount(), Signature::kMaxPoints);
    // Still a sound signature that saves and reads back.
    Signature back;
    QVERIFY(back.fromJson(s.toJson()));
    QCOMPARE(back.pointCount(), Signature::kMaxPoints);
}

void TestSignature::extendWithoutBeginIsIgnored()
{
    Signature s;
    QVERIFY(!s.extendStroke(QPointF(0.2, 0.2)));
    QVERIFY(s.isEmpty());
    s.beginStroke(QPointF(0.1, 0.1));
    s.endStroke();
    QVERIFY(!s.extendStroke(QPointF(0.3, 0.1)));
    QCOMPARE(s.pointCount(), 1);
}

void TestSignature::jsonRoundTripIsExactToFourDecimals()
{
    Signature s(0.456789);
    s.addStroke(QPolygonF{QPointF(0.123456, 0.234567), QPointF(0.345678, 0.456789),
                          QPointF(0.987654, 0.012345)});
    s.addStroke(QPolygonF{QPointF(0.5, 0.1)}); // a dot
    s.addStroke(QPolygonF{QPointF(1.0, 0.0), QPointF(0.0, 0.456789)});
    const QByteArray json = s.toJson();
    QVERIFY2(json.contains("0.1235") && !json.contains("0.12345"), json.constData());
    QVERIFY2(!json.contains(' ') && !json.contains('\n'), "compact");

    Signature back;
    QVERIFY(back.fromJson(json));
    QCOMPARE(back.aspect(), 0.4568);
    QCOMPARE(back.strokeCount(), s.strokeCount());
    QCOMPARE(back.pointCount(), s.pointCount());
    for (int i = 0; i < s.strokeCount(); ++i) {
        const QPolygonF &a = s.strokes().at(i);
        const QPolygonF &b = back.strokes().at(i);
        QCOMPARE(b.size(), a.size());
        for (qsizetype k = 0; k < a.size(); ++k) {
            QCOMPARE(b.at(k).x(), round4(a.at(k).x()));
            QCOMPARE(b.at(k).y(), round4(a.at(k).y()));
        }
    }
    QVERIFY(qAbs(back.inkLength() - s.inkLength()) < 1e-3);
    // Written again, it is the same text: nothing drifts over saves.
    QCOMPARE(back.toJson(), json);
}

void TestSignature::corruptJsonIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    auto with = [](const QJsonValue &strokes, const QJsonValue &aspect = 0.5,
                   const QJsonValue &version = 1) {
        return QJsonDocument(QJsonObject{{QStringLiteral("v"), version},
                                         {QStringLiteral("aspect"), aspect},
                                         {QStringLiteral("strokes"), strokes}})
            .toJson(QJsonDocument::Compact);
    };
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("signed by me");
    QTest::newRow("cut short") << QByteArray(R"({"v":1,"aspect":0.5,"strokes":[[0.1,0.2)");
    QTest::newRow("array") << QByteArray("[[0.1,0.2]]");
    QTest::newRow("no version") << QByteArray(R"({"aspect":0.5,"strokes":[]})");
    QTest::newRow("other version") << with(QJsonArray{}, 0.5, 2);
    QTest::newRow("aspect a string") << with(QJsonArray{}, QStringLiteral("0.5"));
    QTest::newRow("aspect zero") << with(QJsonArray{}, 0);
    QTest::newRow("aspect huge") << with(QJsonArray{}, 1e300);
    QTest::newRow("strokes an object") << with(QJsonObject{});
    QTest::newRow("stroke a number") << with(QJsonArray{0.1});
    QTest::newRow("stroke empty") << with(QJsonArray{QJsonArray{}});
    QTest::newRow("odd coordinates") << with(QJsonArray{QJsonArray{0.1, 0.2, 0.3}});
    QTest::newRow("coordinate a string")
        << with(QJsonArray{QJsonArray{0.1, QStringLiteral("0.2")}});
    QTest::newRow("coordinate null") << with(QJsonArray{QJsonArray{0.1, QJsonValue()}});
    QTest::newRow("x past the pad") << with(QJsonArray{QJsonArray{1.5, 0.2}});
    QTest::newRow("x negative") << with(QJsonArray{QJsonArray{-0.1, 0.2}});
    QTest::newRow("y below the pad") << with(QJsonArray{QJsonArray{0.1, 0.6}});
    QJsonArray tooMany;
    for (int i = 0; i <= Signature::kMaxPoints; ++i)
        tooMany << QJsonArray{0.1, 0.1};
    QTest::newRow("over the cap") << with(tooMany);
    QTest::newRow("over a megabyte") << QByteArray(2 * 1024 * 1024, ' ');
}

void TestSignature::corruptJsonIsRefused()
{
    QFETCH(QByteArray, json);
    Signature s;
    s.addStroke(line(0.1, 0.2, 0.5, 20));
    QVERIFY(!s.fromJson(json));
    // Nothing half-read is left behind.
    QVERIFY(s.isEmpty());
    QCOMPARE(s.pointCount(), 0);
    QCOMPARE(s.inkLength(), 0.0);
    QCOMPARE(s.aspect(), Signature::kDefaultAspect);
}

void TestSignature::pathScalesIntoABoxKeepingTheShape_data()
{
    QTest::addColumn<QRectF>("box");
    QTest::addColumn<QRectF>("expected");
    // The pad is 2:1 (aspect 0.5); the diagonal stroke spans all of it.
    QTest::newRow("same shape") << QRectF(0, 0, 800, 400) << QRectF(0, 0, 800, 400);
    QTest::newRow("square box") << QRectF(10, 20, 300, 300) << QRectF(10, 95, 300, 150);
    QTest::newRow("wide box") << QRectF(0, 0, 1000, 100) << QRectF(400, 0, 200, 100);
    QTest::newRow("a4 width in mm") << QRectF(20, 250, 80, 30) << QRectF(30, 250, 60, 30);
}

void TestSignature::pathScalesIntoABoxKeepingTheShape()
{
    QFETCH(QRectF, box);
    QFETCH(QRectF, expected);
    Signature s(0.5);
    s.addStroke(QPolygonF{QPointF(0, 0), QPointF(0.5, 0.1), QPointF(1, 0.5)});
    QCOMPARE(s.fit(box), expected);
    const QPainterPath path = s.path(box);
    QCOMPARE(path.boundingRect(), expected);
    QCOMPARE(path.elementCount(), 3);
    QCOMPARE(QPointF(path.elementAt(1)), expected.topLeft() + QPointF(0.5, 0.1) * expected.width());
    // The pixels drawn on screen and the sheet's path are the same geometry.
    QCOMPARE(s.polylines(box).at(0).boundingRect(), expected);
    // No room, no ink (rather than every point piled up in a corner).
    QVERIFY(s.path(QRectF()).isEmpty());
    QVERIFY(s.polylines(QRectF(5, 5, 0, 10)).isEmpty());
}

void TestSignature::aDotIsDrawnAsAShortLine()
{
    Signature s(0.5);
    s.addStroke(QPolygonF{QPointF(0.25, 0.25)});
    const QPolygonF dot = s.polyline(0, QRectF(0, 0, 1000, 500));
    QCOMPARE(dot.size(), 2);
    QCOMPARE(dot.at(0), QPointF(250, 250));
    QCOMPARE(dot.at(1), QPointF(250 + Signature::kDotLength * 1000, 250));
    QVERIFY(s.polyline(1, QRectF(0, 0, 1000, 500)).isEmpty());
    QVERIFY(s.polyline(-1, QRectF(0, 0, 1000, 500)).isEmpty());
}

void TestSignature::demoSignaturesLookSignedAndStayOnThePad()
{
    for (int variant : {0, 1}) {
        const Signature s = demoSignature(variant);
        QVERIFY(s.looksSigned());
        QVERIFY(s.strokeCount() >= 3);
        QVERIFY(s.pointCount() < 2000);
        const QRectF pad(0, 0, 1, s.aspect());
        for (const QPolygonF &stroke : s.strokes()) {
            for (const QPointF &p : stroke)
                QVERIFY(pad.contains(p));
        }
    }
    QVERIFY(demoSignature(0).toJson() != demoSignature(1).toJson());
}

QTEST_APPLESS_MAIN(TestSignature)

#include "tst_signature.moc"
