#include "provisioning/CsvImport.h"

#include "provisioning/CsvReader.h"

#include <QHash>
#include <QSet>

namespace {

const QString ColId = QStringLiteral("id");
const QString ColName = QStringLiteral("name");
const QString ColSite = QStringLiteral("site");
const QString ColGroup = QStringLiteral("group");
const QString ColModel = QStringLiteral("model");
const QString ColSerial = QStringLiteral("serial");
const QString ColFirmware = QStringLiteral("firmware");
const QString ColTags = QStringLiteral("tags");
const QString ColProtocol = QStringLiteral("protocol");
const QString ColProfile = QStringLiteral("profile");
const QString ColEndpoint = QStringLiteral("endpoint");
const QString ColLifecycle = QStringLiteral("lifecycle");

QString bindingKey(const ProtocolBinding &b)
{
    return DeviceText::protocolId(b.protocol) + QLatin1Char('\x1f') + b.profile
           + QLatin1Char('\x1f') + b.key;
}

} // namespace

QStringList CsvImport::stateColumns()
{
    return {QStringLiteral("health"),
            QStringLiteral("last_seen"),
            QStringLiteral("battery"),
            QStringLiteral("signal_dbm")};
}

QStringList CsvImport::knownColumns()
{
    return {ColId,
            ColName,
            ColSite,
            ColGroup,
            ColModel,
            ColSerial,
            ColFirmware,
            ColTags,
            ColProtocol,
            ColProfile,
            ColEndpoint,
            ColLifecycle};
}

int CsvImport::Plan::count(Action action) const
{
    int n = 0;
    for (const RowResult &row : rows)
        n += row.action == action ? 1 : 0;
    return n;
}

DeviceList CsvImport::Plan::acceptedDevices() const
{
    DeviceList devices;
    if (!fileErrors.isEmpty())
        return devices;
    for (const RowResult &row : rows) {
        if (row.action != Action::Reject)
            devices.append(row.device);
    }
    return devices;
}

QString CsvImport::actionId(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Reject:
        break;
    }
    return QStringLiteral("reject");
}

CsvImport::Plan CsvImport::plan(const QByteArray &csv, const DeviceList &existing)
{
    Plan plan;
    QVector<CsvReader::Row> records;
    QString error;
    if (!CsvReader::parse(csv, &records, &error)) {
        plan.fileErrors.append(error);
        return plan;
    }
    if (records.isEmpty()) {
        plan.fileErrors.append(tr("The file is empty: the first line must name the columns."));
        return plan;
    }

    // Header: known columns only, no repeats, "name" required.
    const QStringList known = knownColumns();
    const QStringList state = stateColumns();
    QHash<QString, int> column;
    const QStringList header = records.first().fields;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (state.contains(name) && !column.contains(name))
            column.insert(name, i); // what servers report: accepted, never imported
        else if (!known.contains(name))
            plan.fileErrors.append(tr("Unknown column \"%1\" (column %2). Known columns: %3.")
                                       .arg(header.at(i))
                                       .arg(i + 1)
                                       .arg(known.join(QStringLiteral(", "))));
        else if (column.contains(name))
            plan.fileErrors.append(tr("Column \"%1\" appears twice.").arg(name));
        else
            column.insert(name, i);
    }
    if (!column.contains(ColName))
        plan.fileErrors.append(tr("The required column \"name\" is missing."));
    if (!plan.fileErrors.isEmpty())
        return plan;

    QHash<QUuid, const Device *> existingById;
    QHash<QString, QUuid> existingBinding;
    for (const Device &d : existing) {
        existingById.insert(d.id, &d);
        if (d.binding.isBound())
            existingBinding.insert(bindingKey(d.binding), d.id);
    }
    QHash<QUuid, int> idsInFile;
    QHash<QString, int> bindingsInFile;

    for (int r = 1; r < records.size(); ++r) {
        const CsvReader::Row &record = records.at(r);
        RowResult row;
        row.line = record.line;
        auto value = [&](const QString &col) {
            const int i = column.value(col, -1);
            return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
        };
        if (record.fields.size() != header.size())
            row.errors.append(tr("%1 fields where the header has %2")
                                  .arg(record.fields.size())
                                  .arg(header.size()));

        Device d;
        const QString idText = value(ColId);
        if (idText.isEmpty()) {
            d.id = QUuid::createUuid();
        } else {
            d.id = QUuid::fromString(idText);
            if (d.id.isNull())
                row.errors.append(tr("id \"%1\" is not a UUID").arg(idText));
        }
        d.name = value(ColName);
        d.site = value(ColSite);
        d.groupPath = value(ColGroup);
        d.model = value(ColModel);
        d.serial = value(ColSerial);
        d.firmwareVersion = value(ColFirmware);
        const QStringList tags = value(ColTags).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &tag : tags) {
            if (!tag.trimmed().isEmpty())
                d.tags.append(tag.trimmed());
        }

        const QString protocolText = value(ColProtocol).toLower();
        const auto protocol = DeviceText::protocolFromId(protocolText);
        if (!protocol)
            row.errors.append(tr("protocol \"%1\" is not lwm2m or mqtt").arg(value(ColProtocol)));
        else
            d.binding.protocol = *protocol;
        d.binding.profile = value(ColProfile);
        d.binding.key = value(ColEndpoint);
        if (d.binding.protocol == Protocol::None
            && (!d.binding.profile.isEmpty() || !d.binding.key.isEmpty()) && protocol)
            row.errors.append(tr("profile and endpoint need a protocol"));

        const QString lifecycleText = value(ColLifecycle).toLower();
        if (!lifecycleText.isEmpty()) {
            const auto lifecycle = DeviceText::lifecycleFromId(lifecycleText);
            if (lifecycle)
                d.lifecycle = *lifecycle;
            else
                row.errors.append(tr("lifecycle \"%1\" is not one of provisioned, active, "
                                     "disabled, retired")
                                      .arg(value(ColLifecycle)));
        }

        const auto found = existingById.constFind(d.id);
        if (found != existingById.constEnd()) {
            // Keep what the servers told us (health, last seen, battery, signal).
            const Device *old = found.value();
            d.health = old->health;
            d.lastSeen = old->lastSeen;
            d.batteryPercent = old->batteryPercent;
            d.signalDbm = old->signalDbm;
            if (lifecycleText.isEmpty())
                d.lifecycle = old->lifecycle;
        }

        row.errors += d.validate();
        if (!d.id.isNull()) {
            const int firstLine = idsInFile.value(d.id, 0);
            if (firstLine)
                row.errors.append(tr("id %1 already appears on line %2")
                                      .arg(d.id.toString(QUuid::WithoutBraces))
                                      .arg(firstLine));
            else
                idsInFile.insert(d.id, row.line);
        }
        if (d.binding.isBound()) {
            const QString key = bindingKey(d.binding);
            const int firstLine = bindingsInFile.value(key, 0);
            if (firstLine)
                row.errors.append(tr("endpoint \"%1\" on profile \"%2\" already appears on line %3")
                                      .arg(d.binding.key, d.binding.profile)
                                      .arg(firstLine));
            else
                bindingsInFile.insert(key, row.line);
            const QUuid owner = existingBinding.value(key);
            if (!owner.isNull() && owner != d.id)
                row.errors.append(tr("endpoint \"%1\" on profile \"%2\" already belongs to another "
                                     "device in the cache")
                                      .arg(d.binding.key, d.binding.profile));
        }

        row.device = d;
        if (!row.errors.isEmpty())
            row.action = Action::Reject;
        else
            row.action = found != existingById.constEnd() ? Action::Update : Action::Create;
        plan.rows.append(row);
    }
    return plan;
}
