#include "CliOutput.h"

#include <QJsonDocument>
#include <cstdio>

namespace {
void writeTo(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void CliOutput::line(const QString &text) const
{
    if (quiet)
        return;
    writeTo(stdout, text.toUtf8() + '\n');
}

void CliOutput::document(const QJsonObject &object) const
{
    if (quiet)
        return;
    writeTo(stdout, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

void CliOutput::documentOrLine(const QJsonObject &object, const QString &text) const
{
    if (json)
        document(object);
    else
        line(text);
}

int CliOutput::error(int exitCode, const QString &code, const QString &message) const
{
    writeTo(stderr, QByteArrayLiteral("fleetdesk-cli: ") + message.toUtf8() + '\n');
    if (json) {
        document(QJsonObject{
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
    }
    return exitCode;
}
