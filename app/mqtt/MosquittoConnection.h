#pragma once

#include "mqtt/MqttConnection.h"
#include "mqtt/MqttConnectionSettings.h"

class MosquittoWorker;
class QThread;

// MqttConnection on libmosquitto, with ONE worker thread per connection (docs/mqtt.md). The object
// itself lives on the caller's thread (e.g. the GUI thread) and only posts commands to the worker;
// nothing here blocks on the network. Signals arrive on the caller's thread.
class MosquittoConnection : public MqttConnection
{
    Q_OBJECT

public:
    explicit MosquittoConnection(MqttConnectionSettings settings, QObject *parent = nullptr);
    // Posts a shutdown (polite DISCONNECT) to the worker and joins it for at most 2 s; a worker
    // still stuck in a host-name lookup then finishes on its own.
    ~MosquittoConnection() override;

    State state() const override { return m_state; }
    void connectToBroker() override;
    void disconnectFromBroker() override;
    void subscribe(const QString &filter, int qos) override;
    void unsubscribe(const QString &filter) override;
    int publish(const MqttMessage &message) override;

    const MqttConnectionSettings &settings() const { return m_settings; }

private:
    MqttConnectionSettings m_settings;
    QThread *m_thread;
    MosquittoWorker *m_worker;
    State m_state = State::Disconnected;
    int m_nextPublishId = 1;
};
