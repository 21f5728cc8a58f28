#include "bulk/BulkRun.h"

#include "provisioning/CsvReader.h"

#include <QTimer>

BulkRun::BulkRun(QString operation, QVector<Target> targets, Action action, QObject *parent)
    : QObject(parent)
    , m_operation(std::move(operation))
    , m_action(std::move(action))
{
    m_results.reserve(targets.size());
    for (Target &target : targets)
        m_results.append(Result{std::move(target), Outcome::Pending, {}, {}, {}});
    m_attempts.fill(0, m_results.size());
}

void BulkRun::start()
{
    if (m_started)
        return;
    m_started = true;
    emit progress(0, total());
    // Start from the event loop, so callers can connect to every signal first.
    QTimer::singleShot(0, this, &BulkRun::pump);
}

void BulkRun::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    for (int i = m_next; i < m_results.size(); ++i) {
        if (m_results[i].outcome == Outcome::Pending) {
            m_results[i].outcome = Outcome::Cancelled;
            m_results[i].reason = tr("cancelled before it started");
            emit resultChanged(i);
        }
    }
    m_next = int(m_results.size());
    pump();
}

int BulkRun::count(Outcome outcome) const
{
    int n = 0;
    for (const Result &r : m_results)
        n += r.outcome == outcome ? 1 : 0;
    return n;
}

int BulkRun::finishedCount() const
{
    return total() - count(Outcome::Pending) - count(Outcome::Running)
           - count(Outcome::WaitingForWakeUp);
}

int BulkRun::exitCode() const
{
    const int ok = count(Outcome::Succeeded);
    if (ok == total())
        return 0;
    return ok > 0 ? 3 : 1;
}

void BulkRun::pump()
{
    while (!m_cancelled && m_running < m_concurrency && m_next < m_results.size()) {
        const int index = m_next++;
        Result &result = m_results[index];
        result.outcome = Outcome::Running;
        result.started = QDateTime::currentDateTimeUtc();
        const quint64 attempt = ++m_attempts[index];
        ++m_running;
        emit resultChanged(index);
        QTimer::singleShot(m_timeoutMs, this, [this, index, attempt] {
            if (m_attempts[index] == attempt && m_results[index].outcome == Outcome::Running)
                complete(index,
                         Outcome::TimedOut,
                         tr("no answer within %1 s").arg(m_timeoutMs / 1000),
                         attempt);
        });
        m_action(result.target, [this, index, attempt](Outcome outcome, const QString &reason) {
            // Delivered on this object's thread, whatever thread the action answers from.
            QMetaObject::invokeMethod(
                this,
                [this, index, attempt, outcome, reason] {
                    complete(index, outcome, reason, attempt);
                },
                Qt::QueuedConnection);
        });
    }
    if (!m_finished && m_running == 0 && m_next >= m_results.size()
        && count(Outcome::WaitingForWakeUp) == 0) {
        m_finished = true;
        emit progress(finishedCount(), total());
        emit finished();
    }
}

void BulkRun::complete(int index, Outcome outcome, const QString &reason, quint64 attempt)
{
    if (m_attempts.value(index) != attempt)
        return;
    Result &result = m_results[index];
    const Outcome previous = result.outcome;
    if (previous != Outcome::Running && previous != Outcome::WaitingForWakeUp)
        return; // already final (e.g. timed out, and the answer came late)
    if (outcome == Outcome::Pending || outcome == Outcome::Running)
        return;

    result.outcome = outcome;
    result.reason = reason;
    if (outcome == Outcome::WaitingForWakeUp) {
        // The device sleeps: free the slot, and wait for it up to the wake-up timeout.
        if (previous == Outcome::Running)
            --m_running;
        QTimer::singleShot(m_wakeUpTimeoutMs, this, [this, index, attempt] {
            if (m_attempts[index] == attempt
                && m_results[index].outcome == Outcome::WaitingForWakeUp)
                complete(
                    index, Outcome::TimedOut, tr("the device did not wake up in time"), attempt);
        });
    } else {
        result.finished = QDateTime::currentDateTimeUtc();
        if (previous == Outcome::Running)
            --m_running;
    }
    emit resultChanged(index);
    emit progress(finishedCount(), total());
    pump();
}

QString BulkRun::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Running:
        return QStringLiteral("running");
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::TimedOut:
        return QStringLiteral("timed_out");
    case Outcome::WaitingForWakeUp:
        return QStringLiteral("waiting_for_wake_up");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString BulkRun::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return tr("pending");
    case Outcome::Running:
        return tr("running");
    case Outcome::Succeeded:
        return tr("succeeded");
    case Outcome::Failed:
        return tr("failed");
    case Outcome::TimedOut:
        return tr("timed out");
    case Outcome::WaitingForWakeUp:
        return tr("waiting for wake-up");
    case Outcome::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString BulkRun::toCsv() const
{
    QString csv = QStringLiteral("device_id,name,endpoint,outcome,reason,started,finished\n");
    for (const Result &r : m_results) {
        const QStringList fields = {
            r.target.deviceId.toString(QUuid::WithoutBraces),
            r.target.name,
            r.target.key,
            outcomeId(r.outcome),
            r.reason,
            r.started.isValid() ? r.started.toString(Qt::ISODateWithMs) : QString(),
            r.finished.isValid() ? r.finished.toString(Qt::ISODateWithMs) : QString(),
        };
        QStringList escaped;
        for (const QString &f : fields)
            escaped.append(CsvReader::escape(f));
        csv += escaped.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}
