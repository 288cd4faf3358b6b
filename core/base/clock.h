// SPDX-License-Identifier: GPL-3.0-or-later
// One source of "now" for everything that stamps a time, so that tests can pin it and move it.

#pragma once

#include <QDateTime>

namespace vitrine {

/** The source of "now" for everything that stamps a time, so tests can pin it. */
class Clock
{
public:
    virtual ~Clock() = default;
    /** The current time, in UTC. */
    virtual QDateTime nowUtc() const = 0;
};

/** The machine's clock. */
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

/** A clock that says what it is told; for tests. */
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(now.toUTC())
    {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

} // namespace vitrine
