#include "profiles/SandboxImport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QByteArray readSecretFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SandboxImport::tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll().trimmed();
}

} // namespace

bool SandboxImport::read(const QString &sandboxJsonPath, QVector<Item> *items, QString *error)
{
    QFile file(sandboxJsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(sandboxJsonPath, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (root.isEmpty()) {
        *error = tr("%1 is not a sandbox description: %2")
                     .arg(sandboxJsonPath, parseError.errorString());
        return false;
    }
    if (root.value(QStringLiteral("version")).toInt() != 1) {
        *error = tr("%1 has sandbox schema version %2; this FleetDesk reads version 1.")
                     .arg(sandboxJsonPath,
                          root.value(QStringLiteral("version")).toVariant().toString());
        return false;
    }

    items->clear();
    const QJsonObject mqtt = root.value(QStringLiteral("mqtt")).toObject();
    if (!mqtt.isEmpty()) {
        const QJsonObject admin = mqtt.value(QStringLiteral("admin")).toObject();
        const QString username = admin.value(QStringLiteral("username")).toString();
        const QString passwordFile = admin.value(QStringLiteral("password_file")).toString();
        const QString caFile = mqtt.value(QStringLiteral("ca_file")).toString();
        QByteArray password;
        if (!passwordFile.isEmpty()) {
            password = readSecretFile(passwordFile, error);
            if (password.isEmpty()) {
                if (error->isEmpty())
                    *error = tr("The sandbox admin password file %1 is empty.").arg(passwordFile);
                return false;
            }
        }
        // Three routes to one broker: the window connects only through the TLS one, so the
        // broker's topics and devices appear once.
        auto broker = [&](const QString &name, const QString &urlKey, bool tls) {
            const QString url = mqtt.value(urlKey).toString();
            if (url.isEmpty())
                return;
            ConnectionProfile p;
            p.name = name;
            p.kind = ConnectionProfile::Kind::MqttBroker;
            p.url = QUrl(url);
            p.auth = username.isEmpty() ? ConnectionProfile::Auth::None
                                        : ConnectionProfile::Auth::Password;
            p.username = username;
            if (tls)
                p.caFile = caFile;
            p.connectAtStart = tls;
            items->append({p, p.needsSecret() ? password : QByteArray()});
        };
        broker(QStringLiteral("sandbox-mqtt"), QStringLiteral("tls"), true);
        broker(QStringLiteral("sandbox-mqtt-plain"), QStringLiteral("plain"), false);

        const QString pskUrl = mqtt.value(QStringLiteral("psk")).toString();
        const QString pskIdentity = mqtt.value(QStringLiteral("psk_identity")).toString();
        const QString pskKeyFile = mqtt.value(QStringLiteral("psk_key_file")).toString();
        if (!pskUrl.isEmpty() && !pskIdentity.isEmpty() && !pskKeyFile.isEmpty()) {
            ConnectionProfile p;
            p.name = QStringLiteral("sandbox-mqtt-psk");
            p.connectAtStart = false;
            p.kind = ConnectionProfile::Kind::MqttBroker;
            p.url = QUrl(pskUrl);
            p.auth = ConnectionProfile::Auth::Psk;
            p.username = pskIdentity;
            const QByteArray key = readSecretFile(pskKeyFile, error);
            if (key.isEmpty())
                return false;
            items->append({p, key});
        }
    }

    auto restServer
        = [&](const QString &section, const QString &name, ConnectionProfile::Kind kind) {
              const QString url
                  = root.value(section).toObject().value(QStringLiteral("rest")).toString();
              if (url.isEmpty())
                  return;
              ConnectionProfile p;
              p.name = name;
              p.kind = kind;
              p.url = QUrl(url);
              items->append({p, {}});
          };
    restServer(QStringLiteral("leshan"),
               QStringLiteral("sandbox-leshan"),
               ConnectionProfile::Kind::Lwm2mServer);
    restServer(QStringLiteral("bootstrap"),
               QStringLiteral("sandbox-bootstrap"),
               ConnectionProfile::Kind::Lwm2mBootstrap);

    for (const Item &item : std::as_const(*items)) {
        const QStringList problems = item.profile.validate();
        if (!problems.isEmpty()) {
            *error = tr("The sandbox entry \"%1\" is not usable: %2")
                         .arg(item.profile.name, problems.join(QStringLiteral("; ")));
            return false;
        }
    }
    if (items->isEmpty()) {
        *error = tr("%1 describes no server.").arg(sandboxJsonPath);
        return false;
    }
    return true;
}
