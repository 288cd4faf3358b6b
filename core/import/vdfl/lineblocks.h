// SPDX-License-Identifier: GPL-3.0-or-later
// Blocks of whole lines handed to worker threads and given back in input order: how a long log
// is parsed on every core while one thread reads, inflates and fingerprints it.

#pragma once

#include "logfacts.h"
#include "logsink.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace vitrine {

/** Consecutive lines of the input as read, with room after them for a parser's reads. */
struct LineBlock
{
    std::unique_ptr<char[]> bytes; ///< the lines, then at least the padding asked for
    std::size_t capacity = 0;
    std::size_t size = 0;
    bool done = false; ///< parsed by a worker (set under the pipeline's lock)
    /** What the worker gathered (null when it left the block to the in-order step). */
    std::unique_ptr<LogSink> part;
    ItemCounts counts; ///< what the worker counted: lines (total), blank, accepted, rejected
    /** What the worker threw (out of memory): thrown again on the handing thread. */
    std::exception_ptr failure;
};

/**
 * A pool of blocks, \a workers threads that parse them, and the in-order step, called on the
 * thread that hands the blocks on, block after block in input order, at most kMaxInFlight
 * blocks ahead. Memory is bounded by the blocks in flight, whatever the input's length.
 */
class LineBlocks
{
public:
    /** Parses one block on worker \a worker (0-based); runs on that worker's thread. */
    using Parse = std::function<void(LineBlock &block, int worker)>;
    /** Takes in a parsed block, in input order, on the thread that hands the blocks on. */
    using InOrder = std::function<void(LineBlock &block)>;

    /**
     * Blocks of \a capacity bytes to start with (reserve() grows one for a long line), of which
     * the last \a padding are never filled.
     */
    LineBlocks(std::size_t capacity, std::size_t padding, int workers, Parse parse,
               InOrder inOrder);
    ~LineBlocks();
    LineBlocks(const LineBlocks &) = delete;
    LineBlocks &operator=(const LineBlocks &) = delete;

    /** An empty block to fill: at least capacity() bytes, padding() of them for the parser. */
    std::unique_ptr<LineBlock> take();
    /** Makes room in \a block for \a more bytes after its content (and the padding). */
    void reserve(LineBlock &block, std::size_t more) const;
    /**
     * Hands on a filled block; runs the in-order step of those done (waits when too many).
     * What a worker threw is thrown here, in input order.
     */
    void dispatch(std::unique_ptr<LineBlock> block);
    /** Waits until every block handed on has had its in-order step. */
    void finish();

    std::size_t capacity() const { return m_capacity; }
    std::size_t padding() const { return m_padding; }

    static constexpr std::size_t kMaxInFlight = 6;

private:
    /** Ends the workers once the blocks they hold are parsed. */
    void stop();
    /** Runs the in-order step for the oldest blocks that are done; waits for one when \a wait. */
    void takeDone(bool wait);
    void work(int worker);

    std::size_t m_capacity;
    std::size_t m_padding;
    Parse m_parse;
    InOrder m_inOrder;
    std::vector<std::unique_ptr<LineBlock>> m_spare; ///< touched by the handing thread only

    std::mutex m_mutex;
    std::condition_variable m_work;
    std::condition_variable m_parsed;
    std::deque<std::unique_ptr<LineBlock>> m_inFlight; ///< in input order
    std::size_t m_next = 0;                            ///< first block of m_inFlight not taken
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

} // namespace vitrine
