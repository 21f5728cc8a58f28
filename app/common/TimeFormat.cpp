#include "common/TimeFormat.h"

QString TimeFormat::local(const QDateTime &time)
{
    if (!time.isValid())
        return tr("never");
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString TimeFormat::utcTooltip(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString TimeFormat::age(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h", nullptr, int(seconds / 3600));
    return tr("%n d", nullptr, int(seconds / 86400));
}

QString TimeFormat::relative(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return tr("never");
    const qint64 seconds = time.secsTo(now);
    if (seconds < -5)
        return tr("in the future (%1)").arg(local(time));
    if (seconds < 5)
        return tr("just now");
    return tr("%1 ago").arg(age(seconds));
}
