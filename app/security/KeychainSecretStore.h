#pragma once

#include "security/SecretStore.h"

#include <QObject>

namespace QKeychain {
class Job;
}

// Secrets in the OS keychain through QtKeychain (libsecret / Secret Service). The insecure fallback
// (plain text on disk) is never enabled.
class KeychainSecretStore : public QObject, public SecretStore
{
    Q_OBJECT

public:
    static constexpr const char *ServiceName = "FleetDesk";

    explicit KeychainSecretStore(QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;

    // Every job this store starts is configured here (tests assert the fallback stays off).
    static void configure(QKeychain::Job *job);
};
