#include "telemetry/MinMaxDecimator.h"

#include <algorithm>
#include <cmath>

namespace {

using Point = SeriesBuffer::Point;

inline bool isNumber(double value)
{
    return std::isfinite(value);
}

bool earlier(const Point &a, const Point &b)
{
    return a.timeMs < b.timeMs;
}

// The first lowest and first highest finite sample seen, in the order offered.
struct Extremes
{
    const Point *lo = nullptr;
    const Point *hi = nullptr;

    void take(const Point *p)
    {
        if (!isNumber(p->value))
            return;
        if (!lo) {
            lo = hi = p;
            return;
        }
        if (p->value < lo->value)
            lo = p;
        if (p->value > hi->value)
            hi = p;
    }
    void scan(const Point *a, const Point *b)
    {
        for (; a < b; ++a)
            take(a);
    }
};

// Every sample of [a, b): the reference path, for any range of sorted points.
struct PlainScan
{
    Extremes operator()(const Point *a, const Point *b) const
    {
        Extremes e;
        e.scan(a, b);
        return e;
    }
};

// The same answer from a SeriesBuffer's block summaries: whole blocks inside [a, b) are read from
// their precomputed extremes, only the partial blocks at the ends sample by sample.
struct BlockScan
{
    const SeriesBuffer *buffer;

    Extremes operator()(const Point *a, const Point *b) const
    {
        Extremes e;
        const Point *data = buffer->storage();
        const int from = int(a - data);
        const int to = int(b - data);
        constexpr int size = SeriesBuffer::BlockSize;
        const int firstFull = (from + size - 1) & ~(size - 1);
        const int lastFull = to & ~(size - 1);
        if (firstFull >= lastFull) {
            e.scan(a, b);
            return e;
        }
        e.scan(a, data + firstFull);
        const SeriesBuffer::Block *blocks = buffer->blocks().constData();
        int loIndex = -1;
        int hiIndex = -1;
        double lo = 0.0;
        double hi = 0.0;
        for (int block = firstFull >> SeriesBuffer::BlockShift;
             block < lastFull >> SeriesBuffer::BlockShift;
             ++block) {
            const SeriesBuffer::Block &summary = blocks[block];
            if (summary.minIndex < 0)
                continue;
            if (loIndex < 0) {
                loIndex = summary.minIndex;
                hiIndex = summary.maxIndex;
                lo = summary.minValue;
                hi = summary.maxValue;
                continue;
            }
            if (summary.minValue < lo) {
                loIndex = summary.minIndex;
                lo = summary.minValue;
            }
            if (summary.maxValue > hi) {
                hiIndex = summary.maxIndex;
                hi = summary.maxValue;
            }
        }
        if (loIndex >= 0) {
            // Merge in sample order: head, blocks, tail (the first of equal values wins).
            if (!e.lo || lo < e.lo->value)
                e.lo = data + loIndex;
            if (!e.hi || hi > e.hi->value)
                e.hi = data + hiIndex;
        }
        e.scan(data + lastFull, b);
        return e;
    }
};

// The first point of [from, last) with time >= timeMs, searched outwards from `from` (galloping):
// bucket ends are near, and a binary search over the whole buffer would touch cold memory.
const Point *gallop(const Point *from, const Point *last, qint64 timeMs)
{
    qint64 step = 1;
    const Point *low = from;
    while (last - low > step && (low + step)->timeMs < timeMs) {
        low += step;
        step *= 2;
    }
    const Point *high = last - low > step ? low + step + 1 : last;
    return std::lower_bound(low, high, Point{timeMs, 0.0}, earlier);
}

void appendInOrder(const Extremes &e, QVector<Point> *out)
{
    if (!e.lo)
        return;
    const Point *a = std::min(e.lo, e.hi);
    const Point *b = std::max(e.lo, e.hi);
    out->append(*a);
    if (b != a)
        out->append(*b);
}

template<typename Scan>
void decimateWith(const Point *first,
                  const Point *last,
                  qint64 fromMs,
                  qint64 toMs,
                  int columns,
                  QVector<Point> *out,
                  const Scan &scan)
{
    out->clear();
    if (columns < 1 || toMs < fromMs || first == last)
        return;
    // Narrow to the window, then to its first and last finite samples.
    first = std::lower_bound(first, last, Point{fromMs, 0.0}, earlier);
    last = std::upper_bound(first, last, Point{toMs, 0.0}, earlier);
    while (first != last && !isNumber(first->value))
        ++first;
    while (last != first && !isNumber((last - 1)->value))
        --last;
    if (first == last)
        return;

    const qint64 limit = 2 * qint64(columns);
    if (last - first <= limit) {
        out->reserve(int(last - first));
        for (const Point *p = first; p != last; ++p) {
            if (isNumber(p->value))
                out->append(*p);
        }
        return;
    }

    out->reserve(int(limit));
    if (columns == 1) {
        // No room for first and last besides the extremes: the extremes win.
        appendInOrder(scan(first, last), out);
        return;
    }

    // First and last sample, and min/max of (columns - 1) equal time buckets in between:
    // 2 + 2 * (columns - 1) = 2 * columns points at most.
    const Point *const lastPoint = last - 1;
    out->append(*first);
    const int buckets = columns - 1;
    const qint64 t0 = first->timeMs;
    const double span = double(lastPoint->timeMs - t0) + 1.0;
    const Point *p = first + 1;
    for (int bucket = 0; bucket < buckets && p < lastPoint; ++bucket) {
        // Samples with time < end belong to this bucket (the last bucket takes the rest).
        const Point *end = lastPoint;
        if (bucket + 1 < buckets) {
            const qint64 endTime = t0 + qint64(std::ceil(span * (bucket + 1) / buckets));
            end = gallop(p, lastPoint, endTime);
        }
        if (end == p)
            continue;
        appendInOrder(scan(p, end), out);
        p = end;
    }
    out->append(*lastPoint);
}

} // namespace

void MinMaxDecimator::decimate(const Point *first,
                               const Point *last,
                               qint64 fromMs,
                               qint64 toMs,
                               int columns,
                               QVector<Point> *out)
{
    decimateWith(first, last, fromMs, toMs, columns, out, PlainScan());
}

void MinMaxDecimator::decimate(
    const SeriesBuffer &buffer, qint64 fromMs, qint64 toMs, int columns, QVector<Point> *out)
{
    decimateWith(buffer.begin(), buffer.end(), fromMs, toMs, columns, out, BlockScan{&buffer});
}

QVector<MinMaxDecimator::Point>
MinMaxDecimator::decimate(const SeriesBuffer &buffer, qint64 fromMs, qint64 toMs, int columns)
{
    QVector<Point> out;
    decimate(buffer, fromMs, toMs, columns, &out);
    return out;
}
