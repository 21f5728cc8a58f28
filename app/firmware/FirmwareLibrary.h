#pragma once

#include "firmware/FirmwareImage.h"
#include "fleet/Device.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

class QSqlQuery;

// One image of the firmware library (fleet cache schema 5, table firmware_images).
struct FirmwareImageRecord
{
    qint64 id = 0;
    QString model;
    QString version;
    QString fileName;    // inside the library directory: "<model>-<version>.fdfw" (sanitised)
    qint64 fileSize = 0; // the whole FDFW file
    QString fileSha256;  // of the whole file, lower-case hex (what MQTT devices are told)
    QString payloadSha256;
    bool isSigned = false;
    bool signatureVerified = false; // verified against the model's key at import
    QString externalUrl;            // where devices download it instead of FleetDesk's server
    QDateTime importedAt;           // UTC
    QString importedBy;
    QString filePath; // absolute path of the stored copy (filled by the library)
};

// The firmware library (docs/firmware-library.md): FDFW images per model and version, checked on
// import (header, SHA-256, signature against the model's public key; a model that requires signed
// images refuses unsigned and badly signed ones), stored as copies in a directory next to the
// fleet cache, listed with the devices that run each version.
class FirmwareLibrary
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareLibrary)

public:
    // directory: where copies are kept (created on the first import).
    FirmwareLibrary(QSqlDatabase db, QString directory);

    // "<directory of dbPath>/firmware".
    static QString defaultDirectory(const QString &dbPath);
    QString directory() const;

    struct ImportResult
    {
        bool ok = false;
        FirmwareImageRecord record;
        QString error; // why it was refused, in words (the FDFW check's message, model, signing)
        bool alreadyInLibrary = false; // refused only because model+version exist (replace?)
    };
    // expectedModel empty = the header's model. replace: an image of the same model and version
    // is replaced (else refused with "already in the library").
    ImportResult importFile(const QString &path,
                            const QString &expectedModel,
                            const QString &actor,
                            bool replace = false);

    QVector<FirmwareImageRecord> list(QString *error = nullptr) const; // model, then version order
    std::optional<FirmwareImageRecord> find(const QString &model, const QString &version) const;
    bool remove(const QString &model, const QString &version, QString *error = nullptr);
    bool setExternalUrl(const QString &model,
                        const QString &version,
                        const QString &url,
                        QString *error = nullptr);

    struct ModelKey
    {
        QString model;
        QByteArray publicKeyPem; // Ed25519 SubjectPublicKeyInfo PEM; empty = none
        bool requireSigned = false;
    };
    // The key is checked to be an Ed25519 public key before it is stored.
    bool setModelKey(const ModelKey &key, QString *error = nullptr);
    std::optional<ModelKey> modelKey(const QString &model) const;
    QVector<ModelKey> modelKeys() const;

    // How many devices of the fleet run each version of a model (for the library's view).
    static QHash<QString, int> devicesPerVersion(const DeviceList &fleet, const QString &model);

private:
    FirmwareImageRecord recordFrom(const QSqlQuery &query) const;

    QSqlDatabase m_db;
    QString m_directory;
};
