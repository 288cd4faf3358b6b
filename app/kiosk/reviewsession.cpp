#include "reviewsession.h"

#include "catalogue.h"
#include "languages.h"
#include "plainsummary.h"
#include "plaintext.h"
#include "reportjson.h"
#include "store.h"
#include "vdflreader.h"

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
    VdflReader reader;
    m_fileName = QFileInfo(path).fileName();
    if (!summary->read(reader, path)) {
        m_refusal = refusalMessage(reader.refusal(), m_fileName);
        emit changed();
        return false;
    }
    const Catalogue &catalogue = Catalogue::builtIn();
    const QByteArray report = inspectionJson(*summary, catalogue);

    // The previous review of this car, if the store has one, for "new since your last visit".
    QByteArray previous;
    if (m_store) {
        const QString vin = QString::fromStdString(summary->header().vin);
        const QString sha = QString::fromStdString(summary->file().sha256Hex);
        for (const ImportRecord &earlier : m_store->history(vin)) {
            if (earlier.fileSha256 != sha) {
                previous = earlier.reportJson;
                break;
            }
        }
    }

    m_summary = std::move(summary);
    auto recipients = groupRecipients(*m_summary, catalogue);
    m_categories.reset(m_summary.get());
    m_choices.reset(recipients);
    m_recipients.reset(std::move(recipients));
    m_rejections.reset(m_summary->rejections());
    m_lastVisit = compareReviews(previous, report);
    m_comparison.reset(m_lastVisit);
    m_timeline.reset(m_summary.get());
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
    m_customerSignature.clear();
    m_advisorSignature.clear();
    m_summary.reset();
    m_refusal.clear();
    m_fileName.clear();
    emit changed();
}

void ReviewSession::retranslate()
{
    for (ReviewListModel *m : std::initializer_list<ReviewListModel *>{
             &m_categories, &m_recipients, &m_rejections, &m_comparison, &m_choices, &m_timeline})
        m->retranslate();
    emit changed();
}

QString ReviewSession::sha256() const
{
    return m_summary ? QString::fromStdString(m_summary->file().sha256Hex) : QString();
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
    if (!m_summary)
        return {};
    const VdflHeader &h = m_summary->header();
    if (!h.declaredFromUtc || !h.declaredToUtc)
        return {};
    return QCoreApplication::translate("vitrine::Review", "%1 to %2")
        .arg(Languages::swissDate(*h.declaredFromUtc), Languages::swissDate(*h.declaredToUtc));
}

QStringList ReviewSession::inShort() const
{
    return m_summary ? vitrine::inShort(*m_summary, Catalogue::builtIn()) : QStringList();
}

qint64 ReviewSession::linesTotal() const
{
    return m_summary ? m_summary->lines().total : 0;
}

qint64 ReviewSession::linesAccepted() const
{
    return m_summary ? m_summary->lines().accepted : 0;
}

qint64 ReviewSession::linesRejected() const
{
    return m_summary ? m_summary->lines().rejected : 0;
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
