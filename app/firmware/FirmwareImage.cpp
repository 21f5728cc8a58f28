#include "firmware/FirmwareImage.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace {

constexpr int PreambleSize = 4 + 2 + 4;
constexpr quint32 MaxHeaderSize = 64 * 1024;

bool verifyEd25519(const QByteArray &publicKeyPem,
                   const QByteArray &message,
                   const QByteArray &signature,
                   QString *problem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(publicKeyPem.constData(), int(publicKeyPem.size())), &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr, &EVP_PKEY_free);
    if (!key || EVP_PKEY_id(key.get()) != EVP_PKEY_ED25519) {
        *problem = FirmwareImage::tr("the configured public key is not an Ed25519 key in PEM form");
        return false;
    }
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1) {
        *problem = FirmwareImage::tr("the signature cannot be checked (OpenSSL)");
        return false;
    }
    const int ok = EVP_DigestVerify(ctx.get(),
                                    reinterpret_cast<const unsigned char *>(signature.constData()),
                                    size_t(signature.size()),
                                    reinterpret_cast<const unsigned char *>(message.constData()),
                                    size_t(message.size()));
    if (ok != 1) {
        *problem = FirmwareImage::tr("the signature does not match the image");
        return false;
    }
    return true;
}

} // namespace

int FirmwareImage::Check::lwm2mUpdateResult() const
{
    switch (verdict) {
    case Verdict::Valid:
        return 0;
    case Verdict::IntegrityFailure:
        return 5;
    case Verdict::UnsupportedPackage:
        break;
    }
    return 6;
}

QByteArray FirmwareImage::signedMessage(const Header &header)
{
    return QByteArrayLiteral("FDFW-SIG-1\n") + header.model.toUtf8() + '\n'
           + header.version.toUtf8() + '\n' + header.payloadSha256.toHex();
}

FirmwareImage::Check FirmwareImage::inspect(const QByteArray &image,
                                            const QString &expectedModel,
                                            const QByteArray &publicKeyPem,
                                            bool requireSignature)
{
    Check check;
    auto fail = [&](Verdict verdict, const QString &message) {
        check.verdict = verdict;
        check.message = message;
        return check;
    };

    if (image.size() < 4 || !image.startsWith("FDFW"))
        return fail(Verdict::UnsupportedPackage,
                    tr("not a FleetDesk firmware image (no FDFW mark)"));
    if (image.size() < PreambleSize)
        return fail(Verdict::IntegrityFailure, tr("the image is truncated (no header)"));
    const auto *bytes = reinterpret_cast<const uchar *>(image.constData());
    const quint16 format = qFromBigEndian<quint16>(bytes + 4);
    if (format != FormatVersion)
        return fail(Verdict::UnsupportedPackage,
                    tr("image format version %1 is not supported (this FleetDesk reads %2)")
                        .arg(format)
                        .arg(FormatVersion));
    const quint32 headerLength = qFromBigEndian<quint32>(bytes + 6);
    if (headerLength > MaxHeaderSize)
        return fail(Verdict::UnsupportedPackage, tr("the image header is implausibly large"));
    if (qint64(PreambleSize) + headerLength > image.size())
        return fail(Verdict::IntegrityFailure, tr("the image is truncated inside its header"));

    QJsonParseError parseError;
    const QJsonDocument doc
        = QJsonDocument::fromJson(image.mid(PreambleSize, int(headerLength)), &parseError);
    if (!doc.isObject())
        return fail(Verdict::UnsupportedPackage,
                    tr("the image header is not JSON: %1").arg(parseError.errorString()));
    const QJsonObject json = doc.object();
    Header &h = check.header;
    h.model = json.value(QStringLiteral("model")).toString();
    h.version = json.value(QStringLiteral("version")).toString();
    h.payloadSize = json.value(QStringLiteral("payload_size")).toInteger(-1);
    h.payloadSha256
        = QByteArray::fromHex(json.value(QStringLiteral("payload_sha256")).toString().toLatin1());
    h.signatureAlgorithm = json.value(QStringLiteral("sig_alg")).toString();
    h.signature = QByteArray::fromBase64(json.value(QStringLiteral("sig")).toString().toLatin1());
    h.headerEnd = PreambleSize + int(headerLength);
    if (h.model.isEmpty() || h.version.isEmpty() || h.payloadSize < 0
        || h.payloadSha256.size() != 32)
        return fail(Verdict::UnsupportedPackage,
                    tr("the image header lacks model, version, payload_size or payload_sha256"));

    if (!expectedModel.isEmpty() && h.model != expectedModel)
        return fail(Verdict::UnsupportedPackage,
                    tr("the image is for model %1, not %2").arg(h.model, expectedModel));

    const QByteArray payload = image.mid(h.headerEnd);
    if (payload.size() != h.payloadSize)
        return fail(Verdict::IntegrityFailure,
                    tr("the payload has %1 bytes; the header announces %2")
                        .arg(payload.size())
                        .arg(h.payloadSize));
    if (QCryptographicHash::hash(payload, QCryptographicHash::Sha256) != h.payloadSha256)
        return fail(Verdict::IntegrityFailure,
                    tr("the payload's SHA-256 does not match the header"));

    const bool signedImage = !h.signature.isEmpty();
    if (!signedImage && requireSignature)
        return fail(Verdict::IntegrityFailure,
                    tr("the image is not signed, and this model requires "
                       "signed images"));
    if (signedImage && !publicKeyPem.isEmpty()) {
        if (h.signatureAlgorithm.compare(QLatin1String("ed25519"), Qt::CaseInsensitive) != 0)
            return fail(
                Verdict::IntegrityFailure,
                tr("signature algorithm \"%1\" is not supported").arg(h.signatureAlgorithm));
        QString problem;
        if (!verifyEd25519(publicKeyPem, signedMessage(h), h.signature, &problem))
            return fail(Verdict::IntegrityFailure, problem);
        check.signatureVerified = true;
    } else if (signedImage && requireSignature) {
        return fail(Verdict::IntegrityFailure,
                    tr("no public key is configured to check the signature"));
    }
    check.verdict = Verdict::Valid;
    return check;
}
