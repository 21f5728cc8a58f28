#include "firmware/FirmwareVersion.h"

#include <QStringList>

namespace {

struct Parsed
{
    QList<qulonglong> numbers;
    QString suffix; // empty = a release
};

Parsed parse(const QString &text)
{
    Parsed parsed;
    const QString trimmed = text.trimmed();
    const int dash = trimmed.indexOf(QLatin1Char('-'));
    const QString release = dash >= 0 ? trimmed.left(dash) : trimmed;
    parsed.suffix = dash >= 0 ? trimmed.mid(dash + 1) : QString();
    const QStringList parts = release.split(QLatin1Char('.'));
    for (const QString &part : parts) {
        qulonglong value = 0;
        for (const QChar c : part) {
            if (!c.isDigit())
                break;
            value = value * 10 + qulonglong(c.digitValue());
        }
        parsed.numbers.append(value);
    }
    while (!parsed.numbers.isEmpty() && parsed.numbers.last() == 0)
        parsed.numbers.removeLast();
    return parsed;
}

} // namespace

namespace FirmwareVersion {

int compare(const QString &a, const QString &b)
{
    const Parsed pa = parse(a);
    const Parsed pb = parse(b);
    const int n = int(qMax(pa.numbers.size(), pb.numbers.size()));
    for (int i = 0; i < n; ++i) {
        const qulonglong x = i < pa.numbers.size() ? pa.numbers.at(i) : 0;
        const qulonglong y = i < pb.numbers.size() ? pb.numbers.at(i) : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    if (pa.suffix.isEmpty() != pb.suffix.isEmpty())
        return pa.suffix.isEmpty() ? 1 : -1;
    const int bySuffix = QString::compare(pa.suffix, pb.suffix);
    return bySuffix < 0 ? -1 : (bySuffix > 0 ? 1 : 0);
}

} // namespace FirmwareVersion
