#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QVariant>
#include <QVector>
#include <optional>

// An LwM2mNode as Leshan's REST API carries it. Parsing accepts both shapes FleetDesk meets:
// Leshan 2.0.0-M18 ({"kind":"singleResource","id":9,"type":"INTEGER","value":"87"}, numbers as
// strings, time as epoch ms) and 2.0.0-M4 (no kind or type, numbers as JSON numbers, time as
// ISO-8601 strings). The shape is inferred from the members, never from "kind" alone.
//
// Values (value, values): QString (string, corelink), qint64 (integer), quint64 (unsigned), double
// (float, and untyped non-integral numbers), bool, QByteArray (opaque), QDateTime (time, UTC),
// QString "objectId:instanceId" (objlnk).
class Lwm2mNode
{
    Q_DECLARE_TR_FUNCTIONS(Lwm2mNode)

public:
    enum class Kind {
        Invalid,
        Root,
        Object,
        Instance,
        SingleResource,
        MultiResource,
        ResourceInstance
    };
    enum class Type {
        Unknown,
        String,
        Integer,
        UnsignedInteger,
        Float,
        Boolean,
        Opaque,
        Time,
        Objlnk,
        Corelink
    };

    Kind kind = Kind::Invalid;
    int id = -1;
    Type type = Type::Unknown;   // Unknown when the server did not say (M4)
    QVariant value;              // SingleResource, ResourceInstance
    QMap<int, QVariant> values;  // MultiResource: resource instance id -> value
    QVector<Lwm2mNode> children; // Root: objects; Object: instances; Instance: resources

    bool isValid() const { return kind != Kind::Invalid; }
    // The child with this id (a resource of an instance, an instance of an object), or nullptr.
    const Lwm2mNode *child(int childId) const;
    // A resource value below an instance node ("resource 9 of /3/0"), invalid when absent.
    QVariant resourceValue(int resourceId) const;
    // The value as a number when it is one (integer, unsigned, float, boolean as 0/1, numeric
    // text from an untyped server); nothing otherwise.
    std::optional<double> numericValue() const;
    // The value for people: numbers, text, hex for opaque, ISO-8601 for time, "3:0" for objlnk.
    QString valueText() const;
    static QString valueToText(const QVariant &value);

    // Parses a node; on failure returns an invalid node and sets *error (translated).
    static Lwm2mNode fromJson(const QJsonValue &json, QString *error = nullptr);
    // The JSON body Leshan expects for a Write or Create (accepted by M4 and M18).
    QJsonObject toJson() const;

    static Lwm2mNode singleResource(int id, Type type, const QVariant &value);
    static Lwm2mNode multiResource(int id, Type type, const QMap<int, QVariant> &values);
    static Lwm2mNode instance(int id, const QVector<Lwm2mNode> &resources);

    // Converts text from a person or a script into a value of the type. Integer/float/boolean
    // from the usual spellings, opaque from hex (optionally 0x...), time from epoch seconds, epoch
    // ms with an "ms" suffix, or ISO-8601, objlnk from "obj:inst".
    static bool valueFromText(const QString &text, Type type, QVariant *value, QString *error);

    static QString typeId(Type type);          // lower case, as Leshan's object specs name it
    static Type typeFromId(const QString &id); // case-insensitive; Unknown if not a type
    static QString kindId(Kind kind);
};

Q_DECLARE_METATYPE(Lwm2mNode)
