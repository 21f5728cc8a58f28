#include "fleet/DeviceExport.h"

#include "provisioning/CsvReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

QStringList DeviceExport::allFields()
{
    static const QStringList fields = {
        QStringLiteral("id"),
        QStringLiteral("name"),
        QStringLiteral("site"),
        QStringLiteral("group"),
        QStringLiteral("model"),
        QStringLiteral("serial"),
        QStringLiteral("firmware"),
        QStringLiteral("tags"),
        QStringLiteral("protocol"),
        QStringLiteral("profile"),
        QStringLiteral("endpoint"),
        QStringLiteral("lifecycle"),
        QStringLiteral("health"),
        QStringLiteral("last_seen"),
        QStringLiteral("battery"),
        QStringLiteral("signal_dbm"),
    };
    return fields;
}

bool DeviceExport::isField(const QString &field)
{
    return allFields().contains(field);
}

QString DeviceExport::fieldTitle(const QString &field)
{
    if (field == QLatin1String("id"))
        return tr("Id");
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("site"))
        return tr("Site");
    if (field == QLatin1String("group"))
        return tr("Group");
    if (field == QLatin1String("model"))
        return tr("Model");
    if (field == QLatin1String("serial"))
        return tr("Serial");
    if (field == QLatin1String("firmware"))
        return tr("Firmware");
    if (field == QLatin1String("tags"))
        return tr("Tags");
    if (field == QLatin1String("protocol"))
        return tr("Protocol");
    if (field == QLatin1String("profile"))
        return tr("Server");
    if (field == QLatin1String("endpoint"))
        return tr("Endpoint");
    if (field == QLatin1String("lifecycle"))
        return tr("Lifecycle");
    if (field == QLatin1String("health"))
        return tr("Health");
    if (field == QLatin1String("last_seen"))
        return tr("Last seen");
    if (field == QLatin1String("battery"))
        return tr("Battery");
    if (field == QLatin1String("signal_dbm"))
        return tr("Signal");
    return field;
}

DeviceExport::Format DeviceExport::formatForPath(const QString &path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

QString DeviceExport::fieldText(const Device &d, const QString &field)
{
    if (field == QLatin1String("id"))
        return d.id.toString(QUuid::WithoutBraces);
    if (field == QLatin1String("name"))
        return d.name;
    if (field == QLatin1String("site"))
        return d.site;
    if (field == QLatin1String("group"))
        return d.groupPath;
    if (field == QLatin1String("model"))
        return d.model;
    if (field == QLatin1String("serial"))
        return d.serial;
    if (field == QLatin1String("firmware"))
        return d.firmwareVersion;
    if (field == QLatin1String("tags"))
        return d.tags.join(QLatin1Char(';'));
    if (field == QLatin1String("protocol"))
        return DeviceText::protocolId(d.binding.protocol);
    if (field == QLatin1String("profile"))
        return d.binding.profile;
    if (field == QLatin1String("endpoint"))
        return d.binding.key;
    if (field == QLatin1String("lifecycle"))
        return DeviceText::lifecycleId(d.lifecycle);
    if (field == QLatin1String("health"))
        return DeviceText::healthId(d.health);
    if (field == QLatin1String("last_seen"))
        return d.lastSeen.isValid() ? d.lastSeen.toUTC().toString(Qt::ISODateWithMs) : QString();
    if (field == QLatin1String("battery"))
        return d.batteryPercent ? QString::number(*d.batteryPercent) : QString();
    if (field == QLatin1String("signal_dbm"))
        return d.signalDbm ? QString::number(*d.signalDbm) : QString();
    return {};
}

QJsonValue DeviceExport::fieldJson(const Device &d, const QString &field)
{
    if (field == QLatin1String("tags"))
        return QJsonArray::fromStringList(d.tags);
    if (field == QLatin1String("battery"))
        return d.batteryPercent ? QJsonValue(*d.batteryPercent) : QJsonValue(QJsonValue::Null);
    if (field == QLatin1String("signal_dbm"))
        return d.signalDbm ? QJsonValue(*d.signalDbm) : QJsonValue(QJsonValue::Null);
    if (field == QLatin1String("last_seen") && !d.lastSeen.isValid())
        return QJsonValue(QJsonValue::Null);
    return fieldText(d, field);
}

QByteArray DeviceExport::toCsv(const DeviceList &devices, const QStringList &fields)
{
    QByteArray out = fields.join(QLatin1Char(',')).toUtf8() + '\n';
    QStringList row;
    for (const Device &d : devices) {
        row.clear();
        for (const QString &field : fields)
            row.append(CsvReader::escape(fieldText(d, field)));
        out += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

QByteArray DeviceExport::toJson(const DeviceList &devices, const QStringList &fields)
{
    QJsonArray list;
    for (const Device &d : devices) {
        QJsonObject o;
        for (const QString &field : fields)
            o.insert(field, fieldJson(d, field));
        list.append(o);
    }
    const QJsonObject document{{QStringLiteral("count"), int(devices.size())},
                               {QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
                               {QStringLiteral("devices"), list}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

bool DeviceExport::write(const QString &path,
                         const DeviceList &devices,
                         const QStringList &fields,
                         QString *error)
{
    for (const QString &field : fields) {
        if (!isField(field)) {
            if (error)
                *error = tr("\"%1\" is not a device field (the fields are: %2).")
                             .arg(field, allFields().join(QStringLiteral(", ")));
            return false;
        }
    }
    const QByteArray data
        = formatForPath(path) == Format::Json ? toJson(devices, fields) : toCsv(devices, fields);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
