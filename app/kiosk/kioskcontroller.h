#pragma once

#include "idlemonitor.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace vitrine {

class AdvisorPin;
class ReviewSession;

/**
 * The kiosk's journey: which screen is up, and the rule that an idle customer session is wiped
 * (models cleared and freed, not just hidden) before the attract screen returns.
 */
class KioskController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(vitrine::IdleMonitor *idle READ idle CONSTANT)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(QString demoPin READ demoPin CONSTANT)
    Q_PROPERTY(int card READ card WRITE setCard NOTIFY cardChanged)
    Q_PROPERTY(int cardCount READ cardCount CONSTANT)
    Q_PROPERTY(int unlockDelay READ unlockDelay NOTIFY unlockDelayChanged)

public:
    /** The screens of the journey, in order. */
    enum class Screen { Attract, Unlock, Advisor, Review, Sign, Done };
    Q_ENUM(Screen)

    KioskController(ReviewSession *review, AdvisorPin *pin, bool demo, QObject *parent = nullptr);

    static KioskController *create(QQmlEngine *engine, QJSEngine *);
    static void setInstance(KioskController *instance);

    Screen screen() const { return m_screen; }
    IdleMonitor *idle() { return &m_idle; }
    bool demo() const { return m_demo; }
    /** The PIN shown on screen in demo mode; empty otherwise. */
    QString demoPin() const;

    /**
     * In demo mode, the log the advisor finds loaded after unlocking (instead of importing one).
     */
    void setDemoLog(const QString &path) { m_demoLog = path; }

    /** The customer's card in the review (0 = In short ... cardCount()-1). */
    int card() const { return m_card; }
    void setCard(int card);
    /** In short, Recorded, Where, When, New, Choices. */
    int cardCount() const { return 6; }

    /**
     * Checks the advisor's PIN (AdvisorPin: wrong PINs make the next attempt wait longer);
     * unlockDelay() says how many seconds remain.
     */
    Q_INVOKABLE bool unlock(const QString &pin);
    int unlockDelay() const;

    /** Shows the advisor's PIN pad. */
    Q_INVOKABLE void showUnlock();
    /**
     * Leaves the PIN pad for the attract screen. A log the advisor already imported stays
     * loaded (the attract screen shows none of it); the idle timeout still wipes it.
     */
    Q_INVOKABLE void cancelUnlock();
    /** The advisor takes the kiosk (after unlocking). */
    Q_INVOKABLE void toAdvisor();
    /** Hands the screen to the customer with the loaded review. */
    Q_INVOKABLE void startReview();
    /** Customer and advisor sign. */
    Q_INVOKABLE void toSign();
    /** Ends the customer's session: the review is wiped and the attract screen returns. */
    Q_INVOKABLE void endSession();

signals:
    void screenChanged();
    void cardChanged();
    void unlockDelayChanged();
    /** A PIN was refused; the message says why, in the current language. */
    void unlockRefused(const QString &message);

private:
    void setScreen(Screen s);

    ReviewSession *m_review;
    bool m_demo;
    Screen m_screen = Screen::Attract;
    int m_card = 0;
    IdleMonitor m_idle;
    AdvisorPin *m_pin;
    QString m_demoLog;
};

} // namespace vitrine
