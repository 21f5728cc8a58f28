#pragma once

#include "profiles/ConnectionProfile.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

// Reads the sandbox's sandbox.json (schema version 1, docs/sandbox.md) into connection profiles and
// the secrets they need. The sandbox's admin password sits in a file under its directory; FleetDesk
// moves it into the keychain.
class SandboxImport
{
    Q_DECLARE_TR_FUNCTIONS(SandboxImport)

public:
    struct Item
    {
        ConnectionProfile profile;
        QByteArray secret; // empty when the profile needs none
    };

    static bool read(const QString &sandboxJsonPath, QVector<Item> *items, QString *error);
};
