#pragma once

#include "profiles/ConnectionProfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Everything one broker connection needs, resolved from a profile (or a bare URL) and its secret.
struct MqttConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(MqttConnectionSettings)

public:
    struct Will
    {
        QString topic; // empty = no Last Will
        QByteArray payload;
        int qos = 0;
        bool retain = false;
    };

    QString host;
    quint16 port = 1883;
    bool tls = false;
    QString mqttVersion
        = QStringLiteral("3.1.1"); // "3.1.1" or "5"; libmosquitto's default 3.1 is never used
    QString clientId;              // empty = generated (fleetdesk-<random>)
    bool cleanSession = true;      // false = persistent session
    int keepAliveSeconds = 30;

    QString username;    // password authentication
    QByteArray password; // from the keychain or stdin; never logged
    bool psk = false;    // TLS-PSK: identity = pskIdentity, key = pskKeyHex
    QString pskIdentity;
    QByteArray pskKeyHex;

    QString caFile; // empty = system trust store
    bool verifyPeer = true;
    QByteArray pinnedSha256; // 32 bytes or empty
    QString clientCertFile;
    QString clientKeyFile;

    Will will;

    // A broker profile and its secret (password, or the PSK key as hex).
    static MqttConnectionSettings fromProfile(const ConnectionProfile &profile,
                                              const QByteArray &secret);
    QStringList validate() const; // translated problems; empty = usable
    bool isMqtt5() const { return mqttVersion == QLatin1String("5"); }
};
