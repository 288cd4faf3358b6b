// SPDX-License-Identifier: GPL-3.0-or-later
// Moving through the kiosk's screens: the advisor's PIN checked off the UI thread, the review's
// import kept once, and every session wiped when it ends or is left idle.

#include "kioskcontroller.h"

#include "advisorpin.h"
#include "catalogue.h"
#include "importrecord.h"
#include "offthread.h"
#include "reviewsession.h"
#include "signaturecapture.h"
#include "store.h"
#include "storecontroller.h"

#include <QCoreApplication>
#include <QQmlEngine>

#include <utility>

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
    // The advisor's own timeout asks nothing: the PIN pad simply comes back.
    m_advisorIdle.setWarning(0);
    m_advisorIdle.setTimeout(kAdvisorTimeoutMs);
    connect(&m_advisorIdle, &IdleMonitor::expired, this, &KioskController::lockAdvisor);
    connect(&m_pinCheck, &QFutureWatcher<AdvisorPin::Result>::finished, this,
            &KioskController::pinChecked);
    m_thanks.setSingleShot(true);
    m_thanks.setInterval(kThankYouMs);
    connect(&m_thanks, &QTimer::timeout, this, [this] {
        if (m_screen == Screen::Done)
            endSession();
    });
}

KioskController::~KioskController()
{
    m_pinCheck.waitForFinished();
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

void KioskController::setVault(StoreController *vault)
{
    if (m_vault)
        disconnect(m_vault, nullptr, this, nullptr);
    m_vault = vault;
    if (!m_vault)
        return;
    connect(m_vault, &StoreController::stageChanged, this, &KioskController::followVault);
    followVault();
}

void KioskController::followVault()
{
    if (!m_vault->isOpen()) {
        switch (m_vault->stage()) {
        case StoreController::Stage::ChoosePassphrase:
        case StoreController::Stage::ChoosePin:
        case StoreController::Stage::ConfirmPin:
            setScreen(Screen::Setup);
            break;
        default:
            setScreen(Screen::Open);
            break;
        }
        return;
    }
    m_store = m_vault->store();
    m_pin = m_vault->pin();
    m_review->setStore(m_store);
    emit unlockDelayChanged();
    if (m_screen == Screen::Setup || m_screen == Screen::Open)
        setScreen(Screen::Attract);
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
    if (m_checking)
        return m_delayDuringCheck;
    return m_pin ? m_pin->waitSeconds() : 0;
}

void KioskController::unlock(const QString &pin)
{
    if (m_checking)
        return;
    if (!m_pin || !m_pin->isSet()) {
        emit unlockRefused(
            QCoreApplication::translate("vitrine::Kiosk", "No advisor PIN has been set."));
        emit unlockFinished(false);
        return;
    }
    if (m_pin->waitSeconds() > 0) {
        emit unlockRefused(QCoreApplication::translate(
            "vitrine::Kiosk", "Please wait %n second(s) before trying again.", nullptr,
            unlockDelay()));
        emit unlockFinished(false);
        return;
    }
    m_delayDuringCheck = m_pin->waitSeconds();
    m_checkFrom = m_screen;
    m_checking = true;
    emit checkingPinChanged();
    // Argon2id takes most of a second: the worker has the PIN (and, through it, the store's
    // settings) to itself until pinChecked(). Nothing else touches either meanwhile: the PIN
    // pad is the only screen up, and the store is used only from the Advisor screen on.
    m_pinCheck.setFuture(runOffThread<AdvisorPin::Result>(
        [advisorPin = m_pin, typed = pin] { return advisorPin->check(typed); }));
}

void KioskController::pinChecked()
{
    const AdvisorPin::Result result = m_pinCheck.result();
    m_checking = false;
    emit checkingPinChanged();
    emit unlockDelayChanged();
    switch (result) {
    case AdvisorPin::Result::Accepted:
        // Someone cancelled, or the idle time ran out, while the PIN was checked: stay there.
        if (m_screen == m_checkFrom)
            enterAdvisor();
        emit unlockFinished(true);
        return;
    case AdvisorPin::Result::Wait:
        emit unlockRefused(QCoreApplication::translate(
            "vitrine::Kiosk", "Please wait %n second(s) before trying again.", nullptr,
            unlockDelay()));
        break;
    case AdvisorPin::Result::NoPin:
        emit unlockRefused(
            QCoreApplication::translate("vitrine::Kiosk", "No advisor PIN has been set."));
        break;
    case AdvisorPin::Result::Refused:
        emit unlockRefused(QCoreApplication::translate("vitrine::Kiosk", "This PIN is not right."));
        break;
    }
    emit unlockFinished(false);
}

bool KioskController::storeReady() const
{
    return !m_vault || m_vault->isOpen();
}

namespace {

// The screens a customer may be left alone with, holding their review.
bool isCustomerScreen(KioskController::Screen s)
{
    using S = KioskController::Screen;
    return s == S::Review || s == S::Sign || s == S::Preview || s == S::Done;
}

} // namespace

void KioskController::showUnlock()
{
    askForPin();
}

void KioskController::askForPin()
{
    if (!storeReady() || m_screen == Screen::Unlock)
        return;
    m_unlockReturn = isCustomerScreen(m_screen) && m_review->loaded() ? m_screen : Screen::Attract;
    setScreen(Screen::Unlock);
}

void KioskController::cancelUnlock()
{
    if (m_screen != Screen::Unlock || m_checking)
        return;
    const Screen back = m_review->loaded() ? m_unlockReturn : Screen::Attract;
    m_unlockReturn = Screen::Attract;
    setScreen(back);
}

void KioskController::toAdvisor()
{
    // Only the advisor's own check of a sheet leads straight back; the customer's screens
    // hand over through the PIN pad, so the customer cannot wander into the Advisor screen.
    if (m_screen == Screen::Verify || m_screen == Screen::Advisor)
        enterAdvisor();
    else
        askForPin();
}

void KioskController::enterAdvisor()
{
    if (!storeReady())
        return;
    m_unlockReturn = Screen::Attract;
    if (!m_review->loaded()) {
        // A log given at start is imported now that the store is open and the advisor is here.
        if (!m_pendingLog.isEmpty())
            m_review->load(std::exchange(m_pendingLog, QString()));
        // The demo loads its log only when an advisor asks for it, so that an idle demo kiosk
        // holds no review at all.
        else if (m_demo && !m_demoLog.isEmpty())
            m_review->load(m_demoLog);
    }
    // The advisor came: a later PIN pad (the advisor's screen locked) cancels to the start.
    m_unlockReturn = Screen::Attract;
    setScreen(Screen::Advisor);
}

void KioskController::startReview()
{
    if (!m_review->loaded())
        return;
    recordImport();
    setCard(0);
    setScreen(Screen::Review);
}

void KioskController::recordImport()
{
    if (!m_store || !m_review->summary())
        return;
    // The same file of the same car is the same import: starting its review again (after the
    // advisor screen locked, say) keeps no second copy.
    StoreError error;
    const auto kept = m_store->findImport(m_review->vin(), m_review->sha256(), &error);
    if (error.code != StoreError::Code::None) {
        // Unknown whether it is kept: writing it again could make a second copy.
        qWarning("The store could not be read: %s", qPrintable(error.message));
        return;
    }
    if (kept) {
        m_importId = kept->id;
        return;
    }
    const qint64 id = m_store->addImport(
        importRecordOf(*m_review->summary(), m_review->fileName(), Catalogue::builtIn()), &error);
    if (id < 0) {
        // The customer still gets the review; only the next visit's comparison misses it.
        qWarning("The review could not be kept in the store: %s", qPrintable(error.message));
        return;
    }
    m_importId = id;
}

void KioskController::toSign()
{
    if (m_review->loaded())
        setScreen(Screen::Sign);
}

void KioskController::toPreview()
{
    if (!m_review->loaded())
        return;
    SignatureCapture *customer = m_review->customerSignature();
    SignatureCapture *advisor = m_review->advisorSignature();
    if (customer->looksSigned() && advisor->looksSigned()) {
        setScreen(Screen::Preview);
        return;
    }
    // Not yet: a pad whose ink is too little says so, rather than nothing happening.
    customer->remind();
    advisor->remind();
}

void KioskController::toVerify()
{
    if (m_screen == Screen::Advisor)
        setScreen(Screen::Verify);
}

void KioskController::wipeReview()
{
    m_review->clear();
    m_unlockReturn = Screen::Attract;
    m_importId = -1;
    setCard(0);
}

void KioskController::endSession()
{
    wipeReview();
    setEnding(Ending::NoSheet);
    m_unlockReturn = Screen::Attract;
    // Before the store is open there is no session to end: the setup screens stay.
    if (storeReady())
        setScreen(Screen::Attract);
}

void KioskController::askToEnd()
{
    if (m_screen == Screen::Review || m_screen == Screen::Sign || m_screen == Screen::Preview)
        setAskingToEnd(true);
}

void KioskController::cancelEnd()
{
    setAskingToEnd(false);
}

void KioskController::confirmEnd()
{
    if (!m_askingToEnd)
        return;
    // Wiped now, not when the thank-you screen goes: nothing of the review waits behind it.
    wipeReview();
    m_unlockReturn = Screen::Attract;
    setScreen(Screen::Done);
    m_thanks.start();
}

void KioskController::noteEnding(Ending ending)
{
    if (ending > m_ending)
        setEnding(ending);
}

void KioskController::setAskingToEnd(bool asking)
{
    if (asking == m_askingToEnd)
        return;
    m_askingToEnd = asking;
    emit askingToEndChanged();
}

void KioskController::setEnding(Ending ending)
{
    if (ending == m_ending)
        return;
    m_ending = ending;
    emit endingChanged();
}

void KioskController::lockAdvisor()
{
    if (m_screen != Screen::Advisor && m_screen != Screen::Verify)
        return;
    m_unlockReturn = Screen::Attract;
    setScreen(Screen::Unlock);
    emit advisorLocked();
}

void KioskController::setScreen(Screen s)
{
    // Every customer screen, and the PIN pad, shows or guards somebody's data, and a loaded log
    // is somebody's data even behind the attract screen: all are watched for idleness, then
    // wiped. The Advisor screen, and the Verify screen reached from it, have their own, longer
    // timeout that locks without wiping; the setup screens come before any session.
    const bool customer = s == Screen::Unlock || s == Screen::Review || s == Screen::Sign ||
                          s == Screen::Preview || s == Screen::Done ||
                          (s == Screen::Attract && m_review->loaded());
    m_idle.setRunning(customer);
    m_advisorIdle.setRunning(s == Screen::Advisor || s == Screen::Verify);
    if (s != Screen::Done)
        m_thanks.stop();
    if (s == m_screen)
        return;
    // The question belongs to the screen it was asked on.
    setAskingToEnd(false);
    m_screen = s;
    emit screenChanged();
}

void KioskController::setFirstFrameShown(bool shown)
{
    if (shown == m_firstFrameShown)
        return;
    m_firstFrameShown = shown;
    emit firstFrameShownChanged();
}

} // namespace vitrine
