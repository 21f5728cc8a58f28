#include "mqtt/MqttBackoff.h"

#include <QRandomGenerator>
#include <algorithm>

MqttBackoff::MqttBackoff(int initialMs, int capMs, std::function<double()> random)
    : m_initialMs(std::max(1, initialMs))
    , m_capMs(std::max(m_initialMs, capMs))
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] {
            return QRandomGenerator::global()->generateDouble();
        };
}

int MqttBackoff::nextDelayMs()
{
    // initial × 2^attempts, computed without overflow: stop doubling at the cap.
    qint64 step = m_initialMs;
    for (int i = 0; i < m_attempts && step < m_capMs; ++i)
        step *= 2;
    step = std::min<qint64>(step, m_capMs);
    ++m_attempts;
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const qint64 fixed = step / 2;
    const qint64 jitterRange = step - fixed;
    return int(fixed + qint64(r * double(jitterRange)));
}

void MqttBackoff::reset()
{
    m_attempts = 0;
}
