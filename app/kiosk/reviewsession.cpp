// SPDX-License-Identifier: GPL-3.0-or-later
// Filling the review's models from a log and the car's last visit, and wiping them all again.

#include "reviewsession.h"

#include "catalogue.h"
#include "comparison.h"
#include "exportdetailtext.h"
#include "importmessages.h"
#include "importrecord.h"
#include "inputtext.h"
#include "languages.h"
#include "plainsummary.h"
#include "plaintext.h"
#include "readlog.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QQmlEngine>
#include <QTimeZone>

namespace vitrine {

namespace {

ReviewSession *g_instance = nullptr;

} // namespace

ReviewSession::ReviewSession(QObject *parent)
    : QObject(parent)
{}

ReviewSession::~ReviewSession() = default;

ReviewSession *ReviewSession::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void ReviewSession::setInstance(ReviewSession *instance)
{
    g_instance = instance;
}

bool ReviewSession::load(const QString &path)
{
    clear();
    auto summary = std::make_unique<Summary>();
    m_fileName = displayFileName(QFileInfo(path).fileName());
    const LogRead read = readLog(path, *summary);
    if (!read.ok()) {
        m_refusal = refusalMessage(read.refusal, m_fileName);
        emit changed();
        return false;
    }
    const Catalogue &catalogue = Catalogue::builtIn();

    // "New since your last visit": the one rule of the store (Store::previousReview), as the
    // command line's sheet applies it. Without a store, or when it cannot be read, the card
    // and the sheet say they cannot tell (a damaged store also tells the advisor, through
    // the vault).
    Comparison lastVisit;
    const ImportRecord current = importRecordOf(*summary, m_fileName, catalogue);
    if (m_store) {
        StoreError error;
        lastVisit = compareWithPreviousReview(*m_store, current, &error);
        if (error.code != StoreError::Code::None)
            qWarning("The last visit could not be read: %s", qPrintable(error.message));
    } else {
        lastVisit = compareReviews({}, current.reportJson);
        lastVisit.historyKnown = false;
    }

    m_summary = std::move(summary);
    // The largest recipients, as on the sheet: a card of 10,000 rows would stall the screen.
    ListedRecipients recipients = listRecipients(*m_summary, catalogue);
    m_categories.reset(m_summary.get());
    m_choices.reset(recipients.listed);
    m_recipients.reset(std::move(recipients.listed), recipients.rest);
    m_rejections.reset(m_summary->rejections());
    m_lastVisit = std::move(lastVisit);
    m_comparison.reset(m_lastVisit);
    m_timeline.reset(m_summary.get());
    m_tyres.reset(m_summary->details());
    emit changed();
    return true;
}

void ReviewSession::clear()
{
    m_categories.reset(nullptr);
    m_recipients.reset({});
    m_rejections.reset({});
    m_lastVisit = Comparison{};
    m_comparison.reset(m_lastVisit);
    m_choices.reset({});
    m_timeline.reset(nullptr);
    m_tyres.reset(ExportDetails{});
    m_customerSignature.clear();
    m_advisorSignature.clear();
    m_summary.reset();
    m_refusal.clear();
    m_fileName.clear();
    emit changed();
}

void ReviewSession::retranslate()
{
    for (ReviewListModel *m :
         std::initializer_list<ReviewListModel *>{&m_categories, &m_recipients, &m_rejections,
                                                  &m_comparison, &m_choices, &m_timeline, &m_tyres})
        m->retranslate();
    emit changed();
}

QString ReviewSession::sha256() const
{
    return m_summary ? QString::fromStdString(m_summary->source().sha256Hex) : QString();
}

QString ReviewSession::vin() const
{
    return m_summary ? QString::fromStdString(m_summary->header().vin) : QString();
}

QString ReviewSession::maskedVin() const
{
    return plain::maskVin(vin());
}

QString ReviewSession::vehicleTitle() const
{
    if (!m_summary)
        return {};
    const QString car = vehicleDescription(m_summary->header());
    return car.isEmpty() ? QCoreApplication::translate("vitrine::Review", "Your car") : car;
}

QString ReviewSession::observedPeriod() const
{
    if (!m_summary || !m_summary->hasRecords())
        return {};
    return QCoreApplication::translate("vitrine::Review", "%1 to %2")
        .arg(Languages::swissDate(m_summary->firstUtc()),
             Languages::swissDate(m_summary->lastUtc()));
}

QString ReviewSession::declaredPeriod() const
{
    if (!m_summary || !m_summary->coverage().declared())
        return {};
    const PeriodCoverage &c = m_summary->coverage();
    return QCoreApplication::translate("vitrine::Review", "%1 to %2")
        .arg(Languages::date(c.declaredFirstDay()), Languages::date(c.declaredLastDay()));
}

QString ReviewSession::coverageNote() const
{
    return m_summary ? plain::coverageSentence(m_summary->coverage()) : QString();
}

QString ReviewSession::scopeNote() const
{
    return m_summary ? recipientsScopeNote(*m_summary) : QString();
}

QString ReviewSession::coverageWarning() const
{
    if (!m_summary || !m_summary->coverage().incomplete())
        return {};
    const PeriodCoverage &c = m_summary->coverage();
    QStringList parts;
    if (c.startsLate) {
        parts << QCoreApplication::translate(
                     "vitrine::Review",
                     "The first event is on %1, about %2 after the declared start (%3).")
                     .arg(Languages::swissDate(*c.observedFromUtc),
                          plain::durationPhrase(*c.missingAtStartSecs),
                          Languages::date(c.declaredFirstDay()));
    }
    if (c.endsEarly) {
        parts << QCoreApplication::translate(
                     "vitrine::Review",
                     "The last event is on %1, about %2 before the declared end (%3).")
                     .arg(Languages::swissDate(*c.observedToUtc),
                          plain::durationPhrase(*c.missingAtEndSecs),
                          Languages::date(c.declaredLastDay()));
    }
    parts << QCoreApplication::translate(
        "vitrine::Review",
        "The file may be cut short: export it again if you can. The customer is told as well.");
    return parts.join(u' ');
}

QString ReviewSession::sourceLine() const
{
    return m_summary ? vitrine::sourceLine(*m_summary) : QString();
}

QString ReviewSession::learnedNote() const
{
    return m_summary ? learnedPlacesNote(m_summary->details()) : QString();
}

QStringList ReviewSession::exportNotes() const
{
    return m_summary ? exportDetailLines(m_summary->details()) : QStringList();
}

QStringList ReviewSession::dataKinds() const
{
    return m_summary ? dataKindLines(*m_summary, Languages::current()) : QStringList();
}

QStringList ReviewSession::inShort() const
{
    return m_summary ? vitrine::inShort(*m_summary, Catalogue::builtIn()) : QStringList();
}

qint64 ReviewSession::linesTotal() const
{
    return m_summary ? m_summary->counts().total : 0;
}

qint64 ReviewSession::linesAccepted() const
{
    return m_summary ? m_summary->counts().accepted : 0;
}

qint64 ReviewSession::linesRejected() const
{
    return m_summary ? m_summary->counts().rejected : 0;
}

QString ReviewSession::readSummary() const
{
    if (!m_summary)
        return {};
    const int total = plain::pluralCount(linesTotal());
    const int refused = plain::pluralCount(linesRejected());
    return QCoreApplication::translate("vitrine::Review", "%Ln line(s) read", nullptr, total) +
           QStringLiteral(", ") +
           QCoreApplication::translate("vitrine::Review", "%Ln refused", nullptr, refused);
}

} // namespace vitrine
