#include "tour.h"

#include "kioskcontroller.h"
#include "languagecontroller.h"
#include "reviewsession.h"

#include <QEventLoop>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

namespace vitrine {

Tour::Tour(QQmlApplicationEngine &engine, LanguageController &language, ReviewSession &review,
           KioskController &kiosk, QString demoLog)
    : m_engine(engine)
    , m_language(language)
    , m_review(review)
    , m_kiosk(kiosk)
    , m_demoLog(std::move(demoLog))
{}

QStringList Tour::stepNames()
{
    return {QStringLiteral("attract"), QStringLiteral("unlock"),   QStringLiteral("advisor"),
            QStringLiteral("short"),   QStringLiteral("recorded"), QStringLiteral("where"),
            QStringLiteral("when"),    QStringLiteral("new"),      QStringLiteral("choices"),
            QStringLiteral("sign"),    QStringLiteral("idle")};
}

void Tour::enter(int step)
{
    switch (step) {
    case 0:
        m_kiosk.endSession();
        break;
    case 1:
        m_kiosk.showUnlock();
        break;
    case 2:
        m_review.load(m_demoLog);
        m_kiosk.toAdvisor();
        break;
    case 3:
        m_kiosk.startReview();
        m_kiosk.setCard(0);
        break;
    case 4:
    case 5:
    case 6:
    case 7:
    case 8:
        m_kiosk.setCard(step - 3);
        break;
    case 9:
        m_kiosk.toSign();
        break;
    case 10:
        m_kiosk.idle()->warnNow();
        break;
    default:
        break;
    }
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
    const QStringList names = stepNames();
    for (const QString &lang : m_language.codes()) {
        m_language.setCode(lang);
        for (int i = 0; i < names.size(); ++i) {
            enter(i);
            settle(window);
            if (!visit(lang, i + 1, names[i], window))
                return false;
        }
    }
    m_kiosk.endSession();
    return true;
}

} // namespace vitrine
