#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QQmlApplicationEngine;
class QQuickWindow;

namespace vitrine {

class KioskController;
class LanguageController;
class ReviewSession;

/**
 * Walks every screen of the journey on the demo log, in each language, so that the self-test
 * can check each view loads cleanly and the screenshot tour can photograph it.
 */
class Tour
{
public:
    /** Called once a step is on screen and rendered; returning false stops the tour. */
    using Visit = std::function<bool(const QString &lang, int number, const QString &name,
                                     QQuickWindow *window)>;

    Tour(QQmlApplicationEngine &engine, LanguageController &language, ReviewSession &review,
         KioskController &kiosk, QString demoLog);

    /** The steps' names, in order ("attract", "unlock", "advisor", "short", ...). */
    static QStringList stepNames();

    /** Runs every step in every language at the given window size. False if a step failed. */
    bool run(QSize size, const Visit &visit);

private:
    void enter(int step);
    void settle(QQuickWindow *window);

    QQmlApplicationEngine &m_engine;
    LanguageController &m_language;
    ReviewSession &m_review;
    KioskController &m_kiosk;
    QString m_demoLog;
};

} // namespace vitrine
