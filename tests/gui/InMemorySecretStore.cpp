#include "InMemorySecretStore.h"

#include <QTimer>

InMemorySecretStore::InMemorySecretStore(QObject *parent)
    : QObject(parent)
{}

void InMemorySecretStore::read(const QString &key, Callback done)
{
    Result result;
    result.ok = secrets.contains(key);
    result.secret = secrets.value(key);
    if (!result.ok)
        result.error = QStringLiteral("no such entry");
    QTimer::singleShot(0, this, [done, result] { done(result); });
}

void InMemorySecretStore::write(const QString &key, const QByteArray &secret, Callback done)
{
    ++writeCount;
    Result result;
    if (failWrites) {
        result.error = QStringLiteral("the keychain is locked");
    } else {
        secrets.insert(key, secret);
        result.ok = true;
    }
    QTimer::singleShot(0, this, [done, result] { done(result); });
}

void InMemorySecretStore::remove(const QString &key, Callback done)
{
    Result result;
    result.ok = secrets.remove(key) > 0;
    QTimer::singleShot(0, this, [done, result] { done(result); });
}
