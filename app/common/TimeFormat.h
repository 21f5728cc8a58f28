#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The one policy for showing times: local time in text, UTC on hover, relative age where it helps.
class TimeFormat
{
    Q_DECLARE_TR_FUNCTIONS(TimeFormat)

public:
    static QString local(const QDateTime &time);      // "2026-11-26 10:42:03"
    static QString utcTooltip(const QDateTime &time); // "2026-11-26 01:42:03 UTC"
    static QString relative(const QDateTime &time, const QDateTime &now); // "3 min ago"
    static QString age(qint64 seconds);                                   // "3 min", "2 h", "5 d"
};
