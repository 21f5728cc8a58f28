#include "telemetry/SeriesBuffer.h"

#include <algorithm>
#include <cmath>

namespace {

bool earlier(const SeriesBuffer::Point &a, const SeriesBuffer::Point &b)
{
    return a.timeMs < b.timeMs;
}

} // namespace

SeriesBuffer::SeriesBuffer(int capacity)
    : m_capacity(qMax(1, capacity))
{}

void SeriesBuffer::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    trim();
    ++m_revision;
}

void SeriesBuffer::append(qint64 timeMs, double value)
{
    const Point point{timeMs, value};
    if (isEmpty() || timeMs >= last().timeMs) {
        m_points.append(point);
        updateBlocks(int(m_points.size()) - 1);
    } else {
        auto *data = m_points.data();
        auto *at = std::upper_bound(data + m_begin, data + m_points.size(), point, earlier);
        m_points.insert(int(at - data), point);
        rebuildBlocks();
    }
    trim();
    ++m_revision;
}

void SeriesBuffer::append(const QVector<Point> &points)
{
    if (points.isEmpty())
        return;
    const bool sorted = std::is_sorted(points.cbegin(), points.cend(), earlier);
    if (sorted && (isEmpty() || points.first().timeMs >= last().timeMs)) {
        const int from = int(m_points.size());
        m_points.append(points);
        updateBlocks(from);
        trim();
        ++m_revision;
        return;
    }
    merge(points);
}

void SeriesBuffer::merge(QVector<Point> history)
{
    if (history.isEmpty())
        return;
    std::stable_sort(history.begin(), history.end(), earlier);
    QVector<Point> merged;
    merged.reserve(size() + history.size());
    const Point *a = begin();
    const Point *aEnd = end();
    auto b = history.cbegin();
    while (a != aEnd || b != history.cend()) {
        if (b == history.cend() || (a != aEnd && a->timeMs <= b->timeMs)) {
            merged.append(*a++);
            continue;
        }
        // A sample the buffer already holds (the live feed and the stored history overlap).
        bool duplicate = false;
        for (const Point *p = a; p != aEnd && p->timeMs == b->timeMs; ++p)
            duplicate = duplicate || *p == *b;
        for (int i = int(merged.size()) - 1; i >= 0 && merged.at(i).timeMs == b->timeMs; --i)
            duplicate = duplicate || merged.at(i) == *b;
        if (!duplicate)
            merged.append(*b);
        ++b;
    }
    m_points = std::move(merged);
    m_begin = 0;
    rebuildBlocks();
    trim();
    ++m_revision;
}

void SeriesBuffer::clear()
{
    m_points.clear();
    m_blocks.clear();
    m_begin = 0;
    ++m_revision;
}

void SeriesBuffer::trim()
{
    const int excess = size() - m_capacity;
    if (excess > 0)
        m_begin += excess;
    // Compact once the dropped prefix is as large as what is kept: amortised O(1) per sample.
    if (m_begin > 0 && m_begin >= size()) {
        m_points.remove(0, m_begin);
        m_begin = 0;
        rebuildBlocks();
    }
}

void SeriesBuffer::updateBlocks(int fromIndex)
{
    const int count = int(m_points.size());
    m_blocks.resize((count + BlockSize - 1) >> BlockShift);
    const Point *data = m_points.constData();
    for (int i = fromIndex; i < count; ++i) {
        const double value = data[i].value;
        if (!std::isfinite(value))
            continue;
        Block &block = m_blocks[i >> BlockShift];
        if (block.minIndex < 0) {
            block.minIndex = block.maxIndex = i;
            block.minValue = block.maxValue = value;
            continue;
        }
        if (value < block.minValue) {
            block.minIndex = i;
            block.minValue = value;
        }
        if (value > block.maxValue) {
            block.maxIndex = i;
            block.maxValue = value;
        }
    }
}

void SeriesBuffer::rebuildBlocks()
{
    m_blocks.clear();
    updateBlocks(0);
}

void SeriesBuffer::range(qint64 fromMs, qint64 toMs, const Point **first, const Point **last) const
{
    const Point *lo = std::lower_bound(begin(), end(), Point{fromMs, 0.0}, earlier);
    const Point *hi = std::upper_bound(lo, end(), Point{toMs, 0.0}, earlier);
    *first = lo;
    *last = toMs < fromMs ? lo : hi;
}

const SeriesBuffer::Point *SeriesBuffer::nearest(qint64 timeMs) const
{
    if (isEmpty())
        return nullptr;
    const Point *at = std::lower_bound(begin(), end(), Point{timeMs, 0.0}, earlier);
    if (at == end())
        return at - 1;
    if (at == begin())
        return at;
    const Point *before = at - 1;
    return (timeMs - before->timeMs) <= (at->timeMs - timeMs) ? before : at;
}
