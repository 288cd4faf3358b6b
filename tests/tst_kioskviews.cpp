// The kiosk's views as a customer sees them: the real Main.qml on the demo log, offscreen.
// Switching language retranslates the screen that is showing, and ending the session leaves no
// text of the review on screen.

#include "advisorpin.h"
#include "kioskcontroller.h"
#include "languagecontroller.h"
#include "languages.h"
#include "reviewsession.h"
#include "testsupport.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
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

} // namespace

class TestKioskViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void switchingLanguageRetranslatesTheVisibleScreen();
    void endingTheSessionLeavesNoReviewTextOnScreen();

private:
    QStringList visibleTexts();
    void settle() { QTest::qWait(300); }

    FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC)};
    LanguageController *m_language = nullptr;
    ReviewSession *m_review = nullptr;
    AdvisorPin *m_pin = nullptr;
    KioskController *m_kiosk = nullptr;
    QQmlApplicationEngine *m_engine = nullptr;
    QQuickWindow *m_window = nullptr;
};

void TestKioskViews::initTestCase()
{
    m_language = new LanguageController(this);
    m_language->setCode(QStringLiteral("en"));
    m_review = new ReviewSession(this);
    m_pin = new AdvisorPin(m_clock);
    m_kiosk = new KioskController(m_review, m_pin, true, this);
    connect(m_language, &LanguageController::codeChanged, m_review, &ReviewSession::retranslate);
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
    QVERIFY(m_review->load(test::sourcePath(QStringLiteral("resources/demo/demo.vdfl.jsonl"))));
    m_kiosk->startReview();
    settle();
}

void TestKioskViews::cleanupTestCase()
{
    delete m_engine;
    delete m_pin;
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

QTEST_MAIN(TestKioskViews)
#include "tst_kioskviews.moc"
