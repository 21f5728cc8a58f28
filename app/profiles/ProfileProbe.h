#pragma once

#include "profiles/ConnectionProfile.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QSslSocket;

// "Test connection": can FleetDesk reach the server behind a profile, and does its certificate
// verify? Sends no credential: it stops after the TLS handshake (brokers) or an anonymous GET
// (LwM2M REST).
class ProfileProbe : public QObject
{
    Q_OBJECT

public:
    explicit ProfileProbe(QObject *parent = nullptr);

    void start(const ConnectionProfile &profile, int timeoutMs = 30000);

signals:
    void finished(bool ok, const QString &message);

private:
    void probeHttp(const ConnectionProfile &profile, int timeoutMs);
    void probeSocket(const ConnectionProfile &profile, int timeoutMs);
    void finish(bool ok, const QString &message);

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QSslSocket> m_socket;
    bool m_done = false;
};
