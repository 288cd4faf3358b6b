// SPDX-License-Identifier: GPL-3.0-or-later
// The gate that keeps the kiosk's heavy background work off the path to its first frame.

#include "startgate.h"

namespace vitrine {

StartGate::StartGate(QObject *parent)
    : QObject(parent)
{}

void StartGate::close()
{
    m_open = false;
}

void StartGate::open()
{
    if (m_open)
        return;
    m_open = true;
    emit opened();
}

void StartGate::whenOpen(QObject *context, std::function<void()> start)
{
    if (m_open) {
        start();
        return;
    }
    // Single shot: a gate closed again later must not start this work a second time.
    connect(this, &StartGate::opened, context, std::move(start), Qt::SingleShotConnection);
}

} // namespace vitrine
