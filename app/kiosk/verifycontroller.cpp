// SPDX-License-Identifier: GPL-3.0-or-later
// Checking a sheet's signature and code against the kiosk's records, and saying the answer in
// plain words.

#include "verifycontroller.h"

#include "inputtext.h"
#include "kioskcontroller.h"
#include "languages.h"
#include "sheetcontroller.h"
#include "store.h"
#include "storecontroller.h"
#include "verificationcode.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QQmlEngine>

namespace vitrine {

namespace {

VerifyController *g_instance = nullptr;

QString languageName(const QString &code)
{
    // The sheet's language, named in the language of the screen.
    if (code == u"fr")
        return QCoreApplication::translate("vitrine::Check", "French");
    if (code == u"de")
        return QCoreApplication::translate("vitrine::Check", "German");
    if (code == u"it")
        return QCoreApplication::translate("vitrine::Check", "Italian");
    if (code == u"en")
        return QCoreApplication::translate("vitrine::Check", "English");
    return code;
}

QString exampleCode()
{
    return QStringLiteral("K7QF-3MZD-9W");
}

QString printedTimes(int prints)
{
    return prints > 0 ? QCoreApplication::translate("vitrine::Check", "It was printed %n time(s).",
                                                    nullptr, prints)
                      : QCoreApplication::translate("vitrine::Check", "It has not been printed.");
}

} // namespace

VerifyController::VerifyController(SheetController *sheet, QObject *parent)
    : QObject(parent)
    , m_sheet(sheet)
{
    connect(&m_work, &QFutureWatcher<SignatureCheck>::finished, this, &VerifyController::checked);
}

VerifyController::~VerifyController()
{
    m_work.waitForFinished();
}

VerifyController *VerifyController::create(QQmlEngine *, QJSEngine *)
{
    if (!g_instance) {
        // An engine without the kiosk's composition root (a test of the views): a checker of its
        // own, which the engine owns, with no certificate and no records to check against.
        return new VerifyController(nullptr, nullptr);
    }
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void VerifyController::setInstance(VerifyController *instance)
{
    g_instance = instance;
}

void VerifyController::setKiosk(KioskController *kiosk)
{
    if (m_kiosk)
        disconnect(m_kiosk, nullptr, this, nullptr);
    m_kiosk = kiosk;
    if (!m_kiosk)
        return;
    // What a sheet said (a customer's car, their choices' codes) is not left on screen for
    // whoever comes next, nor behind the PIN pad when the advisor's screen locks.
    connect(m_kiosk, &KioskController::screenChanged, this, [this] {
        if (m_kiosk->screen() != KioskController::Screen::Verify)
            clear();
    });
}

Store *VerifyController::store() const
{
    return m_vault ? m_vault->store() : nullptr;
}

void VerifyController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void VerifyController::checkFile(const QString &path)
{
    if (m_busy || path.isEmpty() || !m_sheet)
        return;
    m_check.reset();
    m_sheetRecord.reset();
    m_code.clear();
    m_result = Result::None;
    m_subject = displayFileName(QFileInfo(path).fileName());
    emit changed();
    setBusy(true);
    m_pendingGeneration = ++m_generation;
    m_work.setFuture(m_sheet->checkSignature(path));
}

void VerifyController::checkIssued(int row)
{
    const IssuedSheetModel::Entry *entry = m_sheet ? m_sheet->issued()->at(row) : nullptr;
    if (entry)
        checkFile(entry->path);
}

void VerifyController::checked()
{
    SignatureCheck check = m_work.result();
    setBusy(false);
    if (m_pendingGeneration != m_generation)
        return;
    if (Store *s = store()) {
        StoreError error;
        // The match is set even when the audit row could not be written.
        if (!PdfVerifier::matchRecords(check, *s, {}, &error))
            qWarning("The check could not be written to the audit trail: %s",
                     qPrintable(error.message));
    }
    m_result = check.isGenuine() ? Result::Genuine : Result::NotGenuine;
    m_check = std::move(check);
    emit changed();
    emit finished();
}

void VerifyController::lookUpCode(const QString &typed)
{
    if (m_busy)
        return;
    ++m_generation;
    m_check.reset();
    m_subject = typed.trimmed();
    m_code = normalizeVerificationCode(typed);
    m_sheetRecord.reset();
    Store *s = store();
    StoreError readError;
    if (!m_code.isEmpty() && s)
        m_sheetRecord = s->findSheetByCode(m_code, &readError);
    m_result = m_sheetRecord                              ? Result::CodeOnRecord
               : readError.code == StoreError::Code::None ? Result::CodeUnknown
                                                          : Result::CodeNotChecked;
    if (m_result == Result::CodeNotChecked)
        qWarning("The code could not be looked up: %s", qPrintable(readError.message));
    if (s && !m_subject.isEmpty() && m_result != Result::CodeNotChecked) {
        StoreError error;
        if (!s->appendAudit(QString::fromLatin1(AuditAction::Verify), m_code,
                            m_sheetRecord ? QStringLiteral("typed code, on record")
                                          : QStringLiteral("typed code, not on record"),
                            &error))
            qWarning("The look-up could not be written to the audit trail: %s",
                     qPrintable(error.message));
    }
    emit changed();
    emit finished();
}

void VerifyController::clear()
{
    ++m_generation;
    if (m_result == Result::None && !m_check && m_subject.isEmpty())
        return;
    m_result = Result::None;
    m_check.reset();
    m_sheetRecord.reset();
    m_code.clear();
    m_subject.clear();
    emit changed();
}

QString VerifyController::tone() const
{
    switch (m_result) {
    case Result::None:
        return {};
    case Result::Genuine:
    case Result::CodeOnRecord:
        return QStringLiteral("good");
    case Result::NotGenuine:
    case Result::CodeUnknown:
        return QStringLiteral("bad");
    case Result::CodeNotChecked:
        return QStringLiteral("warn");
    }
    return {};
}

QString VerifyController::headline() const
{
    switch (m_result) {
    case Result::None:
        return {};
    case Result::Genuine:
        return QCoreApplication::translate("vitrine::Check", "Genuine");
    case Result::NotGenuine:
        return QCoreApplication::translate("vitrine::Check", "Not genuine");
    case Result::CodeOnRecord:
        return QCoreApplication::translate("vitrine::Check", "Code on record");
    case Result::CodeUnknown:
        return m_code.isEmpty() ? QCoreApplication::translate("vitrine::Check", "Not a code")
                                : QCoreApplication::translate("vitrine::Check", "Unknown code");
    case Result::CodeNotChecked:
        return QCoreApplication::translate("vitrine::Check", "Not checked");
    }
    return {};
}

QString VerifyController::verdict() const
{
    if (m_check)
        return m_check->readable ? m_check->verdict()
                                 : m_check->verdict() + QLatin1Char(' ') + m_check->readError;
    switch (m_result) {
    case Result::CodeOnRecord: {
        return QCoreApplication::translate("vitrine::Check",
                                           "This kiosk issued the sheet with the code %1 on "
                                           "%2, in %3.")
                   .arg(m_sheetRecord->code, Languages::swissDate(m_sheetRecord->createdAt),
                        languageName(m_sheetRecord->language)) +
               QLatin1Char(' ') + printedTimes(m_sheetRecord->printedCount) + QLatin1Char(' ') +
               QCoreApplication::translate(
                   "vitrine::Check",
                   "The code alone does not show that a paper copy was not changed: to be sure, "
                   "check the PDF file of the sheet.");
    }
    case Result::CodeUnknown:
        if (m_code.isEmpty()) {
            return QCoreApplication::translate(
                       "vitrine::Check",
                       "\"%1\" is not a verification code. A code has ten letters and digits, "
                       "like %2.")
                .arg(m_subject, exampleCode());
        }
        if (!store()) {
            return QCoreApplication::translate(
                "vitrine::Check", "The kiosk's records are not open, so the code cannot be "
                                  "looked up.");
        }
        return QCoreApplication::translate(
                   "vitrine::Check",
                   "This kiosk has no sheet with the code %1. Please check the code: it has ten "
                   "letters and digits, like %2.")
            .arg(m_code, exampleCode());
    case Result::CodeNotChecked:
        return QCoreApplication::translate(
                   "vitrine::Check",
                   "The kiosk's records could not be read, so the code %1 could not be looked "
                   "up. This says nothing about the sheet. Try again; if it happens again, "
                   "restore the records from the backup.")
            .arg(m_code);
    default:
        return {};
    }
}

QString VerifyController::signatureText() const
{
    return m_check ? m_check->signatureText() : QString();
}

QString VerifyController::signerText() const
{
    if (!m_check)
        return {};
    if (!m_check->present)
        return QCoreApplication::translate("vitrine::Check", "Nobody: the file is not signed.");
    return m_check->signerName.isEmpty()
               ? QCoreApplication::translate("vitrine::Check", "Not named in the signature.")
               : m_check->signerName;
}

QString VerifyController::signingTimeText() const
{
    if (!m_check)
        return {};
    if (!m_check->signingTime.isValid())
        return QCoreApplication::translate("vitrine::Check", "Not given in the signature.");
    return Languages::swissDateTime(m_check->signingTime);
}

QString VerifyController::coverageText() const
{
    return m_check ? m_check->coverageText() : QString();
}

QString VerifyController::certificateText() const
{
    return m_check ? m_check->certificateText() : QString();
}

QString VerifyController::codeText() const
{
    if (!m_check)
        return {};
    return m_check->verificationCode.isEmpty()
               ? QCoreApplication::translate("vitrine::Check",
                                             "No verification code was found in the file.")
               : m_check->verificationCode;
}

QString VerifyController::recordText() const
{
    if (!m_check)
        return {};
    switch (m_check->record) {
    case SignatureCheck::RecordMatch::NotChecked:
        return QCoreApplication::translate("vitrine::Check",
                                           "Not looked up: the kiosk's records are not open.");
    case SignatureCheck::RecordMatch::Found:
        if (!m_check->sheet)
            return QCoreApplication::translate("vitrine::Check", "This kiosk issued this sheet.");
        return QCoreApplication::translate("vitrine::Check", "This kiosk issued this sheet on %1.")
                   .arg(Languages::swissDateTime(m_check->sheet->createdAt)) +
               QLatin1Char(' ') + printedTimes(m_check->sheet->printedCount);
    case SignatureCheck::RecordMatch::NotFound:
        return QCoreApplication::translate("vitrine::Check",
                                           "This kiosk has no record of this sheet.");
    case SignatureCheck::RecordMatch::Mismatch:
        return QCoreApplication::translate(
            "vitrine::Check", "This kiosk issued a sheet with this code, but it is not this file.");
    }
    return {};
}

} // namespace vitrine
