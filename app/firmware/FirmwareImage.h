#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A firmware image in FleetDesk's format (docs/firmware-image.md): "FDFW", u16 format version,
// u32 header length (big-endian), a UTF-8 JSON header, then the payload. Shared with the simulator;
// the test vectors in tests/data/firmware are read by both.
class FirmwareImage
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareImage)

public:
    // What a device would do with the image, as LwM2M Update Results: 5 and 6.
    enum class Verdict { Valid, IntegrityFailure, UnsupportedPackage };

    struct Header
    {
        QString model;
        QString version;
        qint64 payloadSize = 0;
        QByteArray payloadSha256;   // 32 bytes
        QString signatureAlgorithm; // "ed25519" or empty
        QByteArray signature;       // raw bytes
        int headerEnd = 0;          // offset of the payload
    };

    struct Check
    {
        Verdict verdict = Verdict::UnsupportedPackage;
        QString message; // for the operator; empty when valid
        Header header;
        bool signatureVerified = false;
        int lwm2mUpdateResult() const;
    };

    static constexpr quint16 FormatVersion = 1;

    // Checks the whole image. expectedModel empty = any model. publicKeyPem empty = the signature
    // is not checked; given, a present signature must verify. requireSignature: unsigned images
    // fail.
    static Check inspect(const QByteArray &image,
                         const QString &expectedModel,
                         const QByteArray &publicKeyPem = {},
                         bool requireSignature = false);

    // The bytes the Ed25519 signature covers.
    static QByteArray signedMessage(const Header &header);
};
