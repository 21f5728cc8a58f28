#include "lwm2m/Lwm2mNode.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace {

struct TypeName
{
    Lwm2mNode::Type type;
    const char *id;
};
constexpr TypeName TypeNames[] = {
    {Lwm2mNode::Type::String, "string"},
    {Lwm2mNode::Type::Integer, "integer"},
    {Lwm2mNode::Type::UnsignedInteger, "unsigned_integer"},
    {Lwm2mNode::Type::Float, "float"},
    {Lwm2mNode::Type::Boolean, "boolean"},
    {Lwm2mNode::Type::Opaque, "opaque"},
    {Lwm2mNode::Type::Time, "time"},
    {Lwm2mNode::Type::Objlnk, "objlnk"},
    {Lwm2mNode::Type::Corelink, "corelink"},
};

QDateTime parseTime(const QJsonValue &json)
{
    if (json.isDouble())
        return QDateTime::fromMSecsSinceEpoch(qint64(json.toDouble()), Qt::UTC);
    const QString text = json.toString();
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

// One value, typed when the server said the type (M18), guessed from the JSON when not (M4).
bool parseValue(const QJsonValue &json, Lwm2mNode::Type type, QVariant *out, QString *error)
{
    using Type = Lwm2mNode::Type;
    switch (type) {
    case Type::Unknown:
        if (json.isBool()) {
            *out = json.toBool();
        } else if (json.isDouble()) {
            const double d = json.toDouble();
            if (std::floor(d) == d && std::fabs(d) < 9.0e15)
                *out = qint64(d);
            else
                *out = d;
        } else if (json.isString()) {
            *out = json.toString();
        } else if (json.isObject() && json.toObject().contains(QLatin1String("objectId"))) {
            const QJsonObject o = json.toObject();
            *out = QStringLiteral("%1:%2")
                       .arg(o.value(QLatin1String("objectId")).toInt())
                       .arg(o.value(QLatin1String("objectInstanceId")).toInt());
        } else if (json.isNull()) {
            *out = QVariant();
        } else {
            *error = Lwm2mNode::tr("A value has an unexpected form.");
            return false;
        }
        return true;
    case Type::String:
    case Type::Corelink:
        *out = json.isString() ? json.toString() : json.toVariant().toString();
        return true;
    case Type::Integer: {
        bool ok = json.isDouble();
        const qint64 v
            = json.isDouble() ? qint64(json.toDouble()) : json.toString().toLongLong(&ok);
        if (!ok)
            break;
        *out = v;
        return true;
    }
    case Type::UnsignedInteger: {
        bool ok = json.isDouble() && json.toDouble() >= 0;
        const quint64 v
            = json.isDouble() ? quint64(json.toDouble()) : json.toString().toULongLong(&ok);
        if (!ok)
            break;
        *out = v;
        return true;
    }
    case Type::Float: {
        bool ok = json.isDouble();
        const double v = json.isDouble() ? json.toDouble() : json.toString().toDouble(&ok);
        if (!ok)
            break;
        *out = v;
        return true;
    }
    case Type::Boolean:
        if (json.isBool()) {
            *out = json.toBool();
            return true;
        }
        if (json.toString() == QLatin1String("true") || json.toString() == QLatin1String("false")) {
            *out = json.toString() == QLatin1String("true");
            return true;
        }
        break;
    case Type::Opaque: {
        const QByteArray hex = json.toString().toLatin1();
        const QByteArray bytes = QByteArray::fromHex(hex);
        if (!json.isString() || bytes.toHex() != hex.toLower())
            break;
        *out = bytes;
        return true;
    }
    case Type::Time: {
        const QDateTime time = parseTime(json);
        if (!time.isValid())
            break;
        *out = time;
        return true;
    }
    case Type::Objlnk: {
        if (json.isObject()) {
            const QJsonObject o = json.toObject();
            *out = QStringLiteral("%1:%2")
                       .arg(o.value(QLatin1String("objectId")).toInt())
                       .arg(o.value(QLatin1String("objectInstanceId")).toInt());
            return true;
        }
        if (json.isString()) {
            *out = json.toString();
            return true;
        }
        break;
    }
    }
    *error = Lwm2mNode::tr("The value %1 is not a valid %2.")
                 .arg(json.isString() ? json.toString() : json.toVariant().toString(),
                      Lwm2mNode::typeId(type));
    return false;
}

QJsonValue valueToJson(const QVariant &value, Lwm2mNode::Type type)
{
    using Type = Lwm2mNode::Type;
    switch (type) {
    case Type::Integer:
        return QJsonValue(value.toLongLong());
    case Type::UnsignedInteger:
        return QJsonValue(double(value.toULongLong()));
    case Type::Float:
        return QJsonValue(value.toDouble());
    case Type::Boolean:
        return QJsonValue(value.toBool());
    case Type::Opaque:
        return QJsonValue(QString::fromLatin1(value.toByteArray().toHex()));
    case Type::Time:
        return QJsonValue(double(value.toDateTime().toMSecsSinceEpoch()));
    case Type::Objlnk: {
        const QStringList parts = value.toString().split(QLatin1Char(':'));
        return QJsonObject{{QStringLiteral("objectId"), parts.value(0).toInt()},
                           {QStringLiteral("objectInstanceId"), parts.value(1).toInt()}};
    }
    case Type::Unknown:
        return QJsonValue::fromVariant(value);
    case Type::String:
    case Type::Corelink:
        break;
    }
    return QJsonValue(value.toString());
}

} // namespace

const Lwm2mNode *Lwm2mNode::child(int childId) const
{
    for (const Lwm2mNode &c : children) {
        if (c.id == childId)
            return &c;
    }
    return nullptr;
}

QVariant Lwm2mNode::resourceValue(int resourceId) const
{
    if (kind == Kind::SingleResource && id == resourceId)
        return value;
    const Lwm2mNode *resource = child(resourceId);
    return resource && resource->kind == Kind::SingleResource ? resource->value : QVariant();
}

std::optional<double> Lwm2mNode::numericValue() const
{
    if (kind != Kind::SingleResource && kind != Kind::ResourceInstance)
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Int:
        return value.toDouble();
    case QMetaType::Bool:
        return value.toBool() ? 1.0 : 0.0;
    case QMetaType::QString: {
        if (type != Type::Unknown)
            return std::nullopt;
        bool ok = false;
        const double d = value.toString().toDouble(&ok);
        return ok ? std::optional<double>(d) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QString Lwm2mNode::valueToText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QString::fromLatin1(value.toByteArray().toHex());
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 15);
    default:
        return value.toString();
    }
}

QString Lwm2mNode::valueText() const
{
    if (kind == Kind::MultiResource) {
        QStringList parts;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            parts.append(QStringLiteral("%1=%2").arg(it.key()).arg(valueToText(it.value())));
        return parts.join(QStringLiteral(", "));
    }
    return valueToText(value);
}

Lwm2mNode Lwm2mNode::fromJson(const QJsonValue &json, QString *error)
{
    QString localError;
    QString *err = error ? error : &localError;
    if (!json.isObject()) {
        *err = tr("The server sent a value in an unexpected form.");
        return {};
    }
    const QJsonObject o = json.toObject();
    Lwm2mNode node;
    node.id = o.value(QLatin1String("id")).toInt(-1);
    const QString kind = o.value(QLatin1String("kind")).toString();
    node.type = typeFromId(o.value(QLatin1String("type")).toString());

    auto parseChildren = [&](const QJsonValue &list, Kind expected) -> bool {
        if (!list.isArray()) {
            *err = tr("The server sent a value in an unexpected form.");
            return false;
        }
        for (const QJsonValue &item : list.toArray()) {
            Lwm2mNode child = fromJson(item, err);
            if (!child.isValid())
                return false;
            if (expected != Kind::Invalid && child.kind != expected
                && !(expected == Kind::SingleResource && child.kind == Kind::MultiResource)) {
                *err = tr("The server sent a value in an unexpected form.");
                return false;
            }
            node.children.append(child);
        }
        return true;
    };

    if (o.contains(QLatin1String("objects")) || kind == QLatin1String("root")) {
        node.kind = Kind::Root;
        if (!parseChildren(o.value(QLatin1String("objects")), Kind::Object))
            return {};
    } else if (o.contains(QLatin1String("instances")) || kind == QLatin1String("obj")) {
        node.kind = Kind::Object;
        if (!parseChildren(o.value(QLatin1String("instances")), Kind::Instance))
            return {};
    } else if (o.contains(QLatin1String("resources")) || kind == QLatin1String("instance")) {
        node.kind = Kind::Instance;
        if (!parseChildren(o.value(QLatin1String("resources")), Kind::SingleResource))
            return {};
    } else if (o.contains(QLatin1String("values")) || kind == QLatin1String("multiResource")) {
        node.kind = Kind::MultiResource;
        const QJsonValue values = o.value(QLatin1String("values"));
        if (!values.isObject()) {
            *err = tr("The server sent a value in an unexpected form.");
            return {};
        }
        const QJsonObject map = values.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            bool ok = false;
            const int instanceId = it.key().toInt(&ok);
            QVariant v;
            if (!ok || !parseValue(it.value(), node.type, &v, err)) {
                if (!ok)
                    *err = tr("The server sent a value in an unexpected form.");
                return {};
            }
            node.values.insert(instanceId, v);
        }
    } else if (o.contains(QLatin1String("value"))) {
        node.kind = kind == QLatin1String("resourceInstance") ? Kind::ResourceInstance
                                                              : Kind::SingleResource;
        if (!parseValue(o.value(QLatin1String("value")), node.type, &node.value, err))
            return {};
    } else {
        *err = tr("The server sent a value in an unexpected form.");
        return {};
    }
    if (node.id < 0 && node.kind != Kind::Root) {
        *err = tr("The server sent a value without an id.");
        return {};
    }
    return node;
}

QJsonObject Lwm2mNode::toJson() const
{
    QJsonObject o;
    if (kind != Kind::Root)
        o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("kind"), kindId(kind));
    switch (kind) {
    case Kind::SingleResource:
    case Kind::ResourceInstance:
        if (type != Type::Unknown)
            o.insert(QStringLiteral("type"), typeId(type));
        o.insert(QStringLiteral("value"), valueToJson(value, type));
        break;
    case Kind::MultiResource: {
        if (type != Type::Unknown)
            o.insert(QStringLiteral("type"), typeId(type));
        QJsonObject map;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            map.insert(QString::number(it.key()), valueToJson(it.value(), type));
        o.insert(QStringLiteral("values"), map);
        break;
    }
    case Kind::Instance:
    case Kind::Object:
    case Kind::Root: {
        QJsonArray list;
        for (const Lwm2mNode &c : children)
            list.append(c.toJson());
        o.insert(kind == Kind::Instance ? QStringLiteral("resources")
                 : kind == Kind::Object ? QStringLiteral("instances")
                                        : QStringLiteral("objects"),
                 list);
        break;
    }
    case Kind::Invalid:
        break;
    }
    return o;
}

Lwm2mNode Lwm2mNode::singleResource(int id, Type type, const QVariant &value)
{
    Lwm2mNode node;
    node.kind = Kind::SingleResource;
    node.id = id;
    node.type = type;
    node.value = value;
    return node;
}

Lwm2mNode Lwm2mNode::multiResource(int id, Type type, const QMap<int, QVariant> &values)
{
    Lwm2mNode node;
    node.kind = Kind::MultiResource;
    node.id = id;
    node.type = type;
    node.values = values;
    return node;
}

Lwm2mNode Lwm2mNode::instance(int id, const QVector<Lwm2mNode> &resources)
{
    Lwm2mNode node;
    node.kind = Kind::Instance;
    node.id = id;
    node.children = resources;
    return node;
}

bool Lwm2mNode::valueFromText(const QString &text, Type type, QVariant *value, QString *error)
{
    const QString t = text.trimmed();
    bool ok = false;
    switch (type) {
    case Type::Unknown:
    case Type::String:
    case Type::Corelink:
        *value = text;
        return true;
    case Type::Integer: {
        const qint64 v = t.toLongLong(&ok);
        if (ok)
            *value = v;
        break;
    }
    case Type::UnsignedInteger: {
        const quint64 v = t.toULongLong(&ok);
        if (ok)
            *value = v;
        break;
    }
    case Type::Float: {
        const double v = t.toDouble(&ok);
        ok = ok && std::isfinite(v);
        if (ok)
            *value = v;
        break;
    }
    case Type::Boolean: {
        const QString l = t.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("1") || l == QLatin1String("on")) {
            *value = true;
            ok = true;
        } else if (l == QLatin1String("false") || l == QLatin1String("0")
                   || l == QLatin1String("off")) {
            *value = false;
            ok = true;
        }
        break;
    }
    case Type::Opaque: {
        QString hex = t;
        if (hex.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
            hex = hex.mid(2);
        static const QRegularExpression hexRe(QStringLiteral("^([0-9A-Fa-f]{2})*$"));
        ok = hexRe.match(hex).hasMatch();
        if (ok)
            *value = QByteArray::fromHex(hex.toLatin1());
        break;
    }
    case Type::Time: {
        QDateTime time;
        if (t.endsWith(QLatin1String("ms"))) {
            const qint64 ms = t.chopped(2).toLongLong(&ok);
            if (ok)
                time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        } else {
            const qint64 s = t.toLongLong(&ok);
            if (ok)
                time = QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
            else
                time = QDateTime::fromString(t, Qt::ISODateWithMs);
        }
        ok = time.isValid();
        if (ok)
            *value = time.toUTC();
        break;
    }
    case Type::Objlnk: {
        static const QRegularExpression linkRe(QStringLiteral("^(\\d{1,5}):(\\d{1,5})$"));
        const QRegularExpressionMatch m = linkRe.match(t);
        ok = m.hasMatch() && m.captured(1).toInt() <= 65535 && m.captured(2).toInt() <= 65535;
        if (ok)
            *value = QStringLiteral("%1:%2").arg(m.captured(1).toInt()).arg(m.captured(2).toInt());
        break;
    }
    }
    if (!ok && error)
        *error = tr("\"%1\" is not a valid %2 value.").arg(text, typeId(type));
    return ok;
}

QString Lwm2mNode::typeId(Type type)
{
    for (const TypeName &n : TypeNames) {
        if (n.type == type)
            return QString::fromLatin1(n.id);
    }
    return QStringLiteral("unknown");
}

Lwm2mNode::Type Lwm2mNode::typeFromId(const QString &id)
{
    const QString lower = id.toLower();
    for (const TypeName &n : TypeNames) {
        if (lower == QLatin1String(n.id))
            return n.type;
    }
    if (lower == QLatin1String("unsigned") || lower == QLatin1String("uint"))
        return Type::UnsignedInteger;
    if (lower == QLatin1String("int"))
        return Type::Integer;
    if (lower == QLatin1String("bool"))
        return Type::Boolean;
    return Type::Unknown;
}

QString Lwm2mNode::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Root:
        return QStringLiteral("root");
    case Kind::Object:
        return QStringLiteral("obj");
    case Kind::Instance:
        return QStringLiteral("instance");
    case Kind::SingleResource:
        return QStringLiteral("singleResource");
    case Kind::MultiResource:
        return QStringLiteral("multiResource");
    case Kind::ResourceInstance:
        return QStringLiteral("resourceInstance");
    case Kind::Invalid:
        break;
    }
    return {};
}
