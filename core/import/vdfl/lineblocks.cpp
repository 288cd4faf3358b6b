// SPDX-License-Identifier: GPL-3.0-or-later
// How blocks of lines go to the workers and come back in order: a small queue under one lock,
// blocks reused so that their pages are touched once, and a bound on the blocks in flight.

#include "lineblocks.h"

#include <cstring>

namespace vitrine {

LineBlocks::LineBlocks(std::size_t capacity, std::size_t padding, int workers, Parse parse,
                       InOrder inOrder)
    : m_capacity(capacity)
    , m_padding(padding)
    , m_parse(std::move(parse))
    , m_inOrder(std::move(inOrder))
{
    try {
        for (int w = 0; w < workers; ++w)
            m_threads.emplace_back([this, w] { work(w); });
    } catch (...) {
        // The threads started must end before the exception leaves: the destructor will not run.
        stop();
        throw;
    }
}

LineBlocks::~LineBlocks()
{
    stop();
}

void LineBlocks::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_work.notify_all();
    for (std::thread &t : m_threads)
        t.join();
    m_threads.clear();
}

std::unique_ptr<LineBlock> LineBlocks::take()
{
    if (!m_spare.empty()) {
        std::unique_ptr<LineBlock> b = std::move(m_spare.back());
        m_spare.pop_back();
        return b;
    }
    auto b = std::make_unique<LineBlock>();
    b->capacity = m_capacity;
    // Not zero-filled: only what was written is parsed, and the padding is only read past.
    b->bytes = std::make_unique_for_overwrite<char[]>(m_capacity);
    return b;
}

void LineBlocks::reserve(LineBlock &block, std::size_t more) const
{
    if (block.size + more + m_padding <= block.capacity)
        return;
    // Twice what is needed, so that a long line costs a few copies, not one per read.
    const std::size_t capacity = 2 * (block.size + more + m_padding);
    auto grown = std::make_unique_for_overwrite<char[]>(capacity);
    std::memcpy(grown.get(), block.bytes.get(), block.size);
    block.bytes = std::move(grown);
    block.capacity = capacity;
}

void LineBlocks::dispatch(std::unique_ptr<LineBlock> block)
{
    bool full = false;
    {
        const std::lock_guard lock(m_mutex);
        m_inFlight.push_back(std::move(block));
        full = m_inFlight.size() >= kMaxInFlight;
    }
    m_work.notify_one();
    takeDone(full);
}

void LineBlocks::takeDone(bool wait)
{
    for (;;) {
        std::unique_ptr<LineBlock> b;
        {
            std::unique_lock lock(m_mutex);
            if (m_inFlight.empty())
                return;
            if (!m_inFlight.front()->done) {
                if (!wait)
                    return;
                m_parsed.wait(lock, [this] { return m_inFlight.front()->done; });
            }
            b = std::move(m_inFlight.front());
            m_inFlight.pop_front();
            --m_next;
        }
        wait = false;
        if (b->failure)
            std::rethrow_exception(b->failure);
        m_inOrder(*b);
        b->size = 0;
        b->done = false;
        b->part.reset();
        b->counts = {};
        b->failure = nullptr;
        m_spare.push_back(std::move(b));
    }
}

void LineBlocks::finish()
{
    for (;;) {
        {
            const std::lock_guard lock(m_mutex);
            if (m_inFlight.empty())
                return;
        }
        takeDone(true);
    }
}

void LineBlocks::work(int worker)
{
    for (;;) {
        LineBlock *b = nullptr;
        {
            std::unique_lock lock(m_mutex);
            m_work.wait(lock, [this] { return m_stop || m_next < m_inFlight.size(); });
            if (m_next >= m_inFlight.size())
                return;
            b = m_inFlight[m_next++].get();
        }
        try {
            m_parse(*b, worker);
        } catch (...) {
            b->failure = std::current_exception();
        }
        {
            const std::lock_guard lock(m_mutex);
            b->done = true;
        }
        m_parsed.notify_all();
    }
}

} // namespace vitrine
