// SPDX-License-Identifier: GPL-3.0-or-later
// Setting up and opening the store on a worker thread (Argon2id takes about a second), with
// the passphrase and PINs wiped from memory once used.

#include "storecontroller.h"

#include "advisorpin.h"
#include "clock.h"
#include "offthread.h"
#include "startgate.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QQmlEngine>
#include <QTemporaryDir>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace vitrine {

namespace {

StoreController *g_instance = nullptr;

const QString kStoreFileName = QStringLiteral("vitrine.db");

// Overwrites the bytes where they are, so every copy sharing this buffer (the worker's too)
// reads zeros, then lets the buffer go. Only for buffers this file allocated (never a literal).
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(const_cast<char *>(bytes.constData()), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty())
        sodium_memzero(const_cast<QChar *>(text.constData()),
                       static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

// Characters as a person counts them (a surrogate pair is one).
qsizetype characterCount(const QString &text)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isLowSurrogate(); });
}

bool isPin(const QString &pin)
{
    return pin.size() >= StoreController::kMinPinLength &&
           pin.size() <= StoreController::kMaxPinLength &&
           std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Makes the folder owner-only when it has to be created; an existing folder is left as it is
// (it may be shared with other things), the store file in it is owner-only anyway.
bool makeFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.exists())
        return info.isDir();
    if (!QDir().mkpath(info.absolutePath()))
        return false;
    const QByteArray native = QFile::encodeName(folder);
    if (::mkdir(native.constData(), S_IRWXU) != 0 && errno != EEXIST)
        return false;
    // mkdir applies the umask; set exactly 0700.
    return ::chmod(native.constData(), S_IRWXU) == 0;
}

} // namespace

StoreController::StoreController(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    connect(&m_work, &QFutureWatcher<Outcome>::finished, this, &StoreController::finishWork);
}

StoreController::~StoreController()
{
    // The worker may be creating the store in the folder about to be deleted.
    m_work.waitForFinished();
    forgetSecrets();
    if (m_store)
        m_store->setDamageObserver(nullptr);
}

StoreController *StoreController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void StoreController::setInstance(StoreController *instance)
{
    g_instance = instance;
}

bool StoreController::useFolder(const QString &folder)
{
    // No folder at all (no home directory, say) must not mean "the current directory".
    if (folder.trimmed().isEmpty()) {
        setProblem(Problem::FolderFailed, folder);
        return false;
    }
    const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
    if (!makeFolder(clean)) {
        setProblem(Problem::FolderFailed, clean);
        return false;
    }
    m_path = QDir(clean).filePath(kStoreFileName);
    setProblem(Problem::None);
    setStage(stageForFile());
    return true;
}

bool StoreController::useThrowaway(const QString &pin)
{
    m_throwaway = std::make_unique<QTemporaryDir>(
        QDir::temp().filePath(QStringLiteral("vitrine-demo-XXXXXX")));
    if (!m_throwaway->isValid() || !KeyDerivation::ensureSodium()) {
        setProblem(Problem::FolderFailed, m_throwaway->path());
        m_throwaway.reset();
        return false;
    }
    m_path = m_throwaway->filePath(kStoreFileName);
    // A passphrase nobody knows: the demo's records live for this run only.
    std::array<unsigned char, 32> random{};
    randombytes_buf(random.data(), random.size());
    std::array<char, 2 * 32 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), random.data(), random.size());
    m_passphrase = QByteArray(hex.data(), 2 * 32);
    sodium_memzero(random.data(), random.size());
    sodium_memzero(hex.data(), hex.size());
    setStage(Stage::Preparing);
    startWork(pin);
    return true;
}

QString StoreController::message() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::FolderFailed:
        if (m_detail.trimmed().isEmpty())
            return QCoreApplication::translate("vitrine::Vault",
                                               "The kiosk has no folder to keep its data in.");
        return QCoreApplication::translate("vitrine::Vault",
                                           "The kiosk cannot create its data folder %1.")
            .arg(m_detail);
    case Problem::PassphraseTooShort:
        return QCoreApplication::translate("vitrine::Vault",
                                           "The passphrase needs at least %n characters.", nullptr,
                                           kMinPassphraseLength);
    case Problem::PassphrasesDiffer:
        return QCoreApplication::translate(
            "vitrine::Vault", "The two passphrases are not the same. Please type them again.");
    case Problem::PinNotDigits:
        return QCoreApplication::translate("vitrine::Vault", "The PIN needs %1 to %2 digits.")
            .arg(kMinPinLength)
            .arg(kMaxPinLength);
    case Problem::PinOneDigit:
        return QCoreApplication::translate(
            "vitrine::Vault",
            "One digit repeated, like 1111, is too easy to guess. Please choose another PIN.");
    case Problem::PinRun:
        return QCoreApplication::translate("vitrine::Vault",
                                           "Digits in a row, like 1234 or 4321, are too easy to "
                                           "guess. Please choose another PIN.");
    case Problem::PinRepeated:
        return QCoreApplication::translate("vitrine::Vault",
                                           "A group of digits repeated, like 1212, is too easy to "
                                           "guess. Please choose another PIN.");
    case Problem::PinsDiffer:
        return QCoreApplication::translate(
            "vitrine::Vault", "The two PINs are not the same. Please choose the PIN again.");
    case Problem::WrongPassphrase:
        return QCoreApplication::translate(
            "vitrine::Vault",
            "This passphrase does not open the kiosk's records. Please check it and try again.");
    case Problem::StoreDamaged:
        return QCoreApplication::translate("vitrine::Vault",
                                           "The kiosk's records are damaged and cannot be read. "
                                           "Please restore them from the backup.");
    case Problem::StoreFailed:
        return QCoreApplication::translate("vitrine::Vault",
                                           "The kiosk's records could not be opened. %1")
            .arg(m_detail);
    case Problem::PinFailed:
        return QCoreApplication::translate("vitrine::Vault",
                                           "The PIN could not be saved. Please try again.");
    }
    return {};
}

void StoreController::choosePassphrase(const QString &passphrase, const QString &again)
{
    if (m_busy || m_stage != Stage::ChoosePassphrase)
        return;
    if (characterCount(passphrase) < kMinPassphraseLength) {
        setProblem(Problem::PassphraseTooShort);
        return;
    }
    if (passphrase != again) {
        setProblem(Problem::PassphrasesDiffer);
        return;
    }
    wipe(m_passphrase);
    m_passphrase = passphrase.toUtf8();
    setProblem(Problem::None);
    setStage(Stage::ChoosePin);
}

void StoreController::choosePin(const QString &pin)
{
    if (m_busy || m_stage != Stage::ChoosePin)
        return;
    if (!isPin(pin)) {
        setProblem(Problem::PinNotDigits);
        return;
    }
    switch (AdvisorPin::weakness(pin)) {
    case AdvisorPin::Weakness::None:
        break;
    case AdvisorPin::Weakness::OneDigit:
        setProblem(Problem::PinOneDigit);
        return;
    case AdvisorPin::Weakness::Run:
        setProblem(Problem::PinRun);
        return;
    case AdvisorPin::Weakness::Repeated:
        setProblem(Problem::PinRepeated);
        return;
    }
    wipe(m_chosenPin);
    // A buffer of its own, so that wiping it never writes into the caller's string.
    m_chosenPin = QString(pin.constData(), pin.size());
    setProblem(Problem::None);
    setStage(Stage::ConfirmPin);
}

void StoreController::confirmPin(const QString &pin)
{
    if (m_busy || m_stage != Stage::ConfirmPin)
        return;
    if (pin != m_chosenPin) {
        wipe(m_chosenPin);
        setProblem(Problem::PinsDiffer);
        setStage(Stage::ChoosePin);
        return;
    }
    startWork(pin);
}

void StoreController::restartSetup()
{
    if (m_busy)
        return;
    if (m_stage != Stage::ChoosePassphrase && m_stage != Stage::ChoosePin &&
        m_stage != Stage::ConfirmPin)
        return;
    wipe(m_chosenPin);
    setProblem(Problem::None);
    // A store that is already open (it lacked a PIN) keeps its passphrase: only the PIN is
    // chosen again.
    if (m_store) {
        setStage(Stage::ChoosePin);
        return;
    }
    wipe(m_passphrase);
    setStage(Stage::ChoosePassphrase);
}

void StoreController::open(const QString &passphrase)
{
    if (m_busy || m_stage != Stage::EnterPassphrase || passphrase.isEmpty())
        return;
    wipe(m_passphrase);
    m_passphrase = passphrase.toUtf8();
    startWork(QString());
}

void StoreController::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    emit stageChanged();
}

void StoreController::setProblem(Problem problem, const QString &detail)
{
    if (problem == m_problem && detail == m_detail)
        return;
    m_problem = problem;
    m_detail = detail;
    emit messageChanged();
}

StoreController::Stage StoreController::stageForFile() const
{
    // A store is only put in place whole, so any file there is a store, even an empty one: it
    // asks the passphrase and opening it says it is damaged, never "set up again", which would
    // hide the loss of what it kept (docs/store.md).
    return QFileInfo::exists(m_path) ? Stage::EnterPassphrase : Stage::ChoosePassphrase;
}

void StoreController::setDamaged()
{
    if (m_damaged)
        return;
    m_damaged = true;
    emit damagedChanged();
}

void StoreController::startWork(const QString &newPin)
{
    setProblem(Problem::None);
    m_busy = true;
    emit busyChanged();
    if (m_gate)
        m_gate->whenOpen(this, [this, newPin] { runWork(newPin); });
    else
        runWork(newPin);
}

void StoreController::runWork(const QString &newPin)
{
    // The worker gets its own references; nothing on this thread touches the store or the PIN
    // until finishWork(), since the stage is not Open before then.
    m_work.setFuture(runOffThread<Outcome>([path = m_path, passphrase = m_passphrase, newPin,
                                            params = m_params, clock = &m_clock, store = m_store,
                                            pin = m_pin]() -> Outcome {
        Outcome out;
        out.store = store;
        out.pin = pin;
        if (!out.store) {
            StoreError error;
            std::unique_ptr<Store> opened = Store::open(path, passphrase, *clock, &error, params);
            if (!opened) {
                out.problem = error.code == StoreError::Code::WrongPassphrase
                                  ? Problem::WrongPassphrase
                              : error.code == StoreError::Code::Damaged ? Problem::StoreDamaged
                                                                        : Problem::StoreFailed;
                out.detail = error.message;
                return out;
            }
            StoreError pinError;
            auto pinOfStore = std::make_shared<AdvisorPin>(*clock, opened.get(), &pinError);
            if (pinError.code != StoreError::Code::None) {
                // Never "choose a PIN" over settings that could not be read: the kept PIN
                // may be there, unread.
                out.problem = pinError.code == StoreError::Code::Damaged ? Problem::StoreDamaged
                                                                         : Problem::StoreFailed;
                out.detail = pinError.message;
                return out;
            }
            out.store = std::shared_ptr<Store>(std::move(opened));
            out.pin = std::move(pinOfStore);
        }
        if (!newPin.isEmpty() && !out.pin->setPin(newPin))
            out.problem = Problem::PinFailed;
        return out;
    }));
}

void StoreController::finishWork()
{
    Outcome out = m_work.result();
    forgetSecrets();
    m_busy = false;
    if (out.store) {
        m_store = std::move(out.store);
        m_pin = std::move(out.pin);
        // Damage met later, on any thread (a worker checks the PIN): said on this one.
        m_store->setDamageObserver([this] {
            QMetaObject::invokeMethod(
                this, [this] { setDamaged(); }, Qt::QueuedConnection);
        });
        setProblem(out.problem);
        // A store without a PIN (first start cut short after the store was made, or the PIN
        // could not be saved) asks for the PIN; the passphrase already did its work.
        if (out.problem != Problem::None || !m_pin->isSet()) {
            setStage(Stage::ChoosePin);
        } else {
            setStage(Stage::Open);
            emit opened();
        }
    } else {
        setProblem(out.problem, out.detail);
        if (!m_throwaway)
            setStage(stageForFile());
    }
    emit busyChanged();
}

void StoreController::forgetSecrets()
{
    wipe(m_passphrase);
    wipe(m_chosenPin);
}

} // namespace vitrine
