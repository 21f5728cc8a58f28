#include "mqtt/PayloadDiff.h"

#include <vector>

namespace {

constexpr qint64 MaxLcsCells = 4'000'000; // the middle part above this is "replaced"

} // namespace

QVector<PayloadDiff::Line> PayloadDiff::diff(const QString &before, const QString &after)
{
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    QVector<Line> lines;
    for (qsizetype i = 0; i < prefix; ++i)
        lines.append({Op::Same, a.at(i)});
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n > 0 && m > 0 && n * m <= MaxLcsCells) {
        // lcs[i][j]: length of the LCS of a[i..] and b[j..] (middle parts).
        std::vector<quint32> lcs(size_t((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) {
            return size_t(i * (m + 1) + j);
        };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[at(i, j)] = a.at(prefix + i) == b.at(prefix + j)
                                    ? lcs[at(i + 1, j + 1)] + 1
                                    : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n && j < m) {
            if (a.at(prefix + i) == b.at(prefix + j)) {
                lines.append({Op::Same, a.at(prefix + i)});
                ++i;
                ++j;
            } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
                lines.append({Op::Removed, a.at(prefix + i++)});
            } else {
                lines.append({Op::Added, b.at(prefix + j++)});
            }
        }
        for (; i < n; ++i)
            lines.append({Op::Removed, a.at(prefix + i)});
        for (; j < m; ++j)
            lines.append({Op::Added, b.at(prefix + j)});
    } else {
        for (qsizetype i = 0; i < n; ++i)
            lines.append({Op::Removed, a.at(prefix + i)});
        for (qsizetype j = 0; j < m; ++j)
            lines.append({Op::Added, b.at(prefix + j)});
    }
    for (qsizetype i = a.size() - suffix; i < a.size(); ++i)
        lines.append({Op::Same, a.at(i)});
    return lines;
}

int PayloadDiff::changedLines(const QVector<Line> &lines)
{
    int count = 0;
    for (const Line &line : lines)
        count += line.op == Op::Same ? 0 : 1;
    return count;
}

QString PayloadDiff::unified(const QVector<Line> &lines)
{
    QString text;
    for (const Line &line : lines) {
        text += line.op == Op::Same      ? QStringLiteral("  ")
                : line.op == Op::Removed ? QStringLiteral("- ")
                                         : QStringLiteral("+ ");
        text += line.text;
        text += QLatin1Char('\n');
    }
    return text;
}
