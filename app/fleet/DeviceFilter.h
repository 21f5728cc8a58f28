#pragma once

#include "fleet/Device.h"

#include <QString>
#include <QStringList>

// The quick filter of the device tree and `devices list --filter`: whitespace-separated words, each
// must appear (case-insensitive) in one of the device's text fields; "quoted words" keep spaces.
// The full query language (fields, comparisons) comes with the FLEET issue and replaces this class.
class DeviceFilter
{
public:
    DeviceFilter() = default;
    explicit DeviceFilter(const QString &text);

    bool isEmpty() const { return m_terms.isEmpty(); }
    bool matches(const Device &device) const;
    const QStringList &terms() const { return m_terms; }

private:
    QStringList m_terms;
};
