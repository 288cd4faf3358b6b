// SPDX-License-Identifier: GPL-3.0-or-later
// The idle timer and its warning countdown, restarted by any touch, click or key anywhere in
// the application.

#include "idlemonitor.h"

#include <QCoreApplication>
#include <QEvent>

namespace vitrine {

IdleMonitor::IdleMonitor(QObject *parent)
    : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_countdown.setSingleShot(true);
    m_tick.setInterval(1000);
    connect(&m_idle, &QTimer::timeout, this, &IdleMonitor::onIdle);
    connect(&m_countdown, &QTimer::timeout, this, &IdleMonitor::onExpired);
    connect(&m_tick, &QTimer::timeout, this, &IdleMonitor::secondsLeftChanged);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleMonitor::~IdleMonitor()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleMonitor::setTimeout(int ms)
{
    if (ms == m_timeout || ms <= 0)
        return;
    m_timeout = ms;
    emit settingsChanged();
    if (m_running)
        restart();
}

void IdleMonitor::setWarning(int ms)
{
    if (ms == m_warning || ms < 0)
        return;
    m_warning = ms;
    emit settingsChanged();
}

void IdleMonitor::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    if (running) {
        restart();
    } else {
        m_idle.stop();
        m_countdown.stop();
        m_tick.stop();
        if (m_warningShown) {
            m_warningShown = false;
            emit warningShownChanged();
        }
    }
    emit runningChanged();
}

int IdleMonitor::secondsLeft() const
{
    return m_countdown.isActive() ? (m_countdown.remainingTime() + 999) / 1000 : 0;
}

void IdleMonitor::poke()
{
    if (m_running)
        restart();
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleMonitor::warnNow()
{
    if (!m_running || m_warningShown)
        return;
    m_idle.stop();
    onIdle();
}

void IdleMonitor::restart()
{
    m_countdown.stop();
    m_tick.stop();
    if (m_warningShown) {
        m_warningShown = false;
        emit warningShownChanged();
    }
    m_idle.start(m_timeout);
}

void IdleMonitor::onIdle()
{
    if (m_warning == 0) {
        onExpired();
        return;
    }
    m_warningShown = true;
    emit warningShownChanged();
    emit warningStarted();
    m_countdown.start(m_warning);
    m_tick.start();
    emit secondsLeftChanged();
}

void IdleMonitor::onExpired()
{
    m_tick.stop();
    if (m_warningShown) {
        m_warningShown = false;
        emit warningShownChanged();
    }
    emit expired();
    // Stays idle until someone touches the screen again.
    m_running = false;
    emit runningChanged();
}

} // namespace vitrine
