#pragma once

#include <QObject>
#include <memory>

class QSocketNotifier;

// SIGINT / SIGTERM as a Qt signal for a long-running CLI command (firmware serve, campaign run,
// campaign status --watch): the handler writes to a pipe, a socket notifier wakes the event loop.
// One at a time; the default handlers come back when it is destroyed.
class StopSignal : public QObject
{
    Q_OBJECT

public:
    explicit StopSignal(QObject *parent = nullptr);
    ~StopSignal() override;

signals:
    void stopRequested();

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};
