// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the kiosk's encrypted store before anything else comes up, and setting it up on
// first start.

#pragma once

#include "keyderivation.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;
class QTemporaryDir;

namespace vitrine {

class AdvisorPin;
class Clock;
class StartGate;
class Store;

/**
 * The kiosk's encrypted store, opened with the kiosk's own passphrase before anything else
 * comes up. On first start (no store file yet) it walks the advisor through choosing that
 * passphrase and the first advisor PIN; afterwards it asks for the passphrase at every start.
 * The demo gets a throwaway store in a temporary folder, made the same way and deleted with
 * this object. Argon2id makes every opening take about a second, so the work runs on a worker
 * thread and `busy` says so.
 */
class StoreController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Vault)
    QML_SINGLETON
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool damaged READ damaged NOTIFY damagedChanged)
    Q_PROPERTY(int minPassphraseLength READ minPassphraseLength CONSTANT)
    Q_PROPERTY(int minPinLength READ minPinLength CONSTANT)
    Q_PROPERTY(int maxPinLength READ maxPinLength CONSTANT)

public:
    /** Where the kiosk stands with its store. */
    enum class Stage {
        /** No folder chosen yet (useFolder / useThrowaway not called). */
        Unset,
        /** First start: choose the passphrase (twice). */
        ChoosePassphrase,
        /** First start: choose the advisor PIN. */
        ChoosePin,
        /** First start: the same PIN again. */
        ConfirmPin,
        /** The store exists: type the passphrase. */
        EnterPassphrase,
        /** The demo's throwaway store is being made. */
        Preparing,
        /** The store is open and the advisor PIN is set. */
        Open,
    };
    Q_ENUM(Stage)

    static constexpr int kMinPassphraseLength = 12;
    static constexpr int kMinPinLength = 4;
    static constexpr int kMaxPinLength = 8;

    /** @param clock stamps the store's rows; must outlive this object. */
    StoreController(const Clock &clock, QObject *parent);
    /** Waits for a running opening, then closes the store (and deletes a throwaway one). */
    ~StoreController() override;

    static StoreController *create(QQmlEngine *engine, QJSEngine *);
    static void setInstance(StoreController *instance);

    /** Argon2id cost; the default (moderate) is the production one, tests pass minimum(). */
    void setKdfParams(KdfParams params) { m_params = params; }
    /**
     * The store's work (Argon2id) waits behind this gate while it is closed; busy is true
     * meanwhile. The gate must outlive this object.
     */
    void setGate(StartGate *gate) { m_gate = gate; }

    /**
     * The kiosk's data folder: creates it (owner-only, 0700) when missing and looks for the
     * store in it. Stage becomes EnterPassphrase when a store is there, ChoosePassphrase
     * otherwise. False (with message()) when the folder cannot be made.
     */
    bool useFolder(const QString &folder);

    /**
     * The demo: makes a store in a new temporary folder with a random passphrase and sets the
     * given advisor PIN, on the worker thread (stage Preparing, then Open). The folder is
     * deleted with this object.
     */
    bool useThrowaway(const QString &pin);

    Stage stage() const { return m_stage; }
    bool busy() const { return m_busy; }
    bool isOpen() const { return m_stage == Stage::Open; }
    /**
     * True once the open store was found damaged (a page that no longer reads, whichever screen
     * met it): the advisor is told to restore the backup; the store keeps nothing more.
     */
    bool damaged() const { return m_damaged; }
    /** Why the last step failed, in the current language; empty when it did not. */
    QString message() const;
    int minPassphraseLength() const { return kMinPassphraseLength; }
    int minPinLength() const { return kMinPinLength; }
    int maxPinLength() const { return kMaxPinLength; }

    /** The store file (set by useFolder / useThrowaway). */
    QString path() const { return m_path; }
    /** The open store; null until stage() is Open. */
    Store *store() const { return m_store.get(); }
    /** The advisor PIN, kept in the store; null until stage() is Open. */
    AdvisorPin *pin() const { return m_pin.get(); }

    /** First start: the passphrase, typed twice. Goes on to ChoosePin when both agree. */
    Q_INVOKABLE void choosePassphrase(const QString &passphrase, const QString &again);
    /**
     * First start: the advisor PIN (4 to 8 digits, not one AdvisorPin calls weak). Goes on to
     * ConfirmPin; a refused PIN says why (message()) before it is ever confirmed.
     */
    Q_INVOKABLE void choosePin(const QString &pin);
    /** First start: the PIN again; when it matches, makes the store and sets the PIN. */
    Q_INVOKABLE void confirmPin(const QString &pin);
    /** First start: back to choosing the passphrase (forgets what was chosen). */
    Q_INVOKABLE void restartSetup();
    /** Opens the existing store with this passphrase (on the worker thread). */
    Q_INVOKABLE void open(const QString &passphrase);

    /** Tells the views that message() reads differently in the language just installed. */
    void retranslate() { emit messageChanged(); }

signals:
    void stageChanged();
    void busyChanged();
    void messageChanged();
    void damagedChanged();
    /** The store is open and the advisor PIN set: the kiosk can come up. */
    void opened();

private:
    enum class Problem {
        None,
        FolderFailed,
        PassphraseTooShort,
        PassphrasesDiffer,
        PinNotDigits,
        PinOneDigit,
        PinRun,
        PinRepeated,
        PinsDiffer,
        WrongPassphrase,
        /** The store's file is damaged or empty: the advisor restores the backup. */
        StoreDamaged,
        StoreFailed,
        PinFailed,
    };

    /** What the worker hands back. The PIN is declared after the store: it goes first. */
    struct Outcome
    {
        std::shared_ptr<Store> store;
        std::shared_ptr<AdvisorPin> pin;
        Problem problem = Problem::None;
        QString detail;
    };

    void setStage(Stage stage);
    void setProblem(Problem problem, const QString &detail = QString());
    void setDamaged();
    /** Opens (or creates) the store if needed, then sets newPin if given, on the worker. */
    void startWork(const QString &newPin);
    void runWork(const QString &newPin);
    void finishWork();
    void forgetSecrets();
    /** The stage for the data folder as it is now: a store there or none. */
    Stage stageForFile() const;

    const Clock &m_clock;
    KdfParams m_params = KdfParams::moderate();
    StartGate *m_gate = nullptr;
    std::unique_ptr<QTemporaryDir> m_throwaway;
    QString m_path;
    Stage m_stage = Stage::Unset;
    bool m_busy = false;
    Problem m_problem = Problem::None;
    bool m_damaged = false;
    QString m_detail;
    /** The passphrase between choosing and using it; wiped in place afterwards. */
    QByteArray m_passphrase;
    QString m_chosenPin;
    std::shared_ptr<Store> m_store;
    std::shared_ptr<AdvisorPin> m_pin;
    QFutureWatcher<Outcome> m_work;
};

} // namespace vitrine
