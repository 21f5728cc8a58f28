#include "security/KeychainSecretStore.h"

#include "common/Logging.h"

#include <qt6keychain/keychain.h>

namespace {

SecretStore::Result resultOf(const QKeychain::Job *job)
{
    SecretStore::Result result;
    result.ok = job->error() == QKeychain::NoError;
    if (!result.ok)
        result.error = job->errorString();
    return result;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : QObject(parent)
{}

void KeychainSecretStore::configure(QKeychain::Job *job)
{
    job->setAutoDelete(true);
    // Never write a secret in plain text to disk, whatever the platform offers.
    job->setInsecureFallback(false);
}

void KeychainSecretStore::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(ServiceName), this);
    configure(job);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        Result result = resultOf(job);
        if (result.ok)
            result.secret = job->binaryData();
        else
            qCWarning(lcSecurity) << "keychain read failed:" << job->key() << result.error;
        done(result);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(ServiceName), this);
    configure(job);
    job->setKey(key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const Result result = resultOf(job);
        if (!result.ok)
            qCWarning(lcSecurity) << "keychain write failed:" << job->key() << result.error;
        done(result);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(QLatin1String(ServiceName), this);
    configure(job);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        Result result = resultOf(job);
        if (job->error() == QKeychain::EntryNotFound)
            result = Result{true, {}, {}};
        done(result);
    });
    job->start();
}
