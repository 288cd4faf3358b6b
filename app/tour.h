// SPDX-License-Identifier: GPL-3.0-or-later
// Walking every screen of the kiosk in every language, for the self-test and the screenshots.

#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;
class QTemporaryDir;

namespace vitrine {

class KioskController;
class LanguageController;
class MediaFolder;
class ReviewSession;
class SheetController;
class VerifyController;

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
    ~Tour();

    /**
     * The sheet's controller and the advisor's checker: the preview step waits for the demo
     * sheet to be signed, the verify step for its check (both required for those steps).
     */
    void setSheet(SheetController *sheet, VerifyController *checker);

    /**
     * The media folder: the walk plugs in a stick (a folder of a media folder of its own, the
     * real one put back afterwards) to show a sheet saved on it.
     */
    void setMedia(MediaFolder *media);

    /** The steps' names, in order ("setup", "open", "attract", "unlock", "advisor", ...). */
    static QStringList stepNames();
    /**
     * The second pass, with the customer's larger text on: the review's cards, signing, then
     * the PIN pad the review's Advisor button opens and the Advisor screen behind it
     * ("large-short" ... "large-advisor"). Numbered after stepNames().
     */
    static QStringList largeTextStepNames();

    /** Runs every step in every language at the given window size. False if a step failed. */
    bool run(QSize size, const Visit &visit);

private:
    void enter(int step);
    void enterLargeText(int step);
    /** Sets the Theme singleton's largeText, as the review's "Larger text" button does. */
    void setLargeText(bool on);
    /** Puts a step up, waits for it, and hands it to visit; false if it failed. */
    bool show(QQuickWindow *window, const QString &lang, int number, const QString &name,
              const Visit &visit);
    void settle(QQuickWindow *window);
    /** Waits for the sheet, its check and the pictures on screen; false if one never came. */
    bool waitForWork(QQuickWindow *window, const QString &step);

    QQmlApplicationEngine &m_engine;
    LanguageController &m_language;
    ReviewSession &m_review;
    KioskController &m_kiosk;
    QString m_demoLog;
    SheetController *m_sheet = nullptr;
    VerifyController *m_checker = nullptr;
    MediaFolder *m_media = nullptr;
    std::unique_ptr<QTemporaryDir> m_mediaRoot;
    int m_sticks = 0;
};

} // namespace vitrine
