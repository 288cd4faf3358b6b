// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's journey from screen to screen, and the rule that an idle customer session is wiped
// before the next customer comes.

#pragma once

#include "advisorpin.h"
#include "idlemonitor.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace vitrine {

class ReviewSession;
class Store;
class StoreController;

/**
 * The kiosk's journey: which screen is up, and the rule that an idle customer session is wiped
 * (models cleared and freed, not just hidden) before the attract screen returns. With a
 * StoreController, the journey starts only once the kiosk's store is open (first-start setup
 * or passphrase before that), and an advisor who leaves the Advisor screen untouched finds it
 * locked behind the PIN pad. The advisor's screens (Advisor, Verify) are reached only through
 * the PIN pad: from the attract screen and from every customer screen alike.
 */
class KioskController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(vitrine::IdleMonitor *idle READ idle CONSTANT)
    Q_PROPERTY(vitrine::IdleMonitor *advisorIdle READ advisorIdle CONSTANT)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(QString demoPin READ demoPin CONSTANT)
    Q_PROPERTY(int card READ card WRITE setCard NOTIFY cardChanged)
    Q_PROPERTY(int cardCount READ cardCount CONSTANT)
    Q_PROPERTY(int unlockDelay READ unlockDelay NOTIFY unlockDelayChanged)
    Q_PROPERTY(bool checkingPin READ checkingPin NOTIFY checkingPinChanged)
    /** "End" was tapped: the question (end the session?) is up, waiting for an answer. */
    Q_PROPERTY(bool askingToEnd READ askingToEnd NOTIFY askingToEndChanged)
    /** What became of the session's sheet, for the question and the thank-you screen. */
    Q_PROPERTY(Ending ending READ ending NOTIFY endingChanged)
    /**
     * The window's first frame is on screen: what it did not need (the other screens, the
     * on-screen keyboard) may load now. True unless the composition root says it is waiting.
     */
    Q_PROPERTY(bool firstFrameShown READ firstFrameShown WRITE setFirstFrameShown NOTIFY
                   firstFrameShownChanged)

public:
    /**
     * The screens of the journey, in order. Setup (first start) and Open (the kiosk's
     * passphrase) come before any session; Verify (checking a sheet) is the advisor's, reached
     * from the Advisor screen.
     */
    enum class Screen {
        Setup,
        Open,
        Attract,
        Unlock,
        Advisor,
        Review,
        Sign,
        Preview,
        Done,
        Verify
    };
    Q_ENUM(Screen)

    /**
     * What the customer takes away, the best that happened in the session: a printed sheet
     * beats one saved on a stick, which beats one kept for the advisor to print.
     */
    enum class Ending { NoSheet, Kept, Saved, Printed };
    Q_ENUM(Ending)

    /** The thank-you screen goes back to the attract screen by itself after this long. */
    static constexpr int kThankYouMs = 8000;

    /** The Advisor screen locks after this long untouched, unless told otherwise. */
    static constexpr int kAdvisorTimeoutMs = 5 * 60 * 1000;

    /**
     * @param pin the advisor PIN; may be null when a StoreController brings it (setVault).
     */
    KioskController(ReviewSession *review, AdvisorPin *pin, bool demo, QObject *parent = nullptr);
    /** Waits for a PIN check still running. */
    ~KioskController() override;

    static KioskController *create(QQmlEngine *engine, QJSEngine *);
    static void setInstance(KioskController *instance);

    /**
     * Takes the kiosk's store from vault: until it is open the Setup or Open screen shows;
     * once it is, the review and the PIN use it and the attract screen comes up.
     */
    void setVault(StoreController *vault);

    Screen screen() const { return m_screen; }
    /** The customer's idle time: a warning, then the session is wiped. */
    IdleMonitor *idle() { return &m_idle; }
    /**
     * The advisor's idle time on the Advisor screen: when it runs out, the PIN pad returns and
     * the imported log stays (no warning; default kAdvisorTimeoutMs).
     */
    IdleMonitor *advisorIdle() { return &m_advisorIdle; }
    bool demo() const { return m_demo; }
    bool firstFrameShown() const { return m_firstFrameShown; }
    void setFirstFrameShown(bool shown);
    /** The PIN shown on screen in demo mode; empty otherwise. */
    QString demoPin() const;

    /**
     * In demo mode, the log the advisor finds loaded after unlocking (instead of importing one).
     */
    void setDemoLog(const QString &path) { m_demoLog = path; }

    /**
     * A log given at start (--log): imported when the advisor first unlocks, once the store is
     * open (so "new since your last visit" can use it), and waiting on the Advisor screen.
     */
    void setPendingLog(const QString &path) { m_pendingLog = path; }

    /**
     * The store's id of the import behind the review being shown, kept when the advisor
     * started it; -1 when none was kept (no store, or nothing started).
     */
    qint64 importId() const { return m_importId; }

    /** The customer's card in the review (0 = In short ... cardCount()-1). */
    int card() const { return m_card; }
    void setCard(int card);
    /** In short, Recorded, Where, When, New, Choices. */
    int cardCount() const { return 6; }

    /**
     * Checks the advisor's PIN on a worker thread (Argon2id takes most of a second) and
     * answers with unlockFinished(); wrong PINs make the next attempt wait longer
     * (unlockDelay()). A PIN typed while one is being checked is ignored.
     */
    Q_INVOKABLE void unlock(const QString &pin);
    int unlockDelay() const;
    /** True while a PIN is being checked. */
    bool checkingPin() const { return m_checking; }

    /**
     * Shows the advisor's PIN pad; cancelling it goes back to the customer screen it was
     * opened from, or to the attract screen.
     */
    Q_INVOKABLE void showUnlock();
    /**
     * Leaves the PIN pad for the screen it was opened from: the customer's screen, or the
     * attract screen. A log the advisor already imported stays loaded (the attract screen
     * shows none of it); the idle timeout still wipes it.
     */
    Q_INVOKABLE void cancelUnlock();
    /**
     * The advisor takes the kiosk: from the Verify screen straight back to the Advisor screen;
     * from anywhere else (the customer's review, signing, the sheet ...) through the PIN pad
     * first, the review staying loaded for the Advisor screen.
     */
    Q_INVOKABLE void toAdvisor();
    /**
     * Hands the screen to the customer with the loaded review, and keeps the review's import
     * in the store (once per file and car) so that the next visit can say what is new.
     */
    Q_INVOKABLE void startReview();
    /** Customer and advisor sign. */
    Q_INVOKABLE void toSign();
    /**
     * Both have signed: the sheet is made and shown, page by page, to be printed (the Sheet
     * singleton makes it when this screen comes up). A pad whose ink does not count as a
     * signature yet is told to say so (SignatureCapture::remind()), and the screen stays.
     */
    Q_INVOKABLE void toPreview();
    /** From the Advisor screen: check a sheet (behind the advisor's PIN, like that screen). */
    Q_INVOKABLE void toVerify();
    /** Ends the customer's session: the review is wiped and the attract screen returns. */
    Q_INVOKABLE void endSession();

    /**
     * The customer tapped End (or Finish without a sheet): asks once (askingToEnd) before
     * anything is wiped.
     */
    Q_INVOKABLE void askToEnd();
    /** The customer goes back: nothing is wiped. */
    Q_INVOKABLE void cancelEnd();
    /**
     * The customer confirmed: the review is wiped at once and the thank-you screen shows,
     * which returns to the attract screen after thankYouMs() or on a tap (endSession).
     */
    Q_INVOKABLE void confirmEnd();

    bool askingToEnd() const { return m_askingToEnd; }
    Ending ending() const { return m_ending; }
    /** The sheet has gone out one more way (the Sheet step tells); the best one is kept. */
    void noteEnding(Ending ending);

    int thankYouMs() const { return m_thanks.interval(); }
    void setThankYouMs(int ms) { m_thanks.setInterval(ms); }

    /**
     * For the self-test and the screenshot tour only: puts up a screen whatever the journey
     * says, so that the setup screens can be shown while the demo's store is open.
     */
    void showForTour(Screen s) { setScreen(s); }

signals:
    void screenChanged();
    void cardChanged();
    void unlockDelayChanged();
    void checkingPinChanged();
    void askingToEndChanged();
    void firstFrameShownChanged();
    void endingChanged();
    /** A PIN was refused; the message says why, in the current language. */
    void unlockRefused(const QString &message);
    /** A PIN check is over: accepted (the Advisor screen is up) or refused. */
    void unlockFinished(bool accepted);
    /** The Advisor screen was left untouched too long and went back to the PIN pad. */
    void advisorLocked();

private:
    void setScreen(Screen s);
    /** True without a vault, or once its store is open: nothing before that gets past Open. */
    bool storeReady() const;
    void followVault();
    void pinChecked();
    void lockAdvisor();
    /** Puts up the Advisor screen, loading the demo's or the start's log: the PIN is passed. */
    void enterAdvisor();
    /** Opens the PIN pad; cancelling it returns to the current screen if it is a customer's. */
    void askForPin();
    void recordImport();
    void setAskingToEnd(bool asking);
    void setEnding(Ending ending);
    /** Wipes the review on screen (models cleared), whatever screen comes next. */
    void wipeReview();

    ReviewSession *m_review;
    bool m_demo;
    bool m_firstFrameShown = true;
    Screen m_screen = Screen::Attract;
    int m_card = 0;
    IdleMonitor m_idle;
    IdleMonitor m_advisorIdle;
    AdvisorPin *m_pin;
    StoreController *m_vault = nullptr;
    Store *m_store = nullptr;
    QString m_demoLog;
    QString m_pendingLog;
    qint64 m_importId = -1;
    bool m_checking = false;
    /** unlockDelay() while the worker owns the PIN (it is not read from two threads). */
    int m_delayDuringCheck = 0;
    /** The screen when the check began: the answer only moves on from there. */
    Screen m_checkFrom = Screen::Attract;
    /** Where cancelling the PIN pad goes: the customer screen it was opened from, or Attract. */
    Screen m_unlockReturn = Screen::Attract;
    QFutureWatcher<AdvisorPin::Result> m_pinCheck;
    bool m_askingToEnd = false;
    Ending m_ending = Ending::NoSheet;
    QTimer m_thanks;
};

} // namespace vitrine
