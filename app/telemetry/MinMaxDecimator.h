#pragma once

#include "telemetry/SeriesBuffer.h"

#include <QVector>

// Reduces a time window of a series to what a chart of N pixel columns can show: per column the
// lowest and the highest sample, in time order, plus the window's first and last sample. At most 2N
// points come out whatever the input size, so a million samples draw as fast as a thousand.
//
// For a plain range: one pass over the samples of the window (O(n), a comparison per sample, no
// division). For a SeriesBuffer: the same result from its per-block extremes, reading whole blocks
// of 32 samples as one (O(n / 32 + N · 32)), so a frame of a million samples costs about as much as
// one of a few thousand. Samples that are not finite numbers (NaN, ±inf) are skipped: they are
// gaps, never extremes. When the window holds no more than 2N finite samples they are returned as
// they are.
class MinMaxDecimator
{
public:
    using Point = SeriesBuffer::Point;

    // Points of [first, last) (sorted by time) with fromMs <= time <= toMs, reduced for `columns`
    // pixel columns. Output is in time order and holds at most 2 * columns points.
    static void decimate(const Point *first,
                         const Point *last,
                         qint64 fromMs,
                         qint64 toMs,
                         int columns,
                         QVector<Point> *out);
    static void decimate(
        const SeriesBuffer &buffer, qint64 fromMs, qint64 toMs, int columns, QVector<Point> *out);
    static QVector<Point>
    decimate(const SeriesBuffer &buffer, qint64 fromMs, qint64 toMs, int columns);
};
