// The kiosk's views as a customer sees them: the real Main.qml on the demo log, offscreen,
// with the on-screen keyboard the kiosk uses. The first start asks for the passphrase in
// fields that keep it secret, over the keyboard; the PIN pad shows it is busy while the PIN is
// checked; switching language retranslates the screen that is showing, and ending the session
// leaves no text of the review on screen.

#include "advisorpin.h"
#include "kioskcontroller.h"
#include "languagecontroller.h"
#include "languages.h"
#include "reviewsession.h"
#include "storecontroller.h"
#include "testsupport.h"

#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

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

// Every visible text field (TextInput and what derives from it) under item.
void collectFields(QQuickItem *item, QList<QQuickItem *> &out)
{
    if (!item || !item->isVisible())
        return;
    if (item->inherits("QQuickTextInput"))
        out << item;
    for (QQuickItem *child : item->childItems())
        collectFields(child, out);
}

// Types plain ASCII text key by key, as a keyboard would (QTest::keyClicks is for widgets).
void typeInto(QWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

} // namespace

class TestKioskViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstStartAsksForThePassphraseOverTheKeyboard();
    void pinPadShowsItIsBusyWhileThePinIsChecked();
    void switchingLanguageRetranslatesTheVisibleScreen();
    void endingTheSessionLeavesNoReviewTextOnScreen();

private:
    QStringList visibleTexts();
    QList<QQuickItem *> visibleFields();
    void settle() { QTest::qWait(300); }

    FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    StoreController *m_vault = nullptr;
    LanguageController *m_language = nullptr;
    ReviewSession *m_review = nullptr;
    KioskController *m_kiosk = nullptr;
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
    m_engine = new QQmlApplicationEngine(this);
    m_language->setEngine(m_engine);
    m_engine->addImportPath(QStringLiteral("qrc:/vitrine/qml"));
    m_engine->load(QUrl(QStringLiteral("qrc:/vitrine/qml/Vitrine/Main.qml")));
    QVERIFY(!m_engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window);
    settle();
}

void TestKioskViews::cleanupTestCase()
{
    delete m_engine;
    delete m_kiosk;
    delete m_vault;
}

QList<QQuickItem *> TestKioskViews::visibleFields()
{
    QList<QQuickItem *> fields;
    collectFields(m_window->contentItem(), fields);
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

    QVERIFY(m_review->load(test::sourcePath(QStringLiteral("resources/demo/demo.vdfl.jsonl"))));
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

int main(int argc, char *argv[])
{
    // The kiosk's on-screen keyboard, chosen before the application exists (as main() does).
    qputenv("QT_IM_MODULE", QByteArrayLiteral("qtvirtualkeyboard"));
    QLoggingCategory::setFilterRules(QStringLiteral("qt.virtualkeyboard.hunspell.warning=false"));
    QTEST_MAIN_SETUP()
    TestKioskViews test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_kioskviews.moc"
