// SPDX-License-Identifier: GPL-3.0-or-later
// The tour's steps: each screen put up with the demo's data, then waited on until it is fully
// rendered.

#include "tour.h"

#include "kioskcontroller.h"
#include "languagecontroller.h"
#include "mediafolder.h"
#include "reviewsession.h"
#include "sheetcontroller.h"
#include "verifycontroller.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

namespace vitrine {

Tour::Tour(QQmlApplicationEngine &engine, LanguageController &language, ReviewSession &review,
           KioskController &kiosk, QString demoLog)
    : m_engine(engine)
    , m_language(language)
    , m_review(review)
    , m_kiosk(kiosk)
    , m_demoLog(std::move(demoLog))
{}

Tour::~Tour() = default;

QStringList Tour::stepNames()
{
    return {QStringLiteral("setup"),         QStringLiteral("open"),
            QStringLiteral("attract"),       QStringLiteral("unlock"),
            QStringLiteral("advisor"),       QStringLiteral("short"),
            QStringLiteral("recorded"),      QStringLiteral("where"),
            QStringLiteral("when"),          QStringLiteral("new"),
            QStringLiteral("choices"),       QStringLiteral("sign"),
            QStringLiteral("preview"),       QStringLiteral("idle"),
            QStringLiteral("print-failed"),  QStringLiteral("stick-wait"),
            QStringLiteral("stick-saved"),   QStringLiteral("kept"),
            QStringLiteral("verify"),        QStringLiteral("advisor-sheets"),
            QStringLiteral("end-question"),  QStringLiteral("thanks"),
            QStringLiteral("sign-nocert"),   QStringLiteral("preview-nocert"),
            QStringLiteral("advisor-nocert")};
}

QStringList Tour::largeTextStepNames()
{
    return {QStringLiteral("large-short"),  QStringLiteral("large-recorded"),
            QStringLiteral("large-where"),  QStringLiteral("large-when"),
            QStringLiteral("large-new"),    QStringLiteral("large-choices"),
            QStringLiteral("large-sign"),   QStringLiteral("large-unlock"),
            QStringLiteral("large-advisor")};
}

void Tour::setSheet(SheetController *sheet, VerifyController *checker)
{
    m_sheet = sheet;
    m_checker = checker;
}

void Tour::setMedia(MediaFolder *media)
{
    m_media = media;
}

void Tour::enter(int step)
{
    switch (step) {
    // The first start's and every start's screens, shown while the demo's store is open: they
    // come before any session, so the walk puts them up directly.
    case 0:
        if (m_sheet)
            m_sheet->endTourCertificate(); // the last language's walk showed it missing
        m_kiosk.endSession();
        m_kiosk.showForTour(KioskController::Screen::Setup);
        break;
    case 1:
        m_kiosk.showForTour(KioskController::Screen::Open);
        break;
    case 2:
        m_kiosk.endSession();
        break;
    case 3:
        m_kiosk.showUnlock();
        break;
    case 4:
        // The PIN pad was shown a step ago; the walk does not type the PIN.
        m_review.load(m_demoLog);
        m_kiosk.showForTour(KioskController::Screen::Advisor);
        break;
    case 5:
        m_kiosk.startReview();
        m_kiosk.setCard(0);
        break;
    case 6:
    case 7:
    case 8:
    case 9:
    case 10:
        m_kiosk.setCard(step - 5);
        break;
    case 11:
        m_kiosk.toSign();
        // Real ink in the pictures: two made-up signatures, through the API a finger feeds.
        m_review.customerSignature()->setSignature(demoSignature(0));
        m_review.advisorSignature()->setSignature(demoSignature(1));
        break;
    case 12:
        // The demo sheet, made, signed and kept as at a real kiosk, page 1 on show.
        m_kiosk.toPreview();
        break;
    case 13:
        m_kiosk.idle()->warnNow();
        break;
    case 14:
        // The walk never reaches a printer (main.cpp): the panel a customer sees when the
        // print fails, with the three ways on.
        m_kiosk.idle()->poke();
        if (m_sheet)
            m_sheet->print();
        break;
    case 15:
        // Waiting for the customer's stick.
        if (m_sheet)
            m_sheet->saveToStick();
        break;
    case 16:
        // The stick comes (a folder of the tour's own media folder) and the sheet is saved.
        if (m_mediaRoot && m_media) {
            const QString stick = QStringLiteral("STICK-%1").arg(++m_sticks);
            QDir(m_mediaRoot->path()).mkpath(stick + QStringLiteral("/vw"));
            // Beside it, a folder of deliveries as the Volkswagen portal names them (epoch
            // milliseconds, a VIN of the demo's kind), for the advisor's list: names only.
            for (int day = 0; day < 3; ++day) {
                QFile delivery(m_mediaRoot->filePath(
                    stick + QStringLiteral("/vw/%1_WVWZZZE1ZPP000001.zip")
                                .arg(1775980800000 + qint64{day} * 86400000 * 91)));
                (void)delivery.open(QIODevice::WriteOnly);
            }
            m_media->rescan();
        }
        break;
    case 17:
        if (m_sheet)
            m_sheet->keepForAdvisor();
        break;
    case 18:
        // The advisor checks the sheet that went out: the demo's certificate calls it genuine.
        m_kiosk.showForTour(KioskController::Screen::Advisor);
        m_kiosk.toVerify();
        if (m_checker)
            m_checker->checkIssued(0);
        break;
    case 19:
        // The advisor's screen with the kept sheets, the last print's failure, and a
        // certificate that expires in twelve days.
        if (m_sheet)
            m_sheet->showCertificateForTour(false, QDateTime::currentDateTimeUtc().addDays(12));
        m_kiosk.toAdvisor();
        break;
    case 20:
        if (m_sheet)
            m_sheet->endTourCertificate();
        m_kiosk.toPreview();
        m_kiosk.askToEnd();
        break;
    case 21:
        m_kiosk.confirmEnd();
        break;
    case 22:
        // A kiosk without a dealer certificate: the customer is told before signing...
        if (m_sheet)
            m_sheet->showCertificateForTour(true, {});
        m_review.load(m_demoLog);
        m_kiosk.showForTour(KioskController::Screen::Advisor);
        m_kiosk.startReview();
        m_kiosk.toSign();
        m_review.customerSignature()->setSignature(demoSignature(0));
        m_review.advisorSignature()->setSignature(demoSignature(1));
        break;
    case 23:
        // ... and gets one plain sentence and two ways on instead of a sheet ...
        m_kiosk.toPreview();
        break;
    case 24:
        // ... while the advisor sees why, and how to set the certificate up (past the PIN).
        m_kiosk.showForTour(KioskController::Screen::Advisor);
        break;
    default:
        break;
    }
}

void Tour::enterLargeText(int step)
{
    switch (step) {
    case 0:
        // A fresh review (the attract screen in between sets the text size back to normal),
        // then the customer's "Larger text".
        m_kiosk.endSession();
        m_review.load(m_demoLog);
        m_kiosk.startReview();
        m_kiosk.setCard(0);
        setLargeText(true);
        break;
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
        m_kiosk.setCard(step);
        break;
    case 6:
        m_kiosk.toSign();
        m_review.customerSignature()->setSignature(demoSignature(0));
        m_review.advisorSignature()->setSignature(demoSignature(1));
        break;
    case 7:
        // The review's Advisor button: the PIN pad, still in larger text.
        m_kiosk.toAdvisor();
        break;
    case 8:
        m_kiosk.showForTour(KioskController::Screen::Advisor);
        break;
    default:
        break;
    }
}

void Tour::setLargeText(bool on)
{
    // The Theme singleton as Main.qml sees it (its imports), as the review's button sets it.
    QObject *root = m_engine.rootObjects().isEmpty() ? nullptr : m_engine.rootObjects().first();
    QQmlExpression set(qmlContext(root), root,
                       on ? QStringLiteral("Theme.largeText = true")
                          : QStringLiteral("Theme.largeText = false"));
    set.evaluate();
    if (set.hasError())
        qWarning("tour: the text size could not be set: %s", qPrintable(set.error().toString()));
}

namespace {

// An image still loading under item (Image.status == Image.Loading).
bool imageLoading(const QQuickItem *item)
{
    constexpr int loading = 2;
    if (item->inherits("QQuickImageBase") && item->property("status").toInt() == loading)
        return true;
    const QList<QQuickItem *> children = item->childItems();
    return std::any_of(children.cbegin(), children.cend(), imageLoading);
}

} // namespace

bool Tour::waitForWork(QQuickWindow *window, const QString &step)
{
    // Signing and checking take a moment each, on worker threads, and the pages render on
    // their own: the picture waits for all of it (bounded, so a hang fails the walk).
    const QDeadlineTimer deadline(30000);
    const auto working = [&] {
        if (m_sheet &&
            (m_sheet->busy() || m_sheet->printState() == SheetController::PrintState::Printing ||
             m_sheet->saveState() == SheetController::TakeState::Working ||
             (step == u"stick-saved" &&
              m_sheet->saveState() == SheetController::TakeState::Waiting)))
            return true;
        return (m_checker && m_checker->busy()) || imageLoading(window->contentItem());
    };
    // The sheet's steps wait to be quiet for a few turns in a row: a page whose sheet just came
    // starts loading a turn later.
    const int needed = step == u"preview" || step == u"verify" || step == u"end-question" ? 3 : 1;
    int quiet = working() ? 0 : 1;
    while (quiet < needed && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
        quiet = working() ? 0 : quiet + 1;
    }
    if (working()) {
        qWarning("tour: the %s step did not finish within 30 seconds", qPrintable(step));
        return false;
    }
    if (step == u"preview" && (!m_sheet || !m_sheet->ready())) {
        qWarning("tour: no demo sheet to preview: %s",
                 m_sheet ? qPrintable(m_sheet->error()) : "no sheet controller");
        return false;
    }
    if (step == u"stick-saved" &&
        (!m_sheet || m_sheet->saveState() != SheetController::TakeState::Done)) {
        qWarning("tour: the demo sheet was not saved on the tour's stick");
        return false;
    }
    if (step == u"preview-nocert" && (!m_sheet || m_sheet->ready())) {
        qWarning("tour: a sheet was made without a certificate");
        return false;
    }
    if (step == u"verify" &&
        (!m_checker || m_checker->result() != VerifyController::Result::Genuine)) {
        qWarning("tour: the demo sheet was not verified genuine: %s",
                 m_checker ? qPrintable(m_checker->verdict()) : "no checker");
        return false;
    }
    return true;
}

void Tour::settle(QQuickWindow *window)
{
    // Let bindings, layouts and transitions finish before the picture is taken.
    QEventLoop loop;
    QTimer::singleShot(450, &loop, &QEventLoop::quit);
    loop.exec();
    window->requestUpdate();
}

bool Tour::run(QSize size, const Visit &visit)
{
    if (m_engine.rootObjects().isEmpty())
        return false;
    auto *window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
    if (!window)
        return false;
    window->setVisibility(QWindow::Windowed);
    window->resize(size);
    // The customer's stick comes as a folder of a media folder of the tour's own.
    QString realMediaRoot;
    if (m_media) {
        m_mediaRoot = std::make_unique<QTemporaryDir>();
        realMediaRoot = m_media->root();
        m_media->setRoot(m_mediaRoot->path());
    }
    const auto restore = qScopeGuard([&] {
        if (m_sheet)
            m_sheet->endTourCertificate();
        if (m_media && m_mediaRoot) {
            m_media->setRoot(realMediaRoot);
            m_mediaRoot.reset();
        }
    });
    const QStringList names = stepNames();
    const QStringList large = largeTextStepNames();
    for (const QString &lang : m_language.codes()) {
        m_language.setCode(lang);
        for (int i = 0; i < names.size(); ++i) {
            enter(i);
            if (!show(window, lang, i + 1, names[i], visit))
                return false;
        }
        for (int i = 0; i < large.size(); ++i) {
            enterLargeText(i);
            if (!show(window, lang, static_cast<int>(names.size()) + i + 1, large[i], visit))
                return false;
        }
        setLargeText(false);
    }
    m_kiosk.endSession();
    return true;
}

bool Tour::show(QQuickWindow *window, const QString &lang, int number, const QString &name,
                const Visit &visit)
{
    if (!waitForWork(window, name))
        return false;
    settle(window);
    return visit(lang, number, name, window);
}

} // namespace vitrine
