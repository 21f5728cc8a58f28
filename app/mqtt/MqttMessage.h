#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QVector>

// The MQTT 5 properties FleetDesk sends and shows. With MQTT 3.1.1 they are not sent.
struct MqttProperties
{
    QString contentType;
    QString responseTopic;
    QByteArray correlationData;
    QVector<QPair<QString, QString>> userProperties;

    bool isEmpty() const
    {
        return contentType.isEmpty() && responseTopic.isEmpty() && correlationData.isEmpty()
               && userProperties.isEmpty();
    }
};

// One application message, received or to publish.
struct MqttMessage
{
    QString topic;
    QByteArray payload;
    int qos = 0;
    bool retain = false;
    MqttProperties properties;
};

Q_DECLARE_METATYPE(MqttMessage)
