#pragma once

#include "campaign/CampaignDriver.h"
#include "fleet/Device.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <map>
#include <memory>

class ProfileStore;

// The drivers a campaign runner needs for its devices: one Lwm2mCampaignDriver per LwM2M server
// profile (Leshan REST) and one MqttCampaignDriver per broker profile (a broker connection with the
// convention's device tracker and command client). Created and used on the runner's thread (the
// CLI's main thread, or the window's campaign thread).
class CampaignDrivers
{
    Q_DECLARE_TR_FUNCTIONS(CampaignDrivers)

public:
    using ReadSecret = std::function<bool(const QString &key, QByteArray *secret, QString *error)>;

    explicit CampaignDrivers(ReadSecret readSecret);
    ~CampaignDrivers();

    // Opens what the devices' profiles need; false with *error when a profile's secret cannot be
    // read. Devices without a usable profile get no driver (driverFor returns nullptr).
    bool prepare(const ProfileStore &profiles, const DeviceList &devices, QString *error);
    CampaignDriver *driverFor(const Device &device) const;

private:
    ReadSecret m_readSecret;
    std::map<QString, std::unique_ptr<CampaignDriver>> m_drivers; // by profile name
};
