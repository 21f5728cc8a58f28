#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

// A broker or LwM2M server FleetDesk connects to. Secrets are never stored here: the profile names
// a keychain entry (secretKey()) instead.
struct ConnectionProfile
{
    enum class Kind { MqttBroker, Lwm2mServer, Lwm2mBootstrap };
    enum class Auth { None, Password, Bearer, Psk, ClientCertificate };

    QString name;
    Kind kind = Kind::MqttBroker;
    QUrl url; // mqtt://, mqtts://, http://, https://
    Auth auth = Auth::None;
    QString username;       // Password auth; PSK identity for Psk
    QString caFile;         // empty = system trust store
    bool verifyPeer = true; // certificate verification: on unless the user turns it off explicitly
    QString clientCertFile;
    QString clientKeyFile;
    QString pinnedSha256; // SHA-256 of the server certificate (64 hex digits), pinned by the user
    QString mqttVersion = QStringLiteral("3.1.1"); // "3.1.1" or "5"
    // The window connects to it when it starts (and when the profile is saved). Off for a profile
    // kept for occasional use, e.g. a second route to a broker already connected.
    bool connectAtStart = true;

    bool usesTls() const;
    bool needsSecret() const { return auth != Auth::None && auth != Auth::ClientCertificate; }
    QString secretKey() const; // keychain entry name

    QStringList validate() const; // problems, translated; empty = valid

    QJsonObject toJson() const;
    // Reads what it can; problems that make the profile unusable are returned by validate().
    static ConnectionProfile fromJson(const QJsonObject &object, QStringList *problems);

    static QString kindId(Kind kind);
    static bool kindFromId(const QString &id, Kind *kind);
    static QString authId(Auth auth);
    static bool authFromId(const QString &id, Auth *auth);
};

class ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(ProfileText)

public:
    static QString kindName(ConnectionProfile::Kind kind);
    static QString authName(ConnectionProfile::Auth auth);
};
