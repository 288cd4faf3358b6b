// SPDX-License-Identifier: GPL-3.0-or-later
// Noticing that nobody has touched the kiosk for a while, so that a forgotten session is first
// questioned and then wiped.

#pragma once

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace vitrine {

/**
 * Watches for touches, clicks and keys anywhere in the application. After `timeout` ms without
 * any, it enters the warning phase ("are you still there?"); after `warning` ms more, it
 * expires. Any input during the warning goes back to active. With a warning of 0 it expires as
 * soon as the idle time runs out, without a warning phase.
 */
class IdleMonitor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY settingsChanged)
    Q_PROPERTY(int warning READ warning WRITE setWarning NOTIFY settingsChanged)
    Q_PROPERTY(bool running READ running WRITE setRunning NOTIFY runningChanged)
    Q_PROPERTY(bool warningShown READ warningShown NOTIFY warningShownChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)

public:
    explicit IdleMonitor(QObject *parent = nullptr);
    ~IdleMonitor() override;

    int timeout() const { return m_timeout; }
    void setTimeout(int ms);
    int warning() const { return m_warning; }
    void setWarning(int ms);
    bool running() const { return m_running; }
    void setRunning(bool running);
    bool warningShown() const { return m_warningShown; }
    int secondsLeft() const;

    /** Counts as input: restarts the idle time (the "I am still here" button calls it). */
    Q_INVOKABLE void poke();
    /** Asks "are you still there?" at once, as if the idle time had run out. */
    Q_INVOKABLE void warnNow();

signals:
    void settingsChanged();
    void runningChanged();
    void warningShownChanged();
    void secondsLeftChanged();
    /** The idle time ran out: show "are you still there?". */
    void warningStarted();
    /** Nobody answered: wipe the session. */
    void expired();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();
    void onIdle();
    void onExpired();

    int m_timeout = 90'000;
    int m_warning = 30'000;
    bool m_running = false;
    bool m_warningShown = false;
    QTimer m_idle;
    QTimer m_countdown;
    QTimer m_tick;
};

} // namespace vitrine
