#include "StaleDevices.h"

#include "store/FleetRepository.h"

StaleDevices::StaleDevices(const FleetRepository &fleet, const QDateTime &now)
    : m_now(now)
{
    for (const FleetRepository::ProfileState &state : fleet.profileStates()) {
        if (!state.reachable)
            m_unreachableSince.insert(state.profile, state.since);
    }
}

bool StaleDevices::isStale(const Device &device) const
{
    return device.binding.isBound() && m_unreachableSince.contains(device.binding.profile);
}

QJsonObject StaleDevices::annotate(QJsonObject json, const Device &device) const
{
    const bool stale = isStale(device);
    json.insert(QStringLiteral("stale"), stale);
    if (stale) {
        const QDateTime since = m_unreachableSince.value(device.binding.profile);
        json.insert(QStringLiteral("unreachable_since"),
                    since.isValid() ? QJsonValue(since.toString(Qt::ISODateWithMs))
                                    : QJsonValue(QJsonValue::Null));
        json.insert(QStringLiteral("state_age_s"),
                    device.lastSeen.isValid()
                        ? QJsonValue(double(qMax<qint64>(0, device.lastSeen.secsTo(m_now))))
                        : QJsonValue(QJsonValue::Null));
    }
    return json;
}
