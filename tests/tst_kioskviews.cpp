// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's views as a customer sees them: the real Main.qml on the demo log, offscreen,
// with the on-screen keyboard the kiosk uses. The first start asks for the passphrase in
// fields that keep it secret, over the keyboard; the PIN pad shows it is busy while the PIN is
// checked; switching language retranslates the screen that is showing, and ending the session
// leaves no text of the review on screen. A refusal does not move the PIN pad's keys, a drag
// across the timeline does not turn the review's card, and with larger text no screen of the
// customer's (nor the PIN pad or the Advisor screen behind it) cuts or overlaps a text, in any
// language, landscape or portrait. When printing fails, the print panel fits on the screen in
// every language, both orientations and with larger text, the verification code whole; End
// asks once, then thanks.

#include "advisorpin.h"
#include "kioskcontroller.h"
#include "languagecontroller.h"
#include "languages.h"
#include "onscreenkeyboard.h"
#include "quicktestsupport.h"
#include "reviewsession.h"
#include "sheetcontroller.h"
#include "signature.h"
#include "signaturecapture.h"
#include "storecontroller.h"
#include "testsupport.h"

#include <QFont>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickImageProvider>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(Vitrine_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Vitrine_ThemePlugin)
Q_IMPORT_QML_PLUGIN(Vitrine_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Vitrine_ScreensPlugin)

using namespace vitrine;

namespace {

// Every text shown by a visible Text item under item.
void collectTexts(QQuickItem *item, QStringList &out)
{
    if (!item || !item->isVisible())
        return;
    const QVariant text = item->property("text");
    if (text.isValid() && item->inherits("QQuickText"))
        out << text.toString();
    for (QQuickItem *child : item->childItems())
        collectTexts(child, out);
}

// Every visible Text item under item that shows text.
void collectTextItems(QQuickItem *item, const QString &text, QList<QQuickItem *> &out)
{
    if (!item || !item->isVisible())
        return;
    if (item->inherits("QQuickText") && item->property("text").toString() == text)
        out << item;
    for (QQuickItem *child : item->childItems())
        collectTextItems(child, text, out);
}

// Types plain ASCII text key by key, as a keyboard would (QTest::keyClicks is for widgets).
void typeInto(QWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

// The first visible button under item whose text is text.
QQuickItem *findButton(QQuickItem *item, const QString &text)
{
    if (!item || !item->isVisible())
        return nullptr;
    if (item->inherits("QQuickAbstractButton") && item->property("text").toString() == text)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findButton(child, text))
            return found;
    }
    return nullptr;
}

QQuickItem *findNamed(QQuickItem *item, const QString &name)
{
    if (!item)
        return nullptr;
    if (item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findNamed(child, name))
            return found;
    }
    return nullptr;
}

QPointF sceneCentre(const QQuickItem *item)
{
    return item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
}

// A text as the eye sees it: where its letters are painted, in the window.
struct ShownText
{
    QQuickItem *item;
    QRectF painted; // the letters' box, in scene coordinates
    QString text;
};

// The painted box of a Text item (its letters, not its whole width), in item coordinates. Its
// height stops at the item's: the leading below a last line (lineHeight) is room, not ink.
QRectF paintedBox(const QQuickItem *text)
{
    const qreal w = text->property("contentWidth").toReal();
    const qreal h = std::min(text->property("contentHeight").toReal(), text->height());
    const int hAlign = text->property("effectiveHorizontalAlignment").toInt();
    const int vAlign = text->property("verticalAlignment").toInt();
    qreal x = 0;
    if (hAlign & Qt::AlignRight)
        x = text->width() - w;
    else if (hAlign & Qt::AlignHCenter)
        x = (text->width() - w) / 2;
    qreal y = 0;
    if (vAlign & Qt::AlignBottom)
        y = text->height() - h;
    else if (vAlign & Qt::AlignVCenter)
        y = (text->height() - h) / 2;
    return {x, y, w, h};
}

bool isScrolling(const QQuickItem *item)
{
    return item->inherits("QQuickFlickable") &&
           item->property("contentHeight").toReal() > item->height() + 1;
}

// Every text a person can see under item, and the ways any of them is cut: elided, wider than
// its box, partly off the window, or partly hidden by a clipping parent that is not a
// scrolling list (those show the rest when scrolled).
void inspectTexts(QQuickItem *item, const QQuickItem *skip, const QRectF &visibleArea,
                  qreal opacity, bool scrolled, QList<ShownText> &shown, QStringList &cut)
{
    if (!item || item == skip || !item->isVisible())
        return;
    opacity *= item->opacity();
    if (opacity <= 0.01)
        return;
    QRectF area = visibleArea;
    if (item->clip()) {
        const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        area = area.intersected(box);
        scrolled = scrolled || isScrolling(item);
    }
    if (item->inherits("QQuickText")) {
        const QString text = item->property("text").toString();
        const QRectF box = item->mapRectToScene(paintedBox(item));
        if (!text.trimmed().isEmpty() && box.intersects(area)) {
            const QString where = QStringLiteral("\"%1\"").arg(text.left(60));
            if (item->property("truncated").toBool())
                cut << where + QStringLiteral(" is cut short (elided)");
            else if (item->property("contentWidth").toReal() > item->width() + 1)
                cut << where + QStringLiteral(" is wider than its room (%1 > %2 px)")
                                   .arg(item->property("contentWidth").toReal())
                                   .arg(item->width());
            else if (item->property("contentHeight").toReal() >
                     item->height() + 0.3 * item->property("font").value<QFont>().pixelSize())
                cut << where + QStringLiteral(" is taller than its room (%1 > %2 px)")
                                   .arg(item->property("contentHeight").toReal())
                                   .arg(item->height());
            const QRectF inside = box.intersected(area);
            if (!scrolled &&
                (inside.width() < box.width() - 1 || inside.height() < box.height() - 1))
                cut << where + QStringLiteral(" is partly hidden");
            else if (scrolled && inside.width() < box.width() - 1)
                cut << where + QStringLiteral(" is cut at the side");
            else
                shown.append({item, inside, text});
        }
    }
    for (QQuickItem *child : item->childItems())
        inspectTexts(child, skip, area, opacity, scrolled, shown, cut);
}

// What is wrong with the texts on screen under root (but not under skip): cut ones, and texts
// painted over others.
QStringList textProblems(QQuickItem *root, const QSize &window, const QQuickItem *skip = nullptr)
{
    QList<ShownText> shown;
    QStringList problems;
    inspectTexts(root, skip, QRectF(QPointF(0, 0), QSizeF(window)), 1.0, false, shown, problems);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        for (qsizetype j = i + 1; j < shown.size(); ++j) {
            const QRectF both = shown[i].painted.intersected(shown[j].painted);
            if (both.width() > 2 && both.height() > 2)
                problems << QStringLiteral(
                                "\"%1\" and \"%2\" overlap (%3,%4 %5x%6 and %7,%8 %9x%10)")
                                .arg(shown[i].text.left(40), shown[j].text.left(40))
                                .arg(shown[i].painted.x())
                                .arg(shown[i].painted.y())
                                .arg(shown[i].painted.width())
                                .arg(shown[i].painted.height())
                                .arg(shown[j].painted.x())
                                .arg(shown[j].painted.y())
                                .arg(shown[j].painted.width())
                                .arg(shown[j].painted.height());
        }
    }
    return problems;
}

// What runs past \a bounds (scene coordinates) sideways, or is cut, under \a item: a visible
// item sticking out to the left or right, or a text wider than its box.
void collectOverflows(QQuickItem *item, const QRectF &bounds, QStringList &out)
{
    if (!item || !item->isVisible() || item->width() <= 0 || item->opacity() <= 0)
        return;
    const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const QString text =
        item->inherits("QQuickText") ? item->property("text").toString() : QString();
    const QString what = text.isEmpty() ? QString::fromLatin1(item->metaObject()->className())
                                        : QStringLiteral("\"%1\"").arg(text);
    if (r.left() < bounds.left() - 1 || r.right() > bounds.right() + 1)
        out << QStringLiteral("%1 runs from %2 to %3, outside %4 to %5")
                   .arg(what)
                   .arg(r.left())
                   .arg(r.right())
                   .arg(bounds.left())
                   .arg(bounds.right());
    if (item->inherits("QQuickText") && !text.isEmpty()) {
        if (item->property("truncated").toBool())
            out << what + QStringLiteral(" is truncated");
        if (item->property("contentWidth").toReal() > item->width() + 1)
            out << QStringLiteral("%1 is %2 wide in a box of %3")
                       .arg(what)
                       .arg(item->property("contentWidth").toReal())
                       .arg(item->width());
    }
    for (QQuickItem *child : item->childItems())
        collectOverflows(child, bounds, out);
}

} // namespace

class TestKioskViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstStartAsksForThePassphraseOverTheKeyboard();
    void aRefusedPinLeavesThePadsKeysWhereTheyWere();
    void pinPadShowsItIsBusyWhileThePinIsChecked();
    void switchingLanguageRetranslatesTheVisibleScreen();
    void draggingAcrossTheTimelineDoesNotTurnTheCard();
    void largerTextCutsNoTextOnAnyScreenInAnyLanguage();
    void endingTheSessionLeavesNoReviewTextOnScreen();
    void thePrintPanelFitsWhenPrintingFailsInEveryLanguageSizeAndTextSize();
    void endAsksOnceThenThanks();
    void aCarmakersExportReadsOnEveryCardWithoutCutText_data();
    void aCarmakersExportReadsOnEveryCardWithoutCutText();
    void damagedRecordsAreSaidOnTheNewCardAndToTheAdvisorInEveryLanguage();

private:
    QStringList visibleTexts();
    bool unlockWith(const QString &pin);
    void setLargeText(bool on);
    /** The texts cut or overlapping on the screen now (under the PIN pad when it is up). */
    QStringList problemsOnScreen();
    QList<QQuickItem *> visibleFields();
    void settle() { QTest::qWait(300); }
    /**
     * Runs visit in landscape and portrait, in every language ("fr-1920x1080", ...), and puts
     * the window's size back afterwards.
     */
    void inEveryShapeAndLanguage(const std::function<void(const QString &at)> &visit);

    FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    StoreController *m_vault = nullptr;
    LanguageController *m_language = nullptr;
    ReviewSession *m_review = nullptr;
    KioskController *m_kiosk = nullptr;
    SystemClock m_sheetClock; // the demo certificate is made for today, as NSS checks it
    SheetController *m_sheet = nullptr;
    QQmlApplicationEngine *m_engine = nullptr;
    QQuickWindow *m_window = nullptr;
};

void TestKioskViews::initTestCase()
{
    m_language = new LanguageController(this);
    m_language->setCode(QStringLiteral("en"));
    m_review = new ReviewSession(this);
    // A real kiosk's first start, in a fresh data folder.
    m_vault = new StoreController(m_clock, this);
    m_vault->setKdfParams(KdfParams::minimum());
    QVERIFY(m_vault->useFolder(m_dir.filePath(QStringLiteral("data"))));
    m_kiosk = new KioskController(m_review, nullptr, false, this);
    m_kiosk->setVault(m_vault);
    connect(m_language, &LanguageController::codeChanged, m_review, &ReviewSession::retranslate);
    connect(m_language, &LanguageController::codeChanged, m_vault, &StoreController::retranslate);
    StoreController::setInstance(m_vault);
    LanguageController::setInstance(m_language);
    ReviewSession::setInstance(m_review);
    KioskController::setInstance(m_kiosk);
    m_sheet = new SheetController(m_sheetClock, this);
    m_sheet->setReview(m_review);
    m_sheet->setVault(m_vault);
    m_sheet->setKiosk(m_kiosk);
    QVERIFY(m_sheet->useDemoCertificate());
    connect(m_language, &LanguageController::codeChanged, m_sheet, &SheetController::retranslate);
    SheetController::setInstance(m_sheet);
    m_engine = new QQmlApplicationEngine(this);
    m_language->setEngine(m_engine);
    m_engine->addImportPath(QStringLiteral("qrc:/vitrine/qml"));
    m_engine->addImageProvider(QStringLiteral("sheet"), m_sheet->createPreviewProvider());
    m_engine->load(QUrl(QStringLiteral("qrc:/vitrine/qml/Vitrine/Main.qml")));
    QVERIFY(!m_engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window);
    settle();
}

void TestKioskViews::cleanupTestCase()
{
    delete m_engine;
    delete m_sheet;
    delete m_kiosk;
    delete m_vault;
}

QList<QQuickItem *> TestKioskViews::visibleFields()
{
    QList<QQuickItem *> fields;
    test::collectFields(m_window->contentItem(), fields);
    return fields;
}

void TestKioskViews::firstStartAsksForThePassphraseOverTheKeyboard()
{
    QCOMPARE(m_kiosk->screen(), KioskController::Screen::Setup);
    QStringList texts = visibleTexts();
    QVERIFY2(texts.contains(QStringLiteral("Choose the kiosk's passphrase")),
             qPrintable(texts.join(u'|')));

    // Two fields that keep the passphrase secret: dots, nothing to select or keep selected.
    const QList<QQuickItem *> fields = visibleFields();
    QCOMPARE(fields.size(), 2);
    for (QQuickItem *field : fields) {
        QCOMPARE(field->property("echoMode").toInt(), 2); // TextInput.Password
        QVERIFY(!field->property("selectByMouse").toBool());
        QVERIFY(!field->property("persistentSelection").toBool());
        const auto hints = Qt::InputMethodHints(field->property("inputMethodHints").toInt());
        QVERIFY(hints.testFlag(Qt::ImhSensitiveData));
        QVERIFY(hints.testFlag(Qt::ImhNoPredictiveText));
    }
    // The first field has the focus and the on-screen keyboard is up, below the card.
    QVERIFY(fields.constFirst()->hasActiveFocus());
    auto *keyboard = m_window->findChild<QQuickItem *>(QStringLiteral("keyboard"));
    if (!keyboard)
        keyboard = m_window->contentItem()->findChild<QQuickItem *>(QStringLiteral("keyboard"));
    QVERIFY(keyboard);
    QTRY_VERIFY(keyboard->property("active").toBool());
    QTRY_COMPARE(keyboard->y() + keyboard->height(), qreal(m_window->height()));
    const QRectF fieldRect = fields.constLast()->mapRectToScene(
        QRectF(0, 0, fields.constLast()->width(), fields.constLast()->height()));
    QVERIFY2(fieldRect.bottom() <= keyboard->y(), "the keyboard covers the field");

    // Typed keys go into the field as dots; Enter moves on, and on again submits.
    typeInto(m_window, QStringLiteral("too short"));
    QCOMPARE(fields.constFirst()->property("text").toString(), QStringLiteral("too short"));
    QCOMPARE(fields.constFirst()->property("displayText").toString(), QString(9, QChar(0x2022)));
    // Nothing in it can be selected (and so copied).
    QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
    QVERIFY(fields.constFirst()->property("selectedText").toString().isEmpty());
    QTest::keyClick(m_window, Qt::Key_Return);
    QVERIFY(fields.constLast()->hasActiveFocus());
    typeInto(m_window, QStringLiteral("too short"));
    QTest::keyClick(m_window, Qt::Key_Return);
    // Too short: said so, fields emptied for another try.
    QTRY_VERIFY2(
        visibleTexts().contains(QStringLiteral("The passphrase needs at least 12 characters.")),
        qPrintable(visibleTexts().join(u'|') + u'|' + m_vault->message()));
    QVERIFY(fields.constFirst()->property("text").toString().isEmpty());
    QVERIFY(fields.constFirst()->hasActiveFocus());
    typeInto(m_window, QStringLiteral("correct horse battery"));
    QTest::keyClick(m_window, Qt::Key_Return);
    typeInto(m_window, QStringLiteral("correct horse battery"));
    QTest::keyClick(m_window, Qt::Key_Return);
    QCOMPARE(m_vault->stage(), StoreController::Stage::ChoosePin);
    settle();
    QVERIFY(visibleFields().isEmpty()); // the PIN has its own pad
    QTRY_VERIFY(!keyboard->property("active").toBool());
    QVERIFY(visibleTexts().contains(QStringLiteral("Choose the advisor PIN")));

    m_vault->choosePin(QStringLiteral("2468"));
    m_vault->confirmPin(QStringLiteral("2468"));
    QSignalSpy opened(m_vault, &StoreController::opened);
    QVERIFY(opened.wait(30'000));
    QCOMPARE(m_kiosk->screen(), KioskController::Screen::Attract);
}

bool TestKioskViews::unlockWith(const QString &pin)
{
    QSignalSpy finished(m_kiosk, &KioskController::unlockFinished);
    m_kiosk->unlock(pin);
    return (!finished.isEmpty() || finished.wait(30'000)) &&
           finished.constFirst().constFirst().toBool();
}

void TestKioskViews::inEveryShapeAndLanguage(const std::function<void(const QString &at)> &visit)
{
    const QSize sizeBefore = m_window->size();
    for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)}) {
        m_window->resize(size);
        // Every screen is laid out again for the new shape.
        QTest::qWait(1000);
        for (const QString &lang : m_language->codes()) {
            m_language->setCode(lang);
            visit(QStringLiteral("%1-%2x%3").arg(lang).arg(size.width()).arg(size.height()));
        }
    }
    m_window->resize(sizeBefore);
}

void TestKioskViews::setLargeText(bool on)
{
    QQmlExpression set(qmlContext(m_window), m_window,
                       on ? QStringLiteral("Theme.largeText = true")
                          : QStringLiteral("Theme.largeText = false"));
    set.evaluate();
    QVERIFY2(!set.hasError(), qPrintable(set.error().toString()));
}

QStringList TestKioskViews::problemsOnScreen()
{
    QQuickItem *root = m_window->contentItem();
    if (m_kiosk->screen() != KioskController::Screen::Unlock)
        return textProblems(root, m_window->size());
    // The PIN pad over the attract screen: each is read on its own (the pad covers the
    // welcome, dimmed behind it, on purpose).
    QQuickItem *pad = findNamed(root, QStringLiteral("unlockOverlay"));
    return textProblems(pad, m_window->size()) +
           textProblems(root, m_window->size(), pad)
               .replaceInStrings(QRegularExpression(QStringLiteral("^")),
                                 QStringLiteral("behind it, "));
}

void TestKioskViews::aRefusedPinLeavesThePadsKeysWhereTheyWere()
{
    QCOMPARE(m_kiosk->screen(), KioskController::Screen::Attract);
    m_kiosk->showUnlock();
    settle();
    QQuickItem *overlay = findNamed(m_window->contentItem(), QStringLiteral("unlockOverlay"));
    QVERIFY(overlay);
    QQuickItem *one = findButton(overlay, QStringLiteral("1"));
    QQuickItem *ok = findButton(overlay, QStringLiteral("Confirm PIN"));
    QVERIFY(one && ok);
    const QPointF before = sceneCentre(one);
    const QPointF okBefore = sceneCentre(ok);
    QVERIFY(!unlockWith(QStringLiteral("1357")));
    settle();
    QVERIFY2(visibleTexts().contains(QStringLiteral("This PIN is not right.")),
             qPrintable(visibleTexts().join(u'|')));
    QCOMPARE(sceneCentre(one), before);
    QCOMPARE(sceneCentre(ok), okBefore);
    m_kiosk->cancelUnlock();
    settle();
}

void TestKioskViews::pinPadShowsItIsBusyWhileThePinIsChecked()
{
    m_kiosk->showUnlock();
    settle();
    QSignalSpy finished(m_kiosk, &KioskController::unlockFinished);
    m_kiosk->unlock(QStringLiteral("2468"));
    QVERIFY(m_kiosk->checkingPin());
    QVERIFY2(visibleTexts().contains(QStringLiteral("Checking the PIN…")),
             qPrintable(visibleTexts().join(u'|')));
    QVERIFY(finished.wait(30'000));
    QCOMPARE(m_kiosk->screen(), KioskController::Screen::Advisor);

    QVERIFY(m_review->load(test::demoLogPath()));
    m_kiosk->startReview();
    settle();
}

QStringList TestKioskViews::visibleTexts()
{
    QStringList texts;
    collectTexts(m_window->contentItem(), texts);
    return texts;
}

void TestKioskViews::switchingLanguageRetranslatesTheVisibleScreen()
{
    QCOMPARE(m_kiosk->screen(), KioskController::Screen::Review);
    QStringList texts = visibleTexts();
    QVERIFY2(texts.contains(QStringLiteral("In short")), qPrintable(texts.join(u'|')));

    m_language->setCode(QStringLiteral("de"));
    settle();
    texts = visibleTexts();
    // A qsTr title and a sentence made in C++ both follow the switch, without a restart.
    QVERIFY2(texts.contains(QStringLiteral("Kurz gesagt")), qPrintable(texts.join(u'|')));
    QVERIFY(!texts.contains(QStringLiteral("In short")));
    const bool germanSentence = std::any_of(texts.cbegin(), texts.cend(), [](const QString &t) {
        return t.startsWith(QStringLiteral("Zwischen dem"));
    });
    QVERIFY2(germanSentence, qPrintable(texts.join(u'|')));

    m_language->setCode(QStringLiteral("it"));
    settle();
    QVERIFY(visibleTexts().contains(QStringLiteral("In breve")));
}

void TestKioskViews::draggingAcrossTheTimelineDoesNotTurnTheCard()
{
    m_language->setCode(QStringLiteral("en"));
    QCOMPARE(m_kiosk->screen(), KioskController::Screen::Review);
    m_kiosk->setCard(3);
    settle();
    QQuickItem *touch = findNamed(m_window->contentItem(), QStringLiteral("chartTouch"));
    QVERIFY(touch);
    QTRY_VERIFY(touch->width() > 400);
    // The card has slid into place.
    QTRY_VERIFY(
        QRectF(QPointF(0, 0), QSizeF(m_window->size()))
            .contains(touch->mapRectToScene(QRectF(0, 0, touch->width(), touch->height()))));
    auto *chart = findNamed(m_window->contentItem(), QStringLiteral("timelineChart"));
    QVERIFY(chart);
    QCOMPARE(chart->property("selected").toInt(), -1);

    // A finger drawn sideways across the bars, as one would to compare them.
    const QPoint from =
        touch->mapToScene(QPointF(touch->width() * 0.8, touch->height() * 0.8)).toPoint();
    const auto drag = [&](QPoint start, int dx) {
        QTest::mousePress(m_window, Qt::LeftButton, {}, start);
        for (int moved = 5; moved <= std::abs(dx); moved += 5)
            QTest::mouseMove(m_window, start + QPoint(dx < 0 ? -moved : moved, 0), 10);
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, start + QPoint(dx, 0), 10);
        settle();
    };
    drag(from, -400);
    QCOMPARE(m_kiosk->card(), 3);
    // The drag went from bar to bar: one on its way is picked and said in words.
    QVERIFY(chart->property("selected").toInt() >= 0);

    // The same drag on the card's title does turn it (the check above can fail).
    QList<QQuickItem *> whens;
    collectTextItems(m_window->contentItem(), QStringLiteral("When"), whens);
    QQuickItem *title = nullptr;
    for (QQuickItem *item : std::as_const(whens)) {
        const QPointF at = sceneCentre(item);
        if (at.x() > 0 && at.x() < m_window->width() && at.y() < touch->mapToScene(QPointF()).y())
            title = item;
    }
    QVERIFY2(title, qPrintable(QString::number(whens.size())));
    drag(sceneCentre(title).toPoint() + QPoint(300, 0), -400);
    QTRY_COMPARE(m_kiosk->card(), 4);
}

void TestKioskViews::largerTextCutsNoTextOnAnyScreenInAnyLanguage()
{
    QVERIFY(m_review->load(test::demoLogPath()));
    QStringList problems;
    inEveryShapeAndLanguage([&](const QString &at) {
        const auto look = [&](const QString &screen) {
            settle();
            // A card still sliding into place is not a problem: only what stays is.
            if (!problemsOnScreen().isEmpty())
                QTest::qWait(1000);
            for (const QString &p : problemsOnScreen())
                problems << at + u' ' + screen + QStringLiteral(": ") + p;
        };
        m_kiosk->startReview();
        setLargeText(true);
        for (int card = 0; card < m_kiosk->cardCount(); ++card) {
            m_kiosk->setCard(card);
            look(QStringLiteral("card %1").arg(card + 1));
        }
        m_kiosk->toSign();
        m_review->customerSignature()->setSignature(demoSignature(0));
        m_review->advisorSignature()->setSignature(demoSignature(1));
        look(QStringLiteral("sign"));
        m_kiosk->toAdvisor();
        QCOMPARE(m_kiosk->screen(), KioskController::Screen::Unlock);
        look(QStringLiteral("PIN pad"));
        QVERIFY(unlockWith(QStringLiteral("2468")));
        look(QStringLiteral("advisor"));
        setLargeText(false);
    });
    settle();
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(), "texts are cut or overlap with larger text (listed above)");
}

void TestKioskViews::endingTheSessionLeavesNoReviewTextOnScreen()
{
    m_kiosk->endSession();
    settle();
    const QStringList texts = visibleTexts();
    for (const QString &t : texts) {
        QVERIFY2(!t.contains(QStringLiteral("8936")), qPrintable(t)); // the VIN's tail
        QVERIFY2(!t.contains(QStringLiteral("Volkswagen")), qPrintable(t));
    }
    QVERIFY(!texts.isEmpty()); // the attract screen is showing
}

void TestKioskViews::thePrintPanelFitsWhenPrintingFailsInEveryLanguageSizeAndTextSize()
{
    QVERIFY(m_review->load(test::demoLogPath()));
    m_kiosk->startReview();
    m_kiosk->toSign();
    m_review->customerSignature()->setSignature(demoSignature(0));
    m_review->advisorSignature()->setSignature(demoSignature(1));
    QSignalSpy prepared(m_sheet, &SheetController::prepared);
    m_kiosk->toPreview();
    QVERIFY(prepared.wait(60'000));
    QVERIFY2(m_sheet->ready(), qPrintable(m_sheet->error()));
    QSignalSpy printed(m_sheet, &SheetController::printFinished);
    m_sheet->print();
    QVERIFY(printed.count() == 1 || printed.wait(30'000));
    QCOMPARE(m_sheet->printState(), SheetController::PrintState::Failed);

    // The customer's "larger text", as the language bar's toggle sets it.
    QQmlComponent setter(m_engine);
    setter.setData("import QtQml\nimport Vitrine.Theme\nQtObject {\n"
                   "    function setLarge(on) { Theme.largeText = on }\n}\n",
                   QUrl(QStringLiteral("qrc:/tst_kioskviews/setter.qml")));
    std::unique_ptr<QObject> theme(setter.create());
    QVERIFY2(theme, qPrintable(setter.errorString()));
    const auto setLarge = [&](bool on) {
        QMetaObject::invokeMethod(theme.get(), "setLarge", Q_ARG(QVariant, on));
    };
    const QSize before = m_window->size();
    for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)}) {
        m_window->resize(size);
        for (const bool large : {false, true}) {
            setLarge(large);
            for (const QString &lang : m_language->codes()) {
                m_language->setCode(lang);
                // Each language has its own sheet (made once), and its own failed print.
                if (m_sheet->busy())
                    QVERIFY(prepared.wait(60'000));
                if (m_sheet->printState() != SheetController::PrintState::Failed) {
                    const qsizetype prints = printed.count();
                    m_sheet->print(); // with no printing service, answered at once
                    QVERIFY(printed.count() > prints || printed.wait(30'000));
                }
                settle();
                const QString where = QStringLiteral("%1, %2x%3%4")
                                          .arg(lang)
                                          .arg(size.width())
                                          .arg(size.height())
                                          .arg(large ? QStringLiteral(", larger text") : QString());
                QCOMPARE(m_sheet->printState(), SheetController::PrintState::Failed);
                QQuickItem *panel =
                    findNamed(m_window->contentItem(), QStringLiteral("printPanel"));
                QVERIFY2(panel, qPrintable(where));
                const QRectF screen(0, 0, size.width(), size.height());
                QStringList problems;
                collectOverflows(panel, screen, problems);
                const QRectF inPanel =
                    panel->mapRectToScene(QRectF(0, 0, panel->width(), panel->height()));
                for (QQuickItem *child : panel->childItems())
                    collectOverflows(child, inPanel, problems);
                QVERIFY2(problems.isEmpty(), qPrintable(where + QStringLiteral(": ") +
                                                        problems.join(QStringLiteral("; "))));
                // The verification code whole, on one line.
                QQuickItem *shown =
                    findNamed(m_window->contentItem(), QStringLiteral("verificationCode"));
                QVERIFY2(shown, qPrintable(where));
                QCOMPARE(shown->property("text").toString(), m_sheet->verificationCode());
                QCOMPARE(shown->property("lineCount").toInt(), 1);
            }
        }
    }
    setLarge(false);
    m_language->setCode(QStringLiteral("en"));
    m_window->resize(before);
    settle();
}

void TestKioskViews::endAsksOnceThenThanks()
{
    m_language->setCode(QStringLiteral("en"));
    QCOMPARE(m_kiosk->screen(), KioskController::Screen::Preview);
    if (m_sheet->busy()) {
        QSignalSpy prepared(m_sheet, &SheetController::prepared);
        QVERIFY(prepared.wait(60'000));
    }
    m_kiosk->askToEnd();
    settle();
    QStringList texts = visibleTexts();
    QVERIFY2(texts.contains(QStringLiteral("End the session?")), qPrintable(texts.join(u'|')));
    // The real consequence for a sheet that was not printed.
    QVERIFY(texts.contains(
        QStringLiteral("Your sheet was not printed, saved or kept: it is wiped too.")));
    QVERIFY(m_review->loaded());
    m_kiosk->confirmEnd();
    settle();
    QCOMPARE(m_kiosk->screen(), KioskController::Screen::Done);
    texts = visibleTexts();
    QVERIFY2(texts.contains(QStringLiteral("Thank you")), qPrintable(texts.join(u'|')));
    for (const QString &t : std::as_const(texts))
        QVERIFY2(!t.contains(QStringLiteral("Volkswagen")), qPrintable(t));
    m_kiosk->endSession();
}

void TestKioskViews::aCarmakersExportReadsOnEveryCardWithoutCutText_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("hasTyresAndPlaces");
    // No recipients but the data holder, kinds of data from a profile.
    QTest::newRow("vw") << QStringLiteral(
                               "import/vw-data-act/zip-of-deliveries-with-empty-and-repeated.zip")
                        << false;
    // The same, with the tyres it knows, the places the car learned, charging and services.
    QTest::newRow("bmw") << QStringLiteral("import/bmw-cardata/archive-2025-with-key-names.zip")
                         << true;
}

void TestKioskViews::aCarmakersExportReadsOnEveryCardWithoutCutText()
{
    QFETCH(QString, fixture);
    QFETCH(bool, hasTyresAndPlaces);
    QVERIFY(m_review->load(test::dataPath(fixture)));
    const QString pictures = qEnvironmentVariable("VITRINE_TEST_SCREENSHOTS");
    QStringList problems;
    const auto shown = [this](const char *name) {
        QQuickItem *item = findNamed(m_window->contentItem(), QString::fromLatin1(name));
        return item && item->isVisible();
    };
    inEveryShapeAndLanguage([&](const QString &at) {
        m_kiosk->startReview();
        for (int card = 0; card < m_kiosk->cardCount(); ++card) {
            m_kiosk->setCard(card);
            settle();
            if (!problemsOnScreen().isEmpty())
                QTest::qWait(1000);
            for (const QString &p : problemsOnScreen())
                problems << at + QStringLiteral(" card %1: ").arg(card + 1) + p;
            // Every card names its source; the recipients card says the export names only the
            // holders of the data; the tyres and the learned places are shown where they are.
            if (!shown("cardSource"))
                problems << at + QStringLiteral(" card %1: no visible source").arg(card + 1);
            if (card == 2 && !shown("scopeNote"))
                problems << at + QStringLiteral(" card 3: no visible scopeNote");
            if (card == 0 && shown("learnedNote") != hasTyresAndPlaces)
                problems << at + QStringLiteral(" card 1: learnedNote shown wrongly");
            if (card == 1 && shown("tyresPanel") != hasTyresAndPlaces)
                problems << at + QStringLiteral(" card 2: tyresPanel shown wrongly");
            if (!pictures.isEmpty())
                m_window->grabWindow().save(
                    QStringLiteral("%1/%2-card%3-%4.png")
                        .arg(pictures, QString::fromLatin1(QTest::currentDataTag()))
                        .arg(card + 1)
                        .arg(at));
        }
    });
    m_kiosk->endSession();
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(), "texts of the export's cards are cut (listed above)");
}

void TestKioskViews::damagedRecordsAreSaidOnTheNewCardAndToTheAdvisorInEveryLanguage()
{
    // Last, as it spoils the store: its pages go bad while the kiosk runs (a failing disk).
    QVERIFY(test::damageStoreWhileOpen(m_vault->path()));
    QVERIFY(m_review->load(test::demoLogPath()));
    QTRY_VERIFY(m_vault->damaged());
    // VITRINE_TEST_SCREENSHOTS names a folder for the pictures of these screens (for a person
    // to look at); the test itself reads the texts.
    const QString pictures = qEnvironmentVariable("VITRINE_TEST_SCREENSHOTS");
    QStringList problems;
    inEveryShapeAndLanguage([&](const QString &at) {
        const auto look = [&](const QString &screen, const QString &notice) {
            settle();
            QQuickItem *item = findNamed(m_window->contentItem(), notice);
            if (!item || !item->isVisible())
                problems << at + u' ' + screen + QStringLiteral(": no visible ") + notice;
            if (!problemsOnScreen().isEmpty())
                QTest::qWait(1000);
            for (const QString &p : problemsOnScreen())
                problems << at + u' ' + screen + QStringLiteral(": ") + p;
            if (!pictures.isEmpty())
                m_window->grabWindow().save(
                    QStringLiteral("%1/%2-%3.png").arg(pictures, screen, at));
        };
        m_kiosk->startReview();
        m_kiosk->setCard(4);
        look(QStringLiteral("new"), QStringLiteral("historyUnknown"));
        m_kiosk->showForTour(KioskController::Screen::Advisor);
        look(QStringLiteral("advisor"), QStringLiteral("storeNotice"));
    });
    m_kiosk->endSession();
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(), "the damage is not said, or its texts are cut (listed above)");
}

int main(int argc, char *argv[])
{
    // No printing service: the print fails, as on a kiosk whose printer is away.
    qputenv("CUPS_SERVER", QByteArrayLiteral("/nonexistent/vitrine-test/cups.sock"));
    // The kiosk's on-screen keyboard, chosen as main() does, whatever the caller's input method.
    qunsetenv("QT_IM_MODULE");
    chooseOnScreenKeyboard();
    QTEST_MAIN_SETUP()
    TestKioskViews test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_kioskviews.moc"
