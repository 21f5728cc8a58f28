#include "profiles/ConnectionProfile.h"

#include <QFileInfo>

namespace {
const QString KeyName = QStringLiteral("name");
const QString KeyKind = QStringLiteral("kind");
const QString KeyUrl = QStringLiteral("url");
const QString KeyAuth = QStringLiteral("auth");
const QString KeyUsername = QStringLiteral("username");
const QString KeyTls = QStringLiteral("tls");
const QString KeyCaFile = QStringLiteral("ca_file");
const QString KeyVerify = QStringLiteral("verify_peer");
const QString KeyClientCert = QStringLiteral("client_cert_file");
const QString KeyClientKey = QStringLiteral("client_key_file");
const QString KeyPinnedSha256 = QStringLiteral("pinned_sha256");
const QString KeyMqttVersion = QStringLiteral("mqtt_version");
const QString KeyConnectAtStart = QStringLiteral("connect_at_start");
} // namespace

bool ConnectionProfile::usesTls() const
{
    return url.scheme() == QLatin1String("mqtts") || url.scheme() == QLatin1String("https");
}

QString ConnectionProfile::secretKey() const
{
    return QStringLiteral("profile/%1/%2").arg(kindId(kind), name);
}

QStringList ConnectionProfile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems.append(ProfileText::tr("the profile has no name"));
    else if (name.trimmed() != name || name.contains(QLatin1Char('/')))
        problems.append(ProfileText::tr("the name must not contain \"/\" or surrounding spaces"));

    const QString scheme = url.scheme();
    const bool mqtt = kind == Kind::MqttBroker;
    if (!url.isValid() || url.host().isEmpty()) {
        problems.append(
            ProfileText::tr("the URL \"%1\" is not a valid server address").arg(url.toString()));
    } else if (mqtt && scheme != QLatin1String("mqtt") && scheme != QLatin1String("mqtts")) {
        problems.append(ProfileText::tr("a broker URL starts with mqtt:// or mqtts://"));
    } else if (!mqtt && scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        problems.append(ProfileText::tr("an LwM2M server URL starts with http:// or https:// "
                                        "(its REST API)"));
    }

    switch (auth) {
    case Auth::Password:
        if (username.isEmpty())
            problems.append(ProfileText::tr("password authentication needs a user name"));
        break;
    case Auth::Psk:
        if (!mqtt)
            problems.append(ProfileText::tr("TLS-PSK is only offered for brokers"));
        if (username.isEmpty())
            problems.append(ProfileText::tr("TLS-PSK needs an identity"));
        if (scheme != QLatin1String("mqtts"))
            problems.append(ProfileText::tr("TLS-PSK needs an mqtts:// URL"));
        break;
    case Auth::ClientCertificate:
        if (clientCertFile.isEmpty() || clientKeyFile.isEmpty())
            problems.append(ProfileText::tr("client-certificate authentication needs a "
                                            "certificate file and a key file"));
        if (!usesTls())
            problems.append(ProfileText::tr("client certificates need mqtts:// or https://"));
        break;
    case Auth::Bearer:
        if (mqtt)
            problems.append(ProfileText::tr("bearer tokens are only offered for LwM2M servers"));
        break;
    case Auth::None:
        break;
    }
    if (!pinnedSha256.isEmpty()) {
        QString hex = pinnedSha256;
        hex.remove(QLatin1Char(':'));
        bool hexOnly = hex.size() == 64;
        for (const QChar c : std::as_const(hex))
            hexOnly = hexOnly && QByteArrayView("0123456789abcdefABCDEF").contains(c.toLatin1());
        if (!hexOnly)
            problems.append(ProfileText::tr("the pinned fingerprint must be a SHA-256 "
                                            "fingerprint (64 hexadecimal digits)"));
        if (!usesTls())
            problems.append(ProfileText::tr("a pinned fingerprint needs mqtts:// or https://"));
    }
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        problems.append(ProfileText::tr("the CA file %1 cannot be read").arg(caFile));
    if (mqtt && mqttVersion != QLatin1String("3.1.1") && mqttVersion != QLatin1String("5"))
        problems.append(ProfileText::tr("MQTT version must be 3.1.1 or 5"));
    return problems;
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject tls;
    if (!caFile.isEmpty())
        tls.insert(KeyCaFile, caFile);
    tls.insert(KeyVerify, verifyPeer);
    if (!clientCertFile.isEmpty())
        tls.insert(KeyClientCert, clientCertFile);
    if (!clientKeyFile.isEmpty())
        tls.insert(KeyClientKey, clientKeyFile);
    if (!pinnedSha256.isEmpty())
        tls.insert(KeyPinnedSha256, pinnedSha256);

    QJsonObject o;
    o.insert(KeyName, name);
    o.insert(KeyKind, kindId(kind));
    o.insert(KeyUrl, url.toString());
    o.insert(KeyAuth, authId(auth));
    if (!username.isEmpty())
        o.insert(KeyUsername, username);
    o.insert(KeyTls, tls);
    if (kind == Kind::MqttBroker)
        o.insert(KeyMqttVersion, mqttVersion);
    if (!connectAtStart)
        o.insert(KeyConnectAtStart, false);
    return o;
}

ConnectionProfile ConnectionProfile::fromJson(const QJsonObject &o, QStringList *problems)
{
    ConnectionProfile p;
    p.name = o.value(KeyName).toString();
    if (!kindFromId(o.value(KeyKind).toString(), &p.kind) && problems)
        problems->append(ProfileText::tr("unknown kind \"%1\"").arg(o.value(KeyKind).toString()));
    p.url = QUrl(o.value(KeyUrl).toString(), QUrl::StrictMode);
    if (o.contains(KeyAuth) && !authFromId(o.value(KeyAuth).toString(), &p.auth) && problems)
        problems->append(
            ProfileText::tr("unknown authentication \"%1\"").arg(o.value(KeyAuth).toString()));
    p.username = o.value(KeyUsername).toString();
    const QJsonObject tls = o.value(KeyTls).toObject();
    p.caFile = tls.value(KeyCaFile).toString();
    p.verifyPeer = tls.value(KeyVerify).toBool(true);
    p.clientCertFile = tls.value(KeyClientCert).toString();
    p.clientKeyFile = tls.value(KeyClientKey).toString();
    p.pinnedSha256 = tls.value(KeyPinnedSha256).toString();
    p.mqttVersion = o.value(KeyMqttVersion).toString(QStringLiteral("3.1.1"));
    p.connectAtStart = o.value(KeyConnectAtStart).toBool(true);
    return p;
}

QString ConnectionProfile::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Lwm2mServer:
        return QStringLiteral("lwm2m");
    case Kind::Lwm2mBootstrap:
        return QStringLiteral("bootstrap");
    case Kind::MqttBroker:
        break;
    }
    return QStringLiteral("mqtt");
}

bool ConnectionProfile::kindFromId(const QString &id, Kind *kind)
{
    for (Kind k : {Kind::MqttBroker, Kind::Lwm2mServer, Kind::Lwm2mBootstrap}) {
        if (kindId(k) == id) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString ConnectionProfile::authId(Auth auth)
{
    switch (auth) {
    case Auth::Password:
        return QStringLiteral("password");
    case Auth::Bearer:
        return QStringLiteral("bearer");
    case Auth::Psk:
        return QStringLiteral("psk");
    case Auth::ClientCertificate:
        return QStringLiteral("certificate");
    case Auth::None:
        break;
    }
    return QStringLiteral("none");
}

bool ConnectionProfile::authFromId(const QString &id, Auth *auth)
{
    for (Auth a : {Auth::None, Auth::Password, Auth::Bearer, Auth::Psk, Auth::ClientCertificate}) {
        if (authId(a) == id) {
            *auth = a;
            return true;
        }
    }
    return false;
}

QString ProfileText::kindName(ConnectionProfile::Kind kind)
{
    switch (kind) {
    case ConnectionProfile::Kind::Lwm2mServer:
        return tr("LwM2M server");
    case ConnectionProfile::Kind::Lwm2mBootstrap:
        return tr("LwM2M bootstrap server");
    case ConnectionProfile::Kind::MqttBroker:
        break;
    }
    return tr("MQTT broker");
}

QString ProfileText::authName(ConnectionProfile::Auth auth)
{
    switch (auth) {
    case ConnectionProfile::Auth::Password:
        return tr("User name and password");
    case ConnectionProfile::Auth::Bearer:
        return tr("Bearer token");
    case ConnectionProfile::Auth::Psk:
        return tr("TLS pre-shared key");
    case ConnectionProfile::Auth::ClientCertificate:
        return tr("Client certificate");
    case ConnectionProfile::Auth::None:
        break;
    }
    return tr("None");
}
