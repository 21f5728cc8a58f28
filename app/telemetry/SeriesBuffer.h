#pragma once

#include <QVector>
#include <QtGlobal>

// The samples of one charted series (time in ms since the epoch, UTC; value), kept in time order
// with a bounded capacity: when full, the oldest samples go. Storage is contiguous, so a time
// window is found by binary search and handed to MinMaxDecimator as a plain range. Renderer
// independent (no QtGui): a chart only ever draws what the decimator makes of this buffer.
class SeriesBuffer
{
public:
    struct Point
    {
        qint64 timeMs = 0;
        double value = 0.0;
        friend bool operator==(const Point &a, const Point &b)
        {
            return a.timeMs == b.timeMs
                   && (a.value == b.value || (a.value != a.value && b.value != b.value));
        }
    };

    static constexpr int DefaultCapacity = 2'000'000;

    // Per block of BlockSize samples (by position in storage()): the first lowest and the first
    // highest finite sample, as storage indices (-1: none). Kept up to date on append, rebuilt
    // after anything else, so the decimator finds the extremes of a long stretch without reading
    // every sample.
    static constexpr int BlockShift = 5;
    static constexpr int BlockSize = 1 << BlockShift;
    struct Block
    {
        int minIndex = -1;
        int maxIndex = -1;
        double minValue = 0.0; // copies, so a summary is read without touching the samples
        double maxValue = 0.0;
    };

    explicit SeriesBuffer(int capacity = DefaultCapacity);

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);

    // Appends one sample. An older sample than the newest is inserted at its place in time (rare:
    // late deliveries), so the buffer stays sorted.
    void append(qint64 timeMs, double value);
    void append(const Point &point) { append(point.timeMs, point.value); }
    // Appends many samples; sorted input newer than the buffer is the fast path.
    void append(const QVector<Point> &points);
    // Merges history (any order) into the buffer, skipping samples it already holds.
    void merge(QVector<Point> history);
    void clear();

    int size() const { return int(m_points.size()) - m_begin; }
    bool isEmpty() const { return size() == 0; }
    const Point *begin() const { return m_points.constData() + m_begin; }
    const Point *end() const { return m_points.constData() + m_points.size(); }
    const Point &at(int i) const { return begin()[i]; }
    const Point &first() const { return at(0); }
    const Point &last() const { return at(size() - 1); }

    // The samples with fromMs <= time <= toMs, as [*first, *last).
    void range(qint64 fromMs, qint64 toMs, const Point **first, const Point **last) const;
    // The sample nearest in time to timeMs (nullptr when empty).
    const Point *nearest(qint64 timeMs) const;

    // Grows on every change; a view compares it to know whether to draw again.
    quint64 revision() const { return m_revision; }

    // Storage with dropped samples still in front of begin(), for the block summaries.
    const Point *storage() const { return m_points.constData(); }
    const QVector<Block> &blocks() const { return m_blocks; }

private:
    void trim();
    void updateBlocks(int fromIndex);
    void rebuildBlocks();

    QVector<Point> m_points;
    QVector<Block> m_blocks;
    int m_begin = 0; // dropped samples before this index are compacted away lazily
    int m_capacity = DefaultCapacity;
    quint64 m_revision = 0;
};
