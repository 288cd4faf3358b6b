// SPDX-License-Identifier: GPL-3.0-or-later
// The gate that keeps the kiosk's heavy background work (key derivation, certificates) from
// competing with its first frame for the machine's few cores.

#pragma once

#include <QObject>

#include <functional>

namespace vitrine {

/**
 * Background work waits behind this gate until it opens. The kiosk closes it before it loads
 * its window and opens it once the first frame is on screen: on a two-core showroom PC, Argon2id
 * and making the demo's certificate otherwise more than double the wait for the first picture.
 * A gate is open unless closed, so whoever never closes one (tests, the walk) runs work at once.
 */
class StartGate : public QObject
{
    Q_OBJECT

public:
    explicit StartGate(QObject *parent = nullptr);

    bool isOpen() const { return m_open; }
    /** Work started from now on waits for open(). */
    void close();
    /** Starts what waited, in the order it came, and everything later at once. */
    void open();
    /**
     * Runs start now when the gate is open; else when it opens, unless context is gone by then.
     */
    void whenOpen(QObject *context, std::function<void()> start);

signals:
    void opened();

private:
    bool m_open = true;
};

} // namespace vitrine
