#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUuid>
#include <QVector>
#include <functional>

// The one framework every multi-device operation uses (LwM2M, MQTT, fleet, campaigns): a list of
// targets, one asynchronous action per target run with bounded concurrency and a per-device
// timeout, progress, cancel, and a per-device result table that can be exported.
class BulkRun : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Pending,
        Running,
        Succeeded,
        Failed,
        TimedOut,
        WaitingForWakeUp,
        Cancelled
    };
    Q_ENUM(Outcome)

    struct Target
    {
        QUuid deviceId;
        QString name; // for people: the device's display name
        QString key;  // what the action needs: e.g. the LwM2M endpoint
        QString profile;
    };

    struct Result
    {
        Target target;
        Outcome outcome = Outcome::Pending;
        QString reason; // why it failed, in words; empty on success
        QDateTime started;
        QDateTime finished;
    };

    // Calls done exactly once. WaitingForWakeUp is not final: call done again with the final
    // outcome.
    using Done = std::function<void(Outcome outcome, const QString &reason)>;
    using Action = std::function<void(const Target &target, const Done &done)>;

    BulkRun(QString operation, QVector<Target> targets, Action action, QObject *parent = nullptr);

    void setConcurrency(int n) { m_concurrency = qMax(1, n); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Queue-mode devices may answer much later; waiting ones do not hold a concurrency slot.
    void setWakeUpTimeout(int milliseconds) { m_wakeUpTimeoutMs = milliseconds; }

    void start();
    void cancel(); // pending targets become Cancelled; running ones finish or time out

    const QString &operation() const { return m_operation; }
    const QVector<Result> &results() const { return m_results; }
    int total() const { return int(m_results.size()); }
    int count(Outcome outcome) const;
    int finishedCount() const;
    bool isFinished() const { return m_finished; }

    // 0 when all succeeded, 3 when some did (partial success), 1 when none did (docs/cli.md).
    int exitCode() const;
    QString toCsv() const;

    static QString outcomeId(Outcome outcome);   // "succeeded", "timed_out", … (CSV, JSON)
    static QString outcomeName(Outcome outcome); // translated

signals:
    void resultChanged(int index);
    void progress(int finished, int total);
    void finished();

private:
    void pump();
    void complete(int index, Outcome outcome, const QString &reason, quint64 attempt);

    QString m_operation;
    QVector<Result> m_results;
    QVector<quint64> m_attempts; // guards against late callbacks after a timeout
    Action m_action;
    int m_concurrency = 8;
    int m_timeoutMs = 30000;
    int m_wakeUpTimeoutMs = 30 * 60 * 1000;
    int m_next = 0;
    int m_running = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_started = false;
};
