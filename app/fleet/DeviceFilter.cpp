#include "fleet/DeviceFilter.h"

DeviceFilter::DeviceFilter(const QString &text)
{
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                m_terms.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        m_terms.append(current);
}

bool DeviceFilter::matches(const Device &device) const
{
    if (m_terms.isEmpty())
        return true;
    const QStringList fields = {
        device.name,
        device.serial,
        device.model,
        device.site,
        device.groupPath,
        device.firmwareVersion,
        device.binding.key,
        device.binding.profile,
        DeviceText::healthId(device.health),
        DeviceText::protocolId(device.binding.protocol),
        device.tags.join(QLatin1Char(' ')),
        device.id.toString(QUuid::WithoutBraces),
    };
    for (const QString &term : m_terms) {
        bool found = false;
        for (const QString &field : fields) {
            if (field.contains(term, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}
