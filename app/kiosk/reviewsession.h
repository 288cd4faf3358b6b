// SPDX-License-Identifier: GPL-3.0-or-later
// The review on screen as one object for QML: what was read from the customer's log, in
// aggregates only, and wiped whole before the next customer.

#pragma once

#include "categorymodel.h"
#include "choicemodel.h"
#include "comparisonmodel.h"
#include "recipientmodel.h"
#include "rejectionmodel.h"
#include "signaturecapture.h"
#include "timelinemodel.h"
#include "tyremodel.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace vitrine {

class Store;

/**
 * The review being shown: what was read from the imported log, as models for the cards. It
 * holds aggregates only, never a raw record, and clear() empties and frees every model (the
 * next customer must never see the previous one's data).
 */
class ReviewSession : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Review)
    QML_SINGLETON
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString refusal READ refusal NOTIFY changed)
    Q_PROPERTY(QString fileName READ fileName NOTIFY changed)
    Q_PROPERTY(QString sha256 READ sha256 NOTIFY changed)
    Q_PROPERTY(QString vin READ vin NOTIFY changed)
    Q_PROPERTY(QString maskedVin READ maskedVin NOTIFY changed)
    Q_PROPERTY(QString vehicleTitle READ vehicleTitle NOTIFY changed)
    Q_PROPERTY(QString observedPeriod READ observedPeriod NOTIFY changed)
    Q_PROPERTY(QString declaredPeriod READ declaredPeriod NOTIFY changed)
    Q_PROPERTY(QString coverageNote READ coverageNote NOTIFY changed)
    Q_PROPERTY(QString coverageWarning READ coverageWarning NOTIFY changed)
    /** Beside the recipients of an export that names only its data holders; else empty. */
    Q_PROPERTY(QString scopeNote READ scopeNote NOTIFY changed)
    Q_PROPERTY(QStringList inShort READ inShort NOTIFY changed)
    /** Where every card's facts come from ("From the BMW CarData archive, …"). */
    Q_PROPERTY(QString sourceLine READ sourceLine NOTIFY changed)
    /** The places and routes the car learned, as counts; empty when the input has none. */
    Q_PROPERTY(QString learnedNote READ learnedNote NOTIFY changed)
    /** The charging history and the connected services, one sentence each. */
    Q_PROPERTY(QStringList exportNotes READ exportNotes NOTIFY changed)
    /** The export's own kinds of data with how often ("Charging the car: 4 times"). */
    Q_PROPERTY(QStringList dataKinds READ dataKinds NOTIFY changed)
    Q_PROPERTY(qint64 linesTotal READ linesTotal NOTIFY changed)
    Q_PROPERTY(qint64 linesAccepted READ linesAccepted NOTIFY changed)
    Q_PROPERTY(qint64 linesRejected READ linesRejected NOTIFY changed)
    Q_PROPERTY(QString readSummary READ readSummary NOTIFY changed)
    Q_PROPERTY(vitrine::CategoryModel *categories READ categories CONSTANT)
    Q_PROPERTY(vitrine::RecipientModel *recipients READ recipients CONSTANT)
    Q_PROPERTY(vitrine::RejectionModel *rejections READ rejections CONSTANT)
    Q_PROPERTY(vitrine::ComparisonModel *comparison READ comparison CONSTANT)
    Q_PROPERTY(vitrine::ChoiceModel *choices READ choices CONSTANT)
    Q_PROPERTY(vitrine::TimelineModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(vitrine::TyreModel *tyres READ tyres CONSTANT)
    Q_PROPERTY(vitrine::SignatureCapture *customerSignature READ customerSignature CONSTANT)
    Q_PROPERTY(vitrine::SignatureCapture *advisorSignature READ advisorSignature CONSTANT)

public:
    // No default argument: a default-constructible singleton would be made anew by QML (Qt 6.4)
    // instead of coming from create().
    explicit ReviewSession(QObject *parent);
    ~ReviewSession() override;

    static ReviewSession *create(QQmlEngine *engine, QJSEngine *);
    static void setInstance(ReviewSession *instance);

    /** The store that holds earlier reviews (for "new since your last visit"); may be null. */
    void setStore(Store *store) { m_store = store; }

    /**
     * Reads a log file and fills every model. On a refused file, returns false, keeps the
     * previous content cleared, and sets refusal() to the reason in the current language.
     */
    Q_INVOKABLE bool load(const QString &path);

    /** Empties and frees every model and fact: the screen holds nobody's data any more. */
    Q_INVOKABLE void clear();

    /** Refreshes every text for the language just installed. */
    Q_INVOKABLE void retranslate();

    bool loaded() const { return m_summary != nullptr; }
    QString refusal() const { return m_refusal; }
    QString fileName() const { return m_fileName; }
    QString sha256() const;
    QString vin() const;
    QString maskedVin() const;
    QString vehicleTitle() const;
    QString observedPeriod() const;
    /** The declared period, its end shown as the last day it covers; empty when not given. */
    QString declaredPeriod() const;
    /**
     * For the customer (In short and When cards): the log stops or starts well inside the
     * period it declares, and about how much is missing (plain::coverageSentence, the same
     * sentence as on the sheet). Empty when the records cover the declared period.
     */
    QString coverageNote() const;
    QString scopeNote() const;
    /** The same fact for the advisor, with what to do about it; empty when nothing is missing. */
    QString coverageWarning() const;
    QStringList inShort() const;
    QString sourceLine() const;
    QString learnedNote() const;
    QStringList exportNotes() const;
    QStringList dataKinds() const;
    qint64 linesTotal() const;
    qint64 linesAccepted() const;
    qint64 linesRejected() const;
    /** "1’912 lines read, 2 refused", for the advisor. */
    QString readSummary() const;

    CategoryModel *categories() { return &m_categories; }
    RecipientModel *recipients() { return &m_recipients; }
    RejectionModel *rejections() { return &m_rejections; }
    ComparisonModel *comparison() { return &m_comparison; }
    ChoiceModel *choices() { return &m_choices; }
    TimelineModel *timeline() { return &m_timeline; }
    TyreModel *tyres() { return &m_tyres; }
    /** The customer's and the advisor's signatures, wiped with the rest by clear(). */
    SignatureCapture *customerSignature() { return &m_customerSignature; }
    SignatureCapture *advisorSignature() { return &m_advisorSignature; }

    /** The summary behind the models (null when nothing is loaded). */
    const Summary *summary() const { return m_summary.get(); }
    /** What the New card shows, for the sheet: the same facts on paper as on screen. */
    const Comparison &lastVisitComparison() const { return m_lastVisit; }

signals:
    void changed();

private:
    Store *m_store = nullptr;
    std::unique_ptr<Summary> m_summary;
    QString m_refusal;
    QString m_fileName;
    CategoryModel m_categories;
    RecipientModel m_recipients;
    RejectionModel m_rejections;
    ComparisonModel m_comparison;
    ChoiceModel m_choices;
    TimelineModel m_timeline;
    TyreModel m_tyres;
    Comparison m_lastVisit;
    SignatureCapture m_customerSignature;
    SignatureCapture m_advisorSignature;
};

} // namespace vitrine
