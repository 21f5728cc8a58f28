#include "firmware/FirmwareLibrary.h"

#include "firmware/FirmwareVersion.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <algorithm>
#include <memory>

namespace {

Q_LOGGING_CATEGORY(lcFirmwareLibrary, "fleetdesk.firmware", QtWarningMsg)

// Images bigger than this are refused before they are read (FDFW images are device firmware).
constexpr qint64 MaxImageSize = qint64(512) * 1024 * 1024;

const char ImageColumns[] = "id, model, version, file_name, file_size, file_sha256, "
                            "payload_sha256, signed, signature_verified, external_url, "
                            "imported_at, imported_by";

// Characters kept in a stored file name; everything else becomes '_'.
QString sanitised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                          || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                          || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                          || c == QLatin1Char('.') || c == QLatin1Char('-')
                          || c == QLatin1Char('_');
        out += keep ? c : QLatin1Char('_');
    }
    while (out.startsWith(QLatin1Char('.')))
        out[0] = QLatin1Char('_');
    return out.left(100);
}

bool isEd25519PublicKey(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  &BIO_free);
    if (!bio)
        return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    return key && EVP_PKEY_id(key.get()) == EVP_PKEY_ED25519;
}

// SQLite stores a null QString as NULL; the text columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

} // namespace

FirmwareLibrary::FirmwareLibrary(QSqlDatabase db, QString directory)
    : m_db(std::move(db))
    , m_directory(std::move(directory))
{}

QString FirmwareLibrary::defaultDirectory(const QString &dbPath)
{
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("firmware"));
}

QString FirmwareLibrary::directory() const
{
    return m_directory;
}

FirmwareImageRecord FirmwareLibrary::recordFrom(const QSqlQuery &query) const
{
    FirmwareImageRecord r;
    r.id = query.value(0).toLongLong();
    r.model = query.value(1).toString();
    r.version = query.value(2).toString();
    r.fileName = query.value(3).toString();
    r.fileSize = query.value(4).toLongLong();
    r.fileSha256 = query.value(5).toString();
    r.payloadSha256 = query.value(6).toString();
    r.isSigned = query.value(7).toBool();
    r.signatureVerified = query.value(8).toBool();
    r.externalUrl = query.value(9).toString();
    r.importedAt = QDateTime::fromMSecsSinceEpoch(query.value(10).toLongLong(), Qt::UTC);
    r.importedBy = query.value(11).toString();
    r.filePath = QDir(m_directory).filePath(r.fileName);
    return r;
}

FirmwareLibrary::ImportResult FirmwareLibrary::importFile(const QString &path,
                                                          const QString &expectedModel,
                                                          const QString &actor,
                                                          bool replace)
{
    ImportResult result;
    auto refuse = [&](const QString &why) {
        result.ok = false;
        result.error = why;
        qCDebug(lcFirmwareLibrary) << "import of" << path << "refused:" << why;
        return result;
    };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxImageSize)
        return refuse(tr("the file is larger than %1 MB; this is not a firmware image")
                          .arg(MaxImageSize / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return refuse(tr("cannot read %1: %2").arg(path, file.errorString()));
    file.close();

    // The model decides which key checks the image: the one asked for, else the header's.
    QString model = expectedModel.trimmed();
    if (model.isEmpty()) {
        const FirmwareImage::Check first = FirmwareImage::inspect(bytes, QString());
        if (first.verdict != FirmwareImage::Verdict::Valid)
            return refuse(first.message);
        model = first.header.model;
    }
    const std::optional<ModelKey> key = modelKey(model);
    const QByteArray pem = key ? key->publicKeyPem : QByteArray();
    const bool requireSigned = key && key->requireSigned;
    if (requireSigned && pem.isEmpty())
        return refuse(tr("model %1 requires signed images, but no public key is configured for "
                         "it")
                          .arg(model));
    const FirmwareImage::Check check = FirmwareImage::inspect(bytes, model, pem, requireSigned);
    if (check.verdict != FirmwareImage::Verdict::Valid)
        return refuse(check.message);

    const FirmwareImage::Header &h = check.header;
    FirmwareImageRecord record;
    record.model = h.model;
    record.version = h.version;
    record.fileSize = bytes.size();
    record.fileSha256
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    record.payloadSha256 = QString::fromLatin1(h.payloadSha256.toHex());
    record.isSigned = !h.signature.isEmpty();
    record.signatureVerified = check.signatureVerified;
    record.importedAt
        = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    record.importedBy = actor;

    const std::optional<FirmwareImageRecord> existing = find(h.model, h.version);
    result.alreadyInLibrary = existing && !replace;
    if (existing && !replace)
        return refuse(tr("%1 %2 is already in the library (imported %3); replace it to import "
                         "this file instead")
                          .arg(h.model, h.version, existing->importedAt.toString(Qt::ISODate)));
    if (existing)
        record.externalUrl = existing->externalUrl; // replacing the bytes keeps the mirror URL

    // A file name of its own: "<model>-<version>.fdfw", with a number when two sanitise alike.
    const QString base = sanitised(h.model + QLatin1Char('-') + h.version);
    record.fileName = base + QStringLiteral(".fdfw");
    for (int n = 2;; ++n) {
        QSqlQuery taken(m_db);
        taken.prepare(QStringLiteral("SELECT COUNT(*) FROM firmware_images WHERE file_name = ? "
                                     "AND NOT (model = ? AND version = ?)"));
        taken.addBindValue(record.fileName);
        taken.addBindValue(h.model);
        taken.addBindValue(h.version);
        if (!taken.exec() || !taken.next())
            return refuse(tr("the fleet cache cannot be read: %1").arg(sqlError(taken)));
        if (taken.value(0).toInt() == 0)
            break;
        record.fileName = QStringLiteral("%1-%2.fdfw").arg(base).arg(n);
    }

    if (!QDir().mkpath(m_directory))
        return refuse(tr("cannot create the library directory %1").arg(m_directory));
    record.filePath = QDir(m_directory).filePath(record.fileName);

    // Row and file together: the row is committed only after the file is complete in place
    // (QSaveFile writes a temporary file and renames it; a failure leaves no half file).
    if (!m_db.transaction())
        return refuse(tr("the fleet cache cannot be written: %1").arg(m_db.lastError().text()));
    auto rollback = [&](const QString &why) {
        m_db.rollback();
        return refuse(why);
    };
    if (existing) {
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM firmware_images WHERE id = ?"));
        del.addBindValue(existing->id);
        if (!del.exec())
            return rollback(tr("the fleet cache cannot be written: %1").arg(sqlError(del)));
    }
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO firmware_images (model, version, file_name, file_size, file_sha256, "
        "payload_sha256, signed, signature_verified, external_url, imported_at, imported_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(record.model);
    insert.addBindValue(record.version);
    insert.addBindValue(record.fileName);
    insert.addBindValue(record.fileSize);
    insert.addBindValue(record.fileSha256);
    insert.addBindValue(record.payloadSha256);
    insert.addBindValue(record.isSigned ? 1 : 0);
    insert.addBindValue(record.signatureVerified ? 1 : 0);
    insert.addBindValue(text(record.externalUrl));
    insert.addBindValue(record.importedAt.toMSecsSinceEpoch());
    insert.addBindValue(text(record.importedBy));
    if (!insert.exec())
        return rollback(tr("the fleet cache cannot be written: %1").arg(sqlError(insert)));
    record.id = insert.lastInsertId().toLongLong();

    QSaveFile copy(record.filePath);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size() || !copy.commit())
        return rollback(
            tr("cannot store the copy %1: %2").arg(record.filePath, copy.errorString()));
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        if (!existing || existing->fileName != record.fileName)
            QFile::remove(record.filePath);
        return refuse(tr("the fleet cache cannot be written: %1").arg(why));
    }
    if (existing && existing->fileName != record.fileName)
        QFile::remove(existing->filePath);

    qCDebug(lcFirmwareLibrary) << "imported" << record.model << record.version << "as"
                               << record.filePath;
    result.ok = true;
    result.record = record;
    return result;
}

QVector<FirmwareImageRecord> FirmwareLibrary::list(QString *error) const
{
    QVector<FirmwareImageRecord> records;
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM firmware_images").arg(QLatin1String(ImageColumns)))) {
        if (error)
            *error = tr("the fleet cache cannot be read: %1").arg(sqlError(query));
        return records;
    }
    while (query.next())
        records.append(recordFrom(query));
    std::sort(records.begin(),
              records.end(),
              [](const FirmwareImageRecord &a, const FirmwareImageRecord &b) {
                  if (a.model != b.model)
                      return a.model < b.model;
                  return FirmwareVersion::compare(a.version, b.version) < 0;
              });
    if (error)
        error->clear();
    return records;
}

std::optional<FirmwareImageRecord> FirmwareLibrary::find(const QString &model,
                                                         const QString &version) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM firmware_images WHERE model = ? AND version = ?")
                      .arg(QLatin1String(ImageColumns)));
    query.addBindValue(model);
    query.addBindValue(version);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return recordFrom(query);
}

bool FirmwareLibrary::remove(const QString &model, const QString &version, QString *error)
{
    const std::optional<FirmwareImageRecord> record = find(model, version);
    if (!record) {
        if (error)
            *error = tr("%1 %2 is not in the library").arg(model, version);
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM firmware_images WHERE id = ?"));
    query.addBindValue(record->id);
    if (!query.exec()) {
        if (error)
            *error = tr("the fleet cache cannot be written: %1").arg(sqlError(query));
        return false;
    }
    if (QFile::exists(record->filePath) && !QFile::remove(record->filePath))
        qCWarning(lcFirmwareLibrary) << "cannot delete" << record->filePath;
    return true;
}

bool FirmwareLibrary::setExternalUrl(const QString &model,
                                     const QString &version,
                                     const QString &url,
                                     QString *error)
{
    const QString trimmed = url.trimmed();
    if (!trimmed.isEmpty()) {
        const QUrl parsed(trimmed, QUrl::StrictMode);
        const QString scheme = parsed.scheme().toLower();
        if (!parsed.isValid() || parsed.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")
                && scheme != QLatin1String("coap") && scheme != QLatin1String("coaps"))) {
            if (error)
                *error = tr("\"%1\" is not a download URL (http, https, coap or coaps with a "
                            "host)")
                             .arg(trimmed);
            return false;
        }
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE firmware_images SET external_url = ? WHERE model = ? AND version = ?"));
    query.addBindValue(text(trimmed));
    query.addBindValue(model);
    query.addBindValue(version);
    if (!query.exec()) {
        if (error)
            *error = tr("the fleet cache cannot be written: %1").arg(sqlError(query));
        return false;
    }
    if (query.numRowsAffected() < 1) {
        if (error)
            *error = tr("%1 %2 is not in the library").arg(model, version);
        return false;
    }
    return true;
}

bool FirmwareLibrary::setModelKey(const ModelKey &key, QString *error)
{
    const QString model = key.model.trimmed();
    if (model.isEmpty()) {
        if (error)
            *error = tr("a signing key needs a model");
        return false;
    }
    if (!key.publicKeyPem.isEmpty() && !isEd25519PublicKey(key.publicKeyPem)) {
        if (error)
            *error = tr("this is not an Ed25519 public key in PEM form (as written by "
                        "\"openssl pkey -pubout\")");
        return false;
    }
    if (key.requireSigned && key.publicKeyPem.isEmpty()) {
        if (error)
            *error = tr("requiring signed images needs a public key to check them");
        return false;
    }
    QSqlQuery query(m_db);
    if (key.publicKeyPem.isEmpty() && !key.requireSigned) {
        query.prepare(QStringLiteral("DELETE FROM firmware_keys WHERE model = ?"));
        query.addBindValue(model);
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO firmware_keys (model, public_key_pem, require_signed, updated_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (model) DO UPDATE SET public_key_pem = "
            "excluded.public_key_pem, require_signed = excluded.require_signed, updated_at = "
            "excluded.updated_at"));
        query.addBindValue(model);
        query.addBindValue(QString::fromLatin1(key.publicKeyPem));
        query.addBindValue(key.requireSigned ? 1 : 0);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    }
    if (!query.exec()) {
        if (error)
            *error = tr("the fleet cache cannot be written: %1").arg(sqlError(query));
        return false;
    }
    return true;
}

std::optional<FirmwareLibrary::ModelKey> FirmwareLibrary::modelKey(const QString &model) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT model, public_key_pem, require_signed FROM firmware_keys WHERE model = ?"));
    query.addBindValue(model);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ModelKey{
        query.value(0).toString(), query.value(1).toString().toLatin1(), query.value(2).toBool()};
}

QVector<FirmwareLibrary::ModelKey> FirmwareLibrary::modelKeys() const
{
    QVector<ModelKey> keys;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT model, public_key_pem, require_signed FROM "
                                   "firmware_keys ORDER BY model")))
        return keys;
    while (query.next())
        keys.append(ModelKey{query.value(0).toString(),
                             query.value(1).toString().toLatin1(),
                             query.value(2).toBool()});
    return keys;
}

QHash<QString, int> FirmwareLibrary::devicesPerVersion(const DeviceList &fleet,
                                                       const QString &model)
{
    QHash<QString, int> counts;
    for (const Device &device : fleet) {
        if (device.model != model || device.lifecycle == Lifecycle::Retired
            || device.firmwareVersion.isEmpty())
            continue;
        ++counts[device.firmwareVersion];
    }
    return counts;
}
