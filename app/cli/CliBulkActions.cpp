#include "CliBulkActions.h"

#include "bulk/Lwm2mBulkActions.h"
#include "bulk/MqttBulkActions.h"
#include "lwm2m/LeshanRestClient.h"
#include "lwm2m/Lwm2mReply.h"
#include "profiles/ProfileStore.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

CliBulkActions::CliBulkActions(ReadSecret readSecret, int timeoutSeconds)
    : m_readSecret(std::move(readSecret))
    , m_timeoutSeconds(timeoutSeconds)
{}

CliBulkActions::~CliBulkActions() = default;

bool CliBulkActions::prepare(const ProfileStore &profiles,
                             const DeviceList &devices,
                             QString *error)
{
    for (const Device &d : devices) {
        if (d.binding.protocol == Protocol::Mqtt)
            m_mqttDevices.insert(d.id);
        if (d.binding.protocol == Protocol::None || m_clients.count(d.binding.profile)
            || m_brokers.has(d.binding.profile))
            continue;
        const ProfileStore::Entry *entry = profiles.find(d.binding.profile);
        if (!entry || !entry->isValid())
            continue; // reported per device
        QByteArray secret;
        if (entry->profile.needsSecret()
            && !m_readSecret(entry->profile.secretKey(), &secret, error))
            return false;
        if (d.binding.protocol == Protocol::Mqtt) {
            if (entry->profile.kind == ConnectionProfile::Kind::MqttBroker)
                m_brokers.add(entry->profile, secret);
            continue;
        }
        auto client = std::make_unique<LeshanRestClient>();
        client->setProfile(entry->profile, secret);
        m_clients[d.binding.profile] = std::move(client);
    }
    return true;
}

BulkRun::Action CliBulkActions::action(const QString &operationId)
{
    const QString path = Lwm2mBulkActions::executePath(operationId);
    if (path.isEmpty() && MqttBulkActions::commandOp(operationId).isEmpty())
        return {};
    const int timeout = m_timeoutSeconds;
    const BulkRun::Action mqttAction = MqttBulkActions::action(
        [this](const QString &profile) { return m_brokers.client(profile); },
        operationId,
        {},
        timeout * 1000);
    return [this, mqttAction, path, operationId, timeout](const BulkRun::Target &target,
                                                          const BulkRun::Done &done) {
        if (m_mqttDevices.contains(target.deviceId)) {
            if (mqttAction)
                mqttAction(target, done);
            else
                done(BulkRun::Outcome::Failed,
                     tr("%1 is not available over MQTT").arg(operationId));
            return;
        }
        const auto it = m_clients.find(target.profile);
        if (target.key.isEmpty() || it == m_clients.end() || path.isEmpty()) {
            done(BulkRun::Outcome::Failed,
                 path.isEmpty() ? tr("%1 is not available over LwM2M").arg(operationId)
                                : tr("the device is not bound to a usable LwM2M server profile"));
            return;
        }
        Lwm2mReply *reply = it->second->execute(target.key, path, QString(), timeout);
        QObject::connect(
            reply, &Lwm2mReply::finished, reply, [reply, done](const Lwm2mResponse &r) {
                Lwm2mBulkActions::report(r, done);
                reply->deleteLater();
            });
    };
}

QHash<QString, QString>
CliBulkActions::unreachable(const ProfileStore &profiles, const QSet<QString> &names, int timeoutMs)
{
    QHash<QString, QString> result;
    QNetworkAccessManager network;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QEventLoop loop;
    QSet<QString> answered;
    int pending = 0;
    auto finishOne = [&] {
        if (--pending == 0)
            loop.quit();
    };
    for (const QString &name : names) {
        const ProfileStore::Entry *entry = profiles.find(name);
        if (!entry || !entry->isValid())
            continue;
        const ConnectionProfile &p = entry->profile;
        ++pending;
        if (p.kind == ConnectionProfile::Kind::MqttBroker) {
            auto socket = std::make_unique<QTcpSocket>();
            QTcpSocket *s = socket.get();
            QObject::connect(s, &QTcpSocket::connected, &loop, [&, s, name] {
                answered.insert(name);
                s->abort();
                finishOne();
            });
            QObject::connect(s, &QTcpSocket::errorOccurred, &loop, [&, s, name] {
                if (!answered.contains(name) && !result.contains(name)) {
                    result.insert(name, s->errorString());
                    finishOne();
                }
            });
            s->connectToHost(p.url.host(), quint16(p.url.port(p.usesTls() ? 8883 : 1883)));
            sockets.push_back(std::move(socket));
            continue;
        }
        QUrl url = p.url;
        url.setPath(url.path().remove(QRegularExpression(QStringLiteral("/+$")))
                    + QStringLiteral("/api/clients"));
        QNetworkRequest request(url);
        request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = network.get(request);
        // Any answer (even 401 or a certificate complaint) means the server is there.
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, name] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() == QNetworkReply::NoError || status != 0
                || reply->error() == QNetworkReply::SslHandshakeFailedError)
                answered.insert(name);
            else
                result.insert(name, reply->errorString());
            finishOne();
        });
    }
    if (pending > 0) {
        QTimer::singleShot(timeoutMs, &loop, [&] {
            for (const QString &name : names) {
                if (profiles.find(name) && !result.contains(name) && !answered.contains(name))
                    result.insert(name, tr("no answer within %1 s").arg(timeoutMs / 1000));
            }
            loop.quit();
        });
        loop.exec();
    }
    return result;
}
