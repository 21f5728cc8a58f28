#include "DeviceFields.h"

#include "common/TimeFormat.h"
#include "firmware/FirmwareVersion.h"

#include <QLocale>

#include <limits>

namespace {

template<typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Unknown (empty) values first, then by `compare`.
template<typename T, typename Compare>
int optionalCompare(const std::optional<T> &a, const std::optional<T> &b, Compare compare)
{
    if (!a || !b)
        return threeWay(bool(a), bool(b));
    return compare(*a, *b);
}

} // namespace

QString DeviceFields::header(Field field)
{
    switch (field) {
    case Name:
        return tr("Name");
    case Site:
        return tr("Site");
    case Group:
        return tr("Group");
    case Model:
        return tr("Model");
    case Serial:
        return tr("Serial");
    case Firmware:
        return tr("Firmware");
    case Health:
        return tr("Health");
    case Battery:
        return tr("Battery");
    case Signal:
        return tr("Signal");
    case LastSeen:
        return tr("Last seen");
    case Protocol:
        return tr("Protocol");
    case Server:
        return tr("Server");
    case Endpoint:
        return tr("Endpoint");
    case Tags:
        return tr("Tags");
    case Lifecycle:
        return tr("Lifecycle");
    case FieldCount:
        break;
    }
    return {};
}

QString DeviceFields::unknownValueText()
{
    return QString(QChar(0x2014)); // em dash
}

QString DeviceFields::displayName(const Device &device)
{
    return device.name.isEmpty() ? device.id.toString(QUuid::WithoutBraces) : device.name;
}

QString DeviceFields::batteryText(std::optional<int> percent)
{
    if (!percent)
        return unknownValueText();
    return tr("%1 %").arg(QLocale().toString(*percent));
}

QString DeviceFields::signalText(std::optional<int> dbm)
{
    if (!dbm)
        return unknownValueText();
    // U+2212 MINUS SIGN reads better than a hyphen in "−71 dBm".
    QString number = QLocale().toString(*dbm);
    if (*dbm < 0)
        number.replace(0, 1, QChar(0x2212));
    return tr("%1 dBm").arg(number);
}

QString DeviceFields::text(const Device &device, Field field, const QDateTime &now)
{
    const auto orUnknown = [](const QString &value) {
        return value.isEmpty() ? unknownValueText() : value;
    };
    switch (field) {
    case Name:
        return displayName(device);
    case Site:
        return orUnknown(device.site);
    case Group:
        return orUnknown(device.groupPath);
    case Model:
        return orUnknown(device.model);
    case Serial:
        return orUnknown(device.serial);
    case Firmware:
        return orUnknown(device.firmwareVersion);
    case Health:
        return DeviceText::healthName(device.health);
    case Battery:
        return batteryText(device.batteryPercent);
    case Signal:
        return signalText(device.signalDbm);
    case LastSeen:
        return device.lastSeen.isValid() ? TimeFormat::relative(device.lastSeen, now) : tr("Never");
    case Protocol:
        return device.binding.isBound() ? DeviceText::protocolName(device.binding.protocol)
                                        : unknownValueText();
    case Server:
        return device.binding.isBound() ? orUnknown(device.binding.profile) : unknownValueText();
    case Endpoint:
        return device.binding.isBound() ? orUnknown(device.binding.key) : unknownValueText();
    case Tags:
        return device.tags.isEmpty() ? QString() : device.tags.join(QStringLiteral(", "));
    case Lifecycle:
        return DeviceText::lifecycleName(device.lifecycle);
    case FieldCount:
        break;
    }
    return {};
}

int DeviceFields::healthRank(::Health health)
{
    switch (health) {
    case ::Health::Offline:
        return 0;
    case ::Health::Unknown:
        return 1;
    case ::Health::Sleeping:
        return 2;
    case ::Health::Online:
        return 3;
    }
    return 1;
}

int DeviceFields::naturalCompare(const QString &a, const QString &b)
{
    const QChar *pa = a.constData();
    const QChar *pb = b.constData();
    const QChar *ea = pa + a.size();
    const QChar *eb = pb + b.size();
    int caseOrder = 0; // "Pump" and "pump" are equal but order consistently
    while (pa < ea && pb < eb) {
        const bool da = pa->isDigit() && pa->unicode() < 128;
        const bool db = pb->isDigit() && pb->unicode() < 128;
        if (da && db) {
            // Compare the digit runs as numbers: skip leading zeros, then the longer is bigger.
            const QChar *sa = pa;
            const QChar *sb = pb;
            while (sa < ea && sa->unicode() == '0')
                ++sa;
            while (sb < eb && sb->unicode() == '0')
                ++sb;
            const QChar *na = sa;
            const QChar *nb = sb;
            while (na < ea && na->unicode() >= '0' && na->unicode() <= '9')
                ++na;
            while (nb < eb && nb->unicode() >= '0' && nb->unicode() <= '9')
                ++nb;
            if ((na - sa) != (nb - sb))
                return (na - sa) < (nb - sb) ? -1 : 1;
            for (; sa < na; ++sa, ++sb) {
                if (*sa != *sb)
                    return sa->unicode() < sb->unicode() ? -1 : 1;
            }
            // Equal values: fewer leading zeros first.
            if ((na - pa) != (nb - pb) && caseOrder == 0)
                caseOrder = (na - pa) < (nb - pb) ? -1 : 1;
            pa = na;
            pb = nb;
            continue;
        }
        if (*pa != *pb) {
            const char16_t la = pa->unicode() < 128 ? char16_t(QChar::toLower(pa->unicode()))
                                                    : pa->toCaseFolded().unicode();
            const char16_t lb = pb->unicode() < 128 ? char16_t(QChar::toLower(pb->unicode()))
                                                    : pb->toCaseFolded().unicode();
            if (la != lb)
                return la < lb ? -1 : 1;
            if (caseOrder == 0)
                caseOrder = pa->unicode() < pb->unicode() ? -1 : 1;
        }
        ++pa;
        ++pb;
    }
    if (pa < ea || pb < eb)
        return pa < ea ? 1 : -1;
    return caseOrder;
}

int DeviceFields::compare(const Device &a, const Device &b, Field field)
{
    switch (field) {
    case Name:
        return naturalCompare(displayName(a), displayName(b));
    case Site:
        return naturalCompare(a.site, b.site);
    case Group:
        return naturalCompare(a.groupPath, b.groupPath);
    case Model:
        return naturalCompare(a.model, b.model);
    case Serial:
        return naturalCompare(a.serial, b.serial);
    case Firmware:
        if (a.firmwareVersion == b.firmwareVersion)
            return 0; // the usual case in a fleet: few versions, many devices
        if (a.firmwareVersion.isEmpty() || b.firmwareVersion.isEmpty())
            return threeWay(!a.firmwareVersion.isEmpty(), !b.firmwareVersion.isEmpty());
        return FirmwareVersion::compare(a.firmwareVersion, b.firmwareVersion);
    case Health:
        return threeWay(healthRank(a.health), healthRank(b.health));
    case Battery:
        return optionalCompare(a.batteryPercent, b.batteryPercent, threeWay<int>);
    case Signal:
        return optionalCompare(a.signalDbm, b.signalDbm, threeWay<int>);
    case LastSeen: {
        const qint64 ta = a.lastSeen.isValid() ? a.lastSeen.toMSecsSinceEpoch()
                                               : std::numeric_limits<qint64>::min();
        const qint64 tb = b.lastSeen.isValid() ? b.lastSeen.toMSecsSinceEpoch()
                                               : std::numeric_limits<qint64>::min();
        return threeWay(ta, tb);
    }
    case Protocol:
        return threeWay(int(a.binding.protocol), int(b.binding.protocol));
    case Server:
        return naturalCompare(a.binding.profile, b.binding.profile);
    case Endpoint:
        return naturalCompare(a.binding.key, b.binding.key);
    case Tags:
        return naturalCompare(a.tags.join(QLatin1Char(',')), b.tags.join(QLatin1Char(',')));
    case Lifecycle:
        return threeWay(int(a.lifecycle), int(b.lifecycle));
    case FieldCount:
        break;
    }
    return 0;
}
