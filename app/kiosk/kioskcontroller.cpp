#include "kioskcontroller.h"

#include "advisorpin.h"
#include "reviewsession.h"

#include <QCoreApplication>
#include <QQmlEngine>

namespace vitrine {

namespace {
KioskController *g_instance = nullptr;
}

KioskController::KioskController(ReviewSession *review, AdvisorPin *pin, bool demo, QObject *parent)
    : QObject(parent)
    , m_review(review)
    , m_demo(demo)
    , m_pin(pin)
{
    connect(&m_idle, &IdleMonitor::expired, this, &KioskController::endSession);
}

KioskController *KioskController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void KioskController::setInstance(KioskController *instance)
{
    g_instance = instance;
}

QString KioskController::demoPin() const
{
    return m_demo ? QStringLiteral("2468") : QString();
}

void KioskController::setCard(int card)
{
    card = std::clamp(card, 0, cardCount() - 1);
    if (card == m_card)
        return;
    m_card = card;
    emit cardChanged();
}

int KioskController::unlockDelay() const
{
    return m_pin->waitSeconds();
}

bool KioskController::unlock(const QString &pin)
{
    switch (m_pin->check(pin)) {
    case AdvisorPin::Result::Accepted:
        emit unlockDelayChanged();
        toAdvisor();
        return true;
    case AdvisorPin::Result::Wait:
        emit unlockRefused(QCoreApplication::translate(
            "vitrine::Kiosk", "Please wait %n second(s) before trying again.", nullptr,
            unlockDelay()));
        return false;
    case AdvisorPin::Result::NoPin:
        emit unlockRefused(
            QCoreApplication::translate("vitrine::Kiosk", "No advisor PIN has been set."));
        return false;
    case AdvisorPin::Result::Refused:
        break;
    }
    emit unlockDelayChanged();
    emit unlockRefused(QCoreApplication::translate("vitrine::Kiosk", "This PIN is not right."));
    return false;
}

void KioskController::showUnlock()
{
    setScreen(Screen::Unlock);
}

void KioskController::cancelUnlock()
{
    if (m_screen == Screen::Unlock)
        setScreen(Screen::Attract);
}

void KioskController::toAdvisor()
{
    // The demo loads its log only when an advisor asks for it, so that an idle demo kiosk
    // holds no review at all.
    if (m_demo && !m_demoLog.isEmpty() && !m_review->loaded())
        m_review->load(m_demoLog);
    setScreen(Screen::Advisor);
}

void KioskController::startReview()
{
    if (!m_review->loaded())
        return;
    setCard(0);
    setScreen(Screen::Review);
}

void KioskController::toSign()
{
    if (m_review->loaded())
        setScreen(Screen::Sign);
}

void KioskController::endSession()
{
    m_review->clear();
    setCard(0);
    setScreen(Screen::Attract);
}

void KioskController::setScreen(Screen s)
{
    // Every screen but the attract one shows somebody's data, and a loaded log is somebody's
    // data even behind the attract screen: both are watched for idleness, then wiped.
    m_idle.setRunning(s != Screen::Attract || m_review->loaded());
    if (s == m_screen)
        return;
    m_screen = s;
    emit screenChanged();
}

} // namespace vitrine
