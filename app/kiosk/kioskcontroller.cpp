#include "kioskcontroller.h"

#include "reviewsession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QQmlEngine>

#include <sodium.h>

namespace vitrine {

namespace {
KioskController *g_instance = nullptr;
}

KioskController::KioskController(ReviewSession *review, bool demo, QObject *parent)
    : QObject(parent)
    , m_review(review)
    , m_demo(demo)
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
    const qint64 left = m_lockedUntilMs - QDateTime::currentMSecsSinceEpoch();
    return left > 0 ? static_cast<int>((left + 999) / 1000) : 0;
}

bool KioskController::unlock(const QString &pin)
{
    if (unlockDelay() > 0) {
        emit unlockRefused(QCoreApplication::translate(
            "vitrine::Kiosk", "Please wait %n second(s) before trying again.", nullptr,
            unlockDelay()));
        return false;
    }
    const QByteArray utf8 = pin.toUtf8();
    const bool ok = !m_pinHash.isEmpty() &&
                    crypto_pwhash_str_verify(m_pinHash.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size())) == 0;
    if (ok) {
        m_failures = 0;
        m_lockedUntilMs = 0;
        emit unlockDelayChanged();
        toAdvisor();
        return true;
    }
    ++m_failures;
    // Growing delays make guessing a four-digit PIN take days, not minutes.
    if (m_failures >= 3) {
        const int seconds = std::min(60, 1 << std::min(m_failures - 3, 6));
        m_lockedUntilMs = QDateTime::currentMSecsSinceEpoch() + seconds * 1000LL;
        emit unlockDelayChanged();
    }
    emit unlockRefused(QCoreApplication::translate("vitrine::Kiosk", "This PIN is not right."));
    return false;
}

void KioskController::showUnlock()
{
    setScreen(Screen::Unlock);
}

void KioskController::toAdvisor()
{
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
    // Every screen but the attract one shows somebody's data: it is watched for idleness.
    m_idle.setRunning(s != Screen::Attract);
    if (s == m_screen)
        return;
    m_screen = s;
    emit screenChanged();
}

} // namespace vitrine
