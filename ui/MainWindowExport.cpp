// File ▸ Export Devices: part of MainWindow, kept apart from MainWindow.cpp.
#include "MainWindow.h"

#include "BackgroundTask.h"
#include "DeviceFields.h"
#include "DeviceTableModel.h"
#include "ExportDevicesDialog.h"
#include "FileDialogs.h"
#include "FleetFilterProxyModel.h"
#include "MessageBoxes.h"
#include "fleet/DeviceExport.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

namespace {

QString exportFieldOf(DeviceFields::Field field)
{
    switch (field) {
    case DeviceFields::Name:
        return QStringLiteral("name");
    case DeviceFields::Site:
        return QStringLiteral("site");
    case DeviceFields::Group:
        return QStringLiteral("group");
    case DeviceFields::Model:
        return QStringLiteral("model");
    case DeviceFields::Serial:
        return QStringLiteral("serial");
    case DeviceFields::Firmware:
        return QStringLiteral("firmware");
    case DeviceFields::Health:
        return QStringLiteral("health");
    case DeviceFields::Battery:
        return QStringLiteral("battery");
    case DeviceFields::Signal:
        return QStringLiteral("signal_dbm");
    case DeviceFields::LastSeen:
        return QStringLiteral("last_seen");
    case DeviceFields::Protocol:
        return QStringLiteral("protocol");
    case DeviceFields::Server:
        return QStringLiteral("profile");
    case DeviceFields::Endpoint:
        return QStringLiteral("endpoint");
    case DeviceFields::Tags:
        return QStringLiteral("tags");
    case DeviceFields::Lifecycle:
    case DeviceFields::FieldCount:
        break;
    }
    return QStringLiteral("lifecycle");
}

struct DeviceExportResult
{
    bool ok = false;
    QString error;
};

} // namespace

QStringList MainWindow::viewExportFields() const
{
    QStringList fields;
    if (isTableView() && m_table) {
        const QHeaderView *header = m_table->horizontalHeader();
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical) && logical < DeviceFields::FieldCount)
                fields.append(exportFieldOf(DeviceFields::Field(logical)));
        }
        return fields;
    }
    static const QHash<int, QString> treeFields = {
        {FleetTreeModel::NameColumn, QStringLiteral("name")},
        {FleetTreeModel::FirmwareColumn, QStringLiteral("firmware")},
        {FleetTreeModel::BatteryColumn, QStringLiteral("battery")},
        {FleetTreeModel::LastSeenColumn, QStringLiteral("last_seen")},
        {FleetTreeModel::HealthColumn, QStringLiteral("health")},
    };
    const QHeaderView *header = m_tree->header();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical) && treeFields.contains(logical))
            fields.append(treeFields.value(logical));
    }
    return fields;
}

void MainWindow::exportDevices()
{
    const DeviceList &all = m_fleetModel->devices();
    DeviceList shown;
    if (m_filterModel->isFiltering()) {
        for (int i = 0; i < all.size(); ++i) {
            if (m_filterModel->deviceMatches(i))
                shown.append(all[i]);
        }
    } else {
        shown = all;
    }
    const DeviceList selected = selectedDevices();

    auto *dialog = new ExportDevicesDialog(
        {int(selected.size()), int(shown.size()), int(all.size())}, viewExportFields(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, selected, shown] {
        switch (dialog->scope()) {
        case ExportDevicesDialog::Scope::Selected:
            writeDevices(selected, dialog->fields());
            break;
        case ExportDevicesDialog::Scope::Shown:
            writeDevices(shown, dialog->fields());
            break;
        case ExportDevicesDialog::Scope::All:
            writeDevices(m_fleetModel->devices(), dialog->fields());
            break;
        }
    });
    dialog->open();
}

void MainWindow::writeDevices(const DeviceList &devices, const QStringList &fields)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("fleetdesk-devices-%1.csv")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QString path = m_deps.fileDialogs->saveFileName(
        this, tr("Export devices"), suggested, tr("CSV files (*.csv);;JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");

    m_exportAction->setEnabled(false);
    const int count = int(devices.size());
    statusBar()->showMessage(tr("Exporting %Ln device(s)…", nullptr, count));
    BackgroundTask::run(
        this,
        [path, devices, fields] {
            DeviceExportResult result;
            result.ok = DeviceExport::write(path, devices, fields, &result.error);
            return result;
        },
        [this, path, count](const DeviceExportResult &result) {
            m_exportAction->setEnabled(true);
            statusBar()->clearMessage();
            const QString source = tr("Export");
            const QString nativePath = QDir::toNativeSeparators(path);
            if (result.ok) {
                const QString text
                    = tr("%Ln device(s) exported to %1.", nullptr, count).arg(nativePath);
                logEvent(EventLog::Severity::Info, source, text);
                statusBar()->showMessage(text, 10000);
            } else {
                const QString text = tr("The devices could not be exported to %1.").arg(nativePath);
                logEvent(EventLog::Severity::Error, source, text + QLatin1Char(' ') + result.error);
                m_deps.messageBoxes->warning(this, tr("Export devices"), text, result.error);
            }
        });
}
