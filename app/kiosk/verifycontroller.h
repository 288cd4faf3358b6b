// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor's check of whether a sheet is genuine, by its digital signature or its
// verification code, for the Verify screen.

#pragma once

#include "pdfsigner.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QQmlEngine;
class QJSEngine;

namespace vitrine {

class KioskController;
class SheetController;
class Store;
class StoreController;

/**
 * The advisor's check of a sheet: a PDF (from a USB stick, or one made in this session) has its
 * digital signature checked against the kiosk's certificate and its verification code matched
 * with the kiosk's records; or a code typed from a paper copy is looked up in the records. The
 * answer is given in plain words, genuine or not, with the facts behind it; every check leaves
 * a "verify" row in the audit trail. The PDF is read on the kiosk's NSS thread, never on the UI
 * thread; what was checked is forgotten when the Verify screen is left.
 */
class VerifyController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(SheetCheck)
    QML_SINGLETON
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(Result result READ result NOTIFY changed)
    /** "good" (genuine, or a code on record), "bad", or empty before any check. */
    Q_PROPERTY(QString tone READ tone NOTIFY changed)
    /** A word or two for the answer: "Genuine", "Not genuine", "Code on record", ... */
    Q_PROPERTY(QString headline READ headline NOTIFY changed)
    /** The answer in plain sentences. */
    Q_PROPERTY(QString verdict READ verdict NOTIFY changed)
    /** What was checked: the file's name, or the code as typed. */
    Q_PROPERTY(QString subject READ subject NOTIFY changed)
    /** A file was checked: the facts below are about its signature. */
    Q_PROPERTY(bool fileChecked READ fileChecked NOTIFY changed)
    Q_PROPERTY(QString signatureText READ signatureText NOTIFY changed)
    Q_PROPERTY(QString signerText READ signerText NOTIFY changed)
    Q_PROPERTY(QString signingTimeText READ signingTimeText NOTIFY changed)
    Q_PROPERTY(QString coverageText READ coverageText NOTIFY changed)
    Q_PROPERTY(QString certificateText READ certificateText NOTIFY changed)
    Q_PROPERTY(QString codeText READ codeText NOTIFY changed)
    Q_PROPERTY(QString recordText READ recordText NOTIFY changed)

public:
    enum class Result {
        None,
        /** The file's signature and records say it is genuine. */
        Genuine,
        /** The file is not a genuine sheet of this kiosk (unreadable, altered, unknown, ...). */
        NotGenuine,
        /** The typed code belongs to a sheet this kiosk issued. */
        CodeOnRecord,
        /** The typed code is no sheet of this kiosk, or not a code at all. */
        CodeUnknown,
        /** The kiosk's records could not be read: whether it issued the code is not known. */
        CodeNotChecked,
    };
    Q_ENUM(Result)

    /** @param sheet brings the certificate folder and the NSS thread; must outlive this. */
    VerifyController(SheetController *sheet, QObject *parent);
    ~VerifyController() override;

    static VerifyController *create(QQmlEngine *engine, QJSEngine *);
    static void setInstance(VerifyController *instance);

    /** The store whose records the sheets are matched with. */
    void setVault(StoreController *vault) { m_vault = vault; }
    /** Leaving the Verify screen forgets the answer. */
    void setKiosk(KioskController *kiosk);

    bool busy() const { return m_busy; }
    Result result() const { return m_result; }
    QString tone() const;
    QString headline() const;
    QString verdict() const;
    QString subject() const { return m_subject; }
    bool fileChecked() const { return m_check.has_value(); }
    QString signatureText() const;
    QString signerText() const;
    QString signingTimeText() const;
    QString coverageText() const;
    QString certificateText() const;
    QString codeText() const;
    QString recordText() const;
    /** The whole check of the last file; nullopt when none was checked. */
    const std::optional<SignatureCheck> &check() const { return m_check; }

    /** Checks the PDF at \a path (on the NSS thread); busy meanwhile, then result. */
    Q_INVOKABLE void checkFile(const QString &path);
    /** Checks the sheet made in this session at \a row of Sheet.issued. */
    Q_INVOKABLE void checkIssued(int row);
    /** Looks a verification code typed from paper up in the records (dashes, case: any). */
    Q_INVOKABLE void lookUpCode(const QString &typed);
    /** Forgets the answer. */
    Q_INVOKABLE void clear();

    /** The texts follow the language just installed. */
    void retranslate() { emit changed(); }

signals:
    void busyChanged();
    void changed();
    /** A check or a look-up ended (result says how). */
    void finished();

private:
    Store *store() const;
    void setBusy(bool busy);
    void checked();

    SheetController *m_sheet;
    StoreController *m_vault = nullptr;
    KioskController *m_kiosk = nullptr;
    bool m_busy = false;
    Result m_result = Result::None;
    QString m_subject;
    std::optional<SignatureCheck> m_check;
    /** A look-up: the code as the kiosk writes it (empty when it was not one) and its sheet. */
    QString m_code;
    std::optional<SheetRecord> m_sheetRecord;
    /** Counts checks: an answer to one the advisor walked away from is dropped. */
    int m_generation = 0;
    int m_pendingGeneration = 0;
    QFutureWatcher<SignatureCheck> m_work;
};

} // namespace vitrine
