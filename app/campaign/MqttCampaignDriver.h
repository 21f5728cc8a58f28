#pragma once

#include "campaign/CampaignDriver.h"
#include "profiles/ConnectionProfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QObject>
#include <QString>
#include <QVector>
#include <memory>

class MosquittoConnection;
class MqttCommandClient;
class MqttConnection;
class MqttDeviceTracker;
class QTimer;
struct MqttDeviceState;

// The campaign engine's MQTT steps over one broker profile (docs/mqtt-dm-convention.md): one broker
// connection with the convention's device tracker and command client, opened by the constructor.
// status() answers from what the tracker knows (birth `session`, identity firmware_version,
// attributes battery/signal, the retained `firmware` state and result); a device the tracker has
// not seen yet, or a connection that is still being set up, gets up to statusWait() for the
// retained messages to arrive before the answer says reachable = false (at once when the broker
// refused or dropped the connection and the next attempt has not started). startDownload() sends
// `firmware-update` {url, sha256, size, version} and answers on the device's `accepted` / `busy`
// (it does not wait for the update: the engine polls status()). The device installs by itself, so
// executeUpdate() is never called. Lives on the thread that creates it; every callback runs later
// on that thread, exactly once, never inside the call; callbacks still pending when it is destroyed
// never run.
class MqttCampaignDriver : public CampaignDriver
{
    Q_DECLARE_TR_FUNCTIONS(MqttCampaignDriver)

public:
    // secret: the profile's password when profile.needsSecret(). timeoutSeconds: how long a
    // command may wait for the device's answer.
    explicit MqttCampaignDriver(const ConnectionProfile &profile,
                                const QByteArray &secret = {},
                                int timeoutSeconds = 30);
    ~MqttCampaignDriver() override; // polite DISCONNECT

    void status(const Device &device, StatusDone done) override;
    void startDownload(const Device &device, const Package &package, AnswerDone done) override;
    void executeUpdate(const Device &device, AnswerDone done) override;
    bool installsByItself() const override { return true; }

    // How long status() waits for a device it has not seen (default 5000 ms).
    void setStatusWait(int milliseconds) { m_statusWaitMs = milliseconds; }
    int statusWait() const { return m_statusWaitMs; }

    MqttConnection *connection() const;
    MqttDeviceTracker *tracker() const { return m_tracker.get(); }

    // The status of a device from the tracker's state (public for tests).
    static CampaignDeviceStatus statusFrom(const MqttDeviceState &state);

private:
    struct Waiting
    {
        QString deviceId;
        StatusDone done;
        QDeadlineTimer deadline;
    };

    // Answers the waiting status() calls that can be answered now (or whose wait is over).
    void answerWaiting();
    void armDeadline(); // for the earliest wait still running
    bool answerable(const Waiting &w) const;
    CampaignDeviceStatus currentStatus(const QString &deviceId) const;

    QString m_profile;
    std::unique_ptr<MosquittoConnection> m_connection;
    std::unique_ptr<MqttDeviceTracker> m_tracker;
    std::unique_ptr<MqttCommandClient> m_client;
    std::unique_ptr<QObject> m_context; // timers and connections die with the driver
    QTimer *m_deadlineTimer = nullptr;  // child of m_context
    QVector<Waiting> m_waiting;
    QString m_connectionError;
    int m_timeoutMs;
    int m_statusWaitMs = 5000;
};
