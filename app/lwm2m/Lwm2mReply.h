#pragma once

#include "lwm2m/Lwm2mResponse.h"

#include <QObject>

// One pending request to an LwM2M server. Always finishes asynchronously (never inside the
// call that created it), exactly once, and deletes itself afterwards.
class Lwm2mReply : public QObject
{
    Q_OBJECT

public:
    explicit Lwm2mReply(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    bool isWaitingForWakeUp() const { return m_waiting; }
    const Lwm2mResponse &response() const { return m_response; }

    // For LeshanRestClient.
    void markWaitingForWakeUp(const QString &requestId);
    void finish(const Lwm2mResponse &response);

signals:
    // Queue mode: the server queued the request until the device wakes up.
    void waitingForWakeUp(const QString &requestId);
    void finished(const Lwm2mResponse &response);

private:
    Lwm2mResponse m_response;
    bool m_finished = false;
    bool m_waiting = false;
};
