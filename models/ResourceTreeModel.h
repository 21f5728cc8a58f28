#pragma once

#include "lwm2m/Lwm2mNode.h"
#include "lwm2m/Lwm2mPath.h"

#include <QAbstractItemModel>
#include <QJsonValue>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

// One LwM2M device's objects as a tree: object → instance → resource (→ resource instance for
// multiple resources). Built from the server's object models (GET /api/objectspecs/{ep}, names,
// types, units, operations), the device's object links (which objects and instances it has) and
// the values read from it. A value reads "—" until it was read; values are shown per the model's
// type and unit (M4 servers send untyped values: they are converted to the model's type).
// Object 0 (Security) is left out: an LwM2M server can never read it.
class ResourceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, TypeColumn, OperationsColumn, PathColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString "/3/0/9"
        LevelRole,                   // int(Lwm2mPath::Level)
        TypeRole,                    // int(Lwm2mNode::Type) of a resource (Unknown otherwise)
        OperationsRole,              // QString "R", "W", "RW", "E" or "" (resources)
        UnitRole,                    // QString as the object model spells it ("%", "Cel")
        ValueRole,                   // the raw value, invalid until read
        StateRole,                   // int(RowState)
        MessageRole,                 // the last failure of this row, in words
        ObservedRole,                // bool
        NumericRole,                 // bool: an integer, unsigned or float resource (chartable)
        MultipleRole,                // bool: a multiple-instance object or resource
        ReadRole,                    // bool: the row's value or children were read
    };
    enum class RowState { Idle, Busy, WaitingForWakeUp, Failed };
    Q_ENUM(RowState)

    struct ResourceSpec
    {
        int id = -1;
        QString name;
        QString operations; // "R", "W", "RW", "E", ""
        bool multiple = false;
        bool mandatory = false;
        Lwm2mNode::Type type = Lwm2mNode::Type::Unknown;
        QString range; // "10..86400", as the model says
        QString units;
        QString description;
    };
    struct ObjectSpec
    {
        int id = -1;
        QString name;
        QString version;
        bool multiple = false;
        bool mandatory = false;
        QString description;
        QVector<ResourceSpec> resources;

        const ResourceSpec *resource(int resourceId) const;
    };
    using ObjectSpecList = QVector<ObjectSpec>;

    explicit ResourceTreeModel(QObject *parent = nullptr);
    ~ResourceTreeModel() override;

    // Leshan's object specs (an array of ObjectModel JSON; the 2.0.0-M4 and M18 shapes). On an
    // unreadable answer: empty, and *error says why.
    static ObjectSpecList parseObjectSpecs(const QJsonValue &json, QString *error = nullptr);
    // Object specs are the same for every device of a model at a server: one cache for the
    // application (GUI thread only), keyed by objectSpecCacheKey().
    static QString
    objectSpecCacheKey(const QString &profile, const QString &model, const QString &endpoint);
    static void cacheObjectSpecs(const QString &key, const ObjectSpecList &specs);
    static std::optional<ObjectSpecList> cachedObjectSpecs(const QString &key);
    static void clearObjectSpecCache();

    // Text for people.
    static QString typeName(Lwm2mNode::Type type);
    static QString displayUnit(const QString &units); // "Cel" -> "°C"
    static QString formatValue(const QVariant &value, Lwm2mNode::Type type, const QString &units);
    // A value as the model's type (M4 sends time as ISO text, floats without fraction as
    // integers, opaque as hex text).
    static QVariant coerce(const QVariant &value, Lwm2mNode::Type type);

    // Replaces everything: the object models and the links of the device ("/3/0", "/33000").
    void reset(const ObjectSpecList &specs, const QStringList &objectLinks);
    void clear();
    const ObjectSpecList &objectSpecs() const { return m_specs; }
    const ObjectSpec *objectSpec(int objectId) const;
    const ResourceSpec *resourceSpec(int objectId, int resourceId) const;

    // A Read or a notification: the node read at path (an object, instance, resource or
    // resource instance). Adds what was not known yet. False when the path is not usable.
    bool applyNode(const QString &path, const Lwm2mNode &node);
    // An instance the device created / deleted.
    void addInstance(const QString &path);
    void removeInstance(const QString &path);
    // Per-row progress: text shows in the value column while Busy or WaitingForWakeUp; message
    // is the tooltip while Failed.
    void setRowState(const QString &path, RowState state, const QString &text = QString());
    void setObserved(const QString &path, bool observed);
    QStringList observedPaths() const;

    QModelIndex indexForPath(const QString &path, int column = NameColumn) const;
    QString pathOf(const QModelIndex &index) const;

    QModelIndex
    index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = NameColumn) const;
    Node *find(const Lwm2mPath &path) const;
    Node *ensureChild(Node *parent, Lwm2mPath::Level level, int id);
    std::unique_ptr<Node> makeInstance(int objectId, int instanceId) const;
    void setResourceValue(Node *resource, const Lwm2mNode &node);
    void setInstanceValues(Node *instance, const Lwm2mNode &node);
    void rowChanged(Node *node);
    const ResourceSpec *specOf(const Node *node) const;
    QString nameOf(const Node *node) const;
    QString valueTextOf(const Node *node) const;

    ObjectSpecList m_specs;
    std::unique_ptr<Node> m_root;
};
