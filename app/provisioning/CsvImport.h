#pragma once

#include "fleet/Device.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

// Device import from CSV (columns in docs/csv.md). Planning is pure: it reads the file and the
// current cache contents and says, row by row, what would happen. Nothing is written here.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    enum class Action { Create, Update, Reject };

    struct RowResult
    {
        int line = 0;
        Action action = Action::Reject;
        Device device;
        QStringList errors;
    };

    struct Plan
    {
        QStringList fileErrors; // problems with the whole file (encoding, header)
        QVector<RowResult> rows;

        int count(Action action) const;
        bool hasErrors() const { return !fileErrors.isEmpty() || count(Action::Reject) > 0; }
        DeviceList acceptedDevices() const;
    };

    static QStringList knownColumns();
    // The read-only state columns of `devices list --csv` and exports (health, last_seen, battery,
    // signal_dbm): accepted in a header so an export imports again, never imported themselves.
    static QStringList stateColumns();
    static Plan plan(const QByteArray &csv, const DeviceList &existing);
    static QString actionId(Action action);
};
