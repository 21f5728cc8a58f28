#include "campaign/CampaignDrivers.h"

#include "campaign/Lwm2mCampaignDriver.h"
#include "campaign/MqttCampaignDriver.h"
#include "profiles/ProfileStore.h"

CampaignDrivers::CampaignDrivers(ReadSecret readSecret)
    : m_readSecret(std::move(readSecret))
{}

CampaignDrivers::~CampaignDrivers() = default;

bool CampaignDrivers::prepare(const ProfileStore &profiles,
                              const DeviceList &devices,
                              QString *error)
{
    for (const Device &d : devices) {
        const Protocol protocol = d.binding.protocol;
        if (protocol == Protocol::None || d.binding.profile.isEmpty()
            || m_drivers.count(d.binding.profile))
            continue;
        const ProfileStore::Entry *entry = profiles.find(d.binding.profile);
        if (!entry || !entry->isValid())
            continue; // no driver: the engine reports it per device
        const ConnectionProfile &profile = entry->profile;
        const bool fits = protocol == Protocol::Mqtt
                              ? profile.kind == ConnectionProfile::Kind::MqttBroker
                              : profile.kind == ConnectionProfile::Kind::Lwm2mServer;
        if (!fits)
            continue;
        QByteArray secret;
        if (profile.needsSecret() && !m_readSecret(profile.secretKey(), &secret, error))
            return false;
        if (protocol == Protocol::Mqtt)
            m_drivers[profile.name] = std::make_unique<MqttCampaignDriver>(profile, secret);
        else
            m_drivers[profile.name] = std::make_unique<Lwm2mCampaignDriver>(profile, secret);
    }
    return true;
}

CampaignDriver *CampaignDrivers::driverFor(const Device &device) const
{
    const auto it = m_drivers.find(device.binding.profile);
    if (it == m_drivers.end())
        return nullptr;
    // A device bound with the other protocol to a profile of that name gets no driver.
    const bool mqtt = device.binding.protocol == Protocol::Mqtt;
    return it->second->installsByItself() == mqtt ? it->second.get() : nullptr;
}
