#include "mqtt/MqttConnectionSettings.h"

#include "mqtt/MqttTlsContext.h"

MqttConnectionSettings MqttConnectionSettings::fromProfile(const ConnectionProfile &profile,
                                                           const QByteArray &secret)
{
    MqttConnectionSettings s;
    s.tls = profile.usesTls();
    s.host = profile.url.host();
    s.port = quint16(profile.url.port(s.tls ? 8883 : 1883));
    s.mqttVersion = profile.mqttVersion;
    s.caFile = profile.caFile;
    s.verifyPeer = profile.verifyPeer;
    s.pinnedSha256 = MqttTlsContext::parseFingerprint(profile.pinnedSha256);
    switch (profile.auth) {
    case ConnectionProfile::Auth::Password:
        s.username = profile.username;
        s.password = secret;
        break;
    case ConnectionProfile::Auth::Psk:
        s.psk = true;
        s.pskIdentity = profile.username;
        s.pskKeyHex = secret.trimmed();
        break;
    case ConnectionProfile::Auth::ClientCertificate:
        s.clientCertFile = profile.clientCertFile;
        s.clientKeyFile = profile.clientKeyFile;
        break;
    case ConnectionProfile::Auth::None:
    case ConnectionProfile::Auth::Bearer:
        break;
    }
    return s;
}

QStringList MqttConnectionSettings::validate() const
{
    QStringList problems;
    if (host.isEmpty())
        problems.append(tr("the broker has no host name"));
    if (port == 0)
        problems.append(tr("the broker has no port"));
    if (mqttVersion != QLatin1String("3.1.1") && mqttVersion != QLatin1String("5"))
        problems.append(tr("MQTT version must be 3.1.1 or 5"));
    if (psk) {
        if (!tls)
            problems.append(tr("TLS-PSK needs an mqtts:// URL"));
        if (pskIdentity.isEmpty())
            problems.append(tr("TLS-PSK needs an identity"));
        if (pskKeyHex.isEmpty() || QByteArray::fromHex(pskKeyHex).toHex() != pskKeyHex.toLower())
            problems.append(tr("the TLS-PSK key must be hexadecimal"));
    }
    if (!password.isEmpty() && username.isEmpty())
        problems.append(tr("a password needs a user name"));
    if (keepAliveSeconds < 5 || keepAliveSeconds > 65535)
        problems.append(tr("the keepalive must be between 5 and 65535 s"));
    if (!will.topic.isEmpty() && (will.qos < 0 || will.qos > 2))
        problems.append(tr("the Last Will QoS must be 0, 1 or 2"));
    return problems;
}
