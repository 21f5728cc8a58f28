#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// A line diff between two decoded payloads (the previous and the last message of a topic), for
// "diff against the previous message". Common lines at both ends are matched first; the middle
// is matched exactly (longest common subsequence) while it is small enough, otherwise shown as
// removed then added. Pure; safe on any thread.
class PayloadDiff
{
public:
    enum class Op { Same, Removed, Added };
    struct Line
    {
        Op op = Op::Same;
        QString text;
    };

    static QVector<Line> diff(const QString &before, const QString &after);
    // Lines that differ.
    static int changedLines(const QVector<Line> &lines);
    // "  same", "- removed", "+ added", one a line.
    static QString unified(const QVector<Line> &lines);
};
