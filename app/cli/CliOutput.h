#pragma once

#include <QJsonObject>
#include <QString>

// Output conventions of fleetdesk-cli (docs/cli.md): plain text or one JSON document; errors as a
// line on stderr and, with --json, {"error":{"code":…,"message":…}} on stdout.
namespace ExitCode {
constexpr int Success = 0;
constexpr int Failure = 1;
constexpr int Usage = 2;
constexpr int Partial = 3;
} // namespace ExitCode

class CliOutput
{
public:
    bool json = false;
    bool quiet = false; // line() and document() write nothing (errors still go to stderr)

    void line(const QString &text) const;
    void document(const QJsonObject &object) const;
    void documentOrLine(const QJsonObject &object, const QString &text) const;
    // Writes the error both ways and returns exitCode, so callers can `return out.error(…)`.
    int error(int exitCode, const QString &code, const QString &message) const;
};
