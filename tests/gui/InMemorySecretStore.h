#pragma once

#include "security/SecretStore.h"

#include <QHash>
#include <QObject>

// A test double for SecretStore: secrets in memory, answers on the next event-loop turn (like the
// real keychain, which answers over D-Bus). Can be told to fail writes.
class InMemorySecretStore : public QObject, public SecretStore
{
    Q_OBJECT

public:
    explicit InMemorySecretStore(QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QByteArray &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;

    QHash<QString, QByteArray> secrets;
    bool failWrites = false;
    int writeCount = 0;
};
