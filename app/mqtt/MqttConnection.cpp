#include "mqtt/MqttConnection.h"

QString MqttConnection::errorId(Error error)
{
    switch (error) {
    case Error::None:
        return QStringLiteral("none");
    case Error::InvalidSettings:
        return QStringLiteral("invalid_target");
    case Error::Unreachable:
        return QStringLiteral("unreachable");
    case Error::Tls:
        return QStringLiteral("tls");
    case Error::Auth:
        return QStringLiteral("auth");
    case Error::Refused:
        return QStringLiteral("refused");
    case Error::ConnectionLost:
        return QStringLiteral("connection_lost");
    case Error::Protocol:
        break;
    }
    return QStringLiteral("protocol");
}

QString MqttConnection::stateText(State state)
{
    switch (state) {
    case State::Connecting:
        return tr("Connecting");
    case State::Connected:
        return tr("Connected");
    case State::Reconnecting:
        return tr("Reconnecting");
    case State::Disconnected:
        break;
    }
    return tr("Disconnected");
}
