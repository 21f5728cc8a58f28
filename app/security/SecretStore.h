#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

// Where secrets live: the OS keychain in the application, a controlled store in tests that need
// one. Asynchronous: the keychain answers over D-Bus and the GUI thread never waits for it.
class SecretStore
{
public:
    struct Result
    {
        bool ok = false;
        QByteArray secret;
        QString error;
    };
    using Callback = std::function<void(const Result &)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QByteArray &secret, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
};
