#pragma once

#include <functional>

// Delays between reconnect attempts: exponential (initial, 2×, 4×, …) up to a cap, with "equal
// jitter" — half of the step is fixed, the other half random — so many consoles that lost the same
// broker do not come back in lock step. reset() after a successful connection.
class MqttBackoff
{
public:
    // random() returns a number in [0, 1); injectable for tests.
    explicit MqttBackoff(int initialMs = 500,
                         int capMs = 30000,
                         std::function<double()> random = {});

    int nextDelayMs(); // the delay before the next attempt; counts the attempt
    void reset();
    int attempts() const { return m_attempts; }
    int capMs() const { return m_capMs; }

private:
    int m_initialMs;
    int m_capMs;
    int m_attempts = 0;
    std::function<double()> m_random;
};
