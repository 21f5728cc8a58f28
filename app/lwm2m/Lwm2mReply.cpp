#include "lwm2m/Lwm2mReply.h"

#include <QTimer>

Lwm2mReply::Lwm2mReply(QObject *parent)
    : QObject(parent)
{}

void Lwm2mReply::markWaitingForWakeUp(const QString &requestId)
{
    m_waiting = true;
    emit waitingForWakeUp(requestId);
}

void Lwm2mReply::finish(const Lwm2mResponse &response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_waiting = false;
    m_response = response;
    // Queued, so a caller that connects right after the call never misses the signal.
    QTimer::singleShot(0, this, [this] {
        emit finished(m_response);
        deleteLater();
    });
}
