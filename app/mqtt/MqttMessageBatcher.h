#pragma once

#include "mqtt/MqttMessage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVector>

// Collects received messages and hands them on in batches, at most one batch per interval (50 ms:
// ≤ 20 batches/s), so a busy broker never floods the receiving thread's event loop with one queued
// signal per message. The first message after a quiet interval goes out on the next event-loop
// turn.
class MqttMessageBatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 50;

    explicit MqttMessageBatcher(int intervalMs = DefaultIntervalMs, QObject *parent = nullptr);

    void add(const MqttMessage &message);
    void flush(); // emits what is pending now (e.g. before reporting a disconnect)
    int pendingCount() const { return int(m_pending.size()); }
    int intervalMs() const { return m_intervalMs; }

signals:
    void batchReady(const QVector<MqttMessage> &messages);

private:
    int m_intervalMs;
    QVector<MqttMessage> m_pending;
    QTimer m_timer;
    QElapsedTimer m_sinceLastBatch;
};
