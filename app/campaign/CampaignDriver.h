#pragma once

#include "campaign/CampaignPlanner.h"
#include "fleet/Device.h"

#include <QString>
#include <functional>
#include <optional>

// What the campaign engine needs from one protocol (docs/campaign-engine.md). Every call returns
// at once; the callback runs later on the engine's thread. LwM2M: Lwm2mCampaignDriver (Leshan REST,
// object 5); MQTT: MqttCampaignDriver (docs/mqtt-dm-convention.md, firmware-update command).
class CampaignDriver
{
public:
    struct Package
    {
        QString url;
        QString version;
        QString sha256; // of the image file, lower-case hex (MQTT announces it)
        qint64 size = 0;
    };
    // ok = the device accepted the command. resultCode: a device's own answer code when it has
    // one. busy: the device said it is busy (MQTT "busy", LwM2M 5.00).
    struct Answer
    {
        bool ok = false;
        bool busy = false;
        QString error; // in words
        std::optional<int> resultCode;
    };
    using StatusDone = std::function<void(const CampaignDeviceStatus &status)>;
    using AnswerDone = std::function<void(const Answer &answer)>;

    virtual ~CampaignDriver() = default;

    // Reads what the device reports now (firmware version, /5 state and result, battery, signal,
    // session). Never sends anything that changes the device.
    virtual void status(const Device &device, StatusDone done) = 0;
    // LwM2M: writes the package URI to /5/0/1. MQTT: sends firmware-update (the device downloads
    // and installs by itself).
    virtual void startDownload(const Device &device, const Package &package, AnswerDone done) = 0;
    // LwM2M: Execute /5/0/2. MQTT: never called (installsByItself).
    virtual void executeUpdate(const Device &device, AnswerDone done) = 0;
    virtual bool installsByItself() const = 0;
};
