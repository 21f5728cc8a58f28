#include "ResourceTreeModel.h"

#include "AppIcons.h"
#include "FleetTreeModel.h"
#include "HealthIcons.h"
#include "common/TimeFormat.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using Level = Lwm2mPath::Level;
using Type = Lwm2mNode::Type;

struct ResourceTreeModel::Node
{
    Level level = Level::Root;
    int id = -1;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    QVariant value; // resources and resource instances; invalid until read
    bool read = false;
    RowState state = RowState::Idle;
    QString stateText;
    bool observed = false;

    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        for (size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this)
                return int(i);
        }
        return 0;
    }
    int idAt(Level at) const
    {
        for (const Node *n = this; n; n = n->parent) {
            if (n->level == at)
                return n->id;
        }
        return -1;
    }
    QString path() const
    {
        if (level == Level::Root)
            return QStringLiteral("/");
        QString text;
        for (const Node *n = this; n && n->level != Level::Root; n = n->parent)
            text.prepend(QLatin1Char('/') + QString::number(n->id));
        return text;
    }
    Node *child(int childId) const
    {
        for (const auto &c : children) {
            if (c->id == childId)
                return c.get();
        }
        return nullptr;
    }
};

namespace {

using SpecCache = QHash<QString, ResourceTreeModel::ObjectSpecList>;

SpecCache &specCache()
{
    static SpecCache cache;
    return cache;
}

QString jsonText(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

bool isMultiple(const QJsonObject &o)
{
    return jsonText(o, "instancetype").compare(QLatin1String("multiple"), Qt::CaseInsensitive) == 0;
}

QString normalisedOperations(const QString &text)
{
    const QString upper = text.toUpper();
    if (upper == QLatin1String("NONE"))
        return QString();
    return upper;
}

} // namespace

const ResourceTreeModel::ResourceSpec *ResourceTreeModel::ObjectSpec::resource(int resourceId) const
{
    for (const ResourceSpec &r : resources) {
        if (r.id == resourceId)
            return &r;
    }
    return nullptr;
}

ResourceTreeModel::ResourceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

ResourceTreeModel::~ResourceTreeModel() = default;

ResourceTreeModel::ObjectSpecList ResourceTreeModel::parseObjectSpecs(const QJsonValue &json,
                                                                      QString *error)
{
    ObjectSpecList specs;
    if (!json.isArray()) {
        if (error)
            *error = tr("The server sent its object models in an unexpected form.");
        return specs;
    }
    for (const QJsonValue &item : json.toArray()) {
        const QJsonObject o = item.toObject();
        if (!o.contains(QLatin1String("id")))
            continue;
        ObjectSpec object;
        object.id = o.value(QLatin1String("id")).toInt(-1);
        object.name = jsonText(o, "name");
        object.version = jsonText(o, "version");
        object.multiple = isMultiple(o);
        object.mandatory = o.value(QLatin1String("mandatory")).toBool();
        object.description = jsonText(o, "description");
        for (const QJsonValue &r : o.value(QLatin1String("resourcedefs")).toArray()) {
            const QJsonObject ro = r.toObject();
            ResourceSpec resource;
            resource.id = ro.value(QLatin1String("id")).toInt(-1);
            if (resource.id < 0)
                continue;
            resource.name = jsonText(ro, "name");
            resource.operations = normalisedOperations(jsonText(ro, "operations"));
            resource.multiple = isMultiple(ro);
            resource.mandatory = ro.value(QLatin1String("mandatory")).toBool();
            resource.type = Lwm2mNode::typeFromId(jsonText(ro, "type"));
            resource.range = jsonText(ro, "range");
            resource.units = jsonText(ro, "units");
            resource.description = jsonText(ro, "description");
            object.resources.append(resource);
        }
        std::sort(object.resources.begin(),
                  object.resources.end(),
                  [](const ResourceSpec &a, const ResourceSpec &b) { return a.id < b.id; });
        if (object.id >= 0)
            specs.append(object);
    }
    std::sort(specs.begin(), specs.end(), [](const ObjectSpec &a, const ObjectSpec &b) {
        return a.id < b.id;
    });
    return specs;
}

QString ResourceTreeModel::objectSpecCacheKey(const QString &profile,
                                              const QString &model,
                                              const QString &endpoint)
{
    // Devices of one model at one server share their object models; a device whose model is
    // not known yet gets its own entry.
    return model.trimmed().isEmpty() ? profile + QLatin1String("\nendpoint\n") + endpoint
                                     : profile + QLatin1String("\nmodel\n") + model.trimmed();
}

void ResourceTreeModel::cacheObjectSpecs(const QString &key, const ObjectSpecList &specs)
{
    specCache().insert(key, specs);
}

std::optional<ResourceTreeModel::ObjectSpecList>
ResourceTreeModel::cachedObjectSpecs(const QString &key)
{
    const auto it = specCache().constFind(key);
    if (it == specCache().constEnd())
        return std::nullopt;
    return *it;
}

void ResourceTreeModel::clearObjectSpecCache()
{
    specCache().clear();
}

QString ResourceTreeModel::typeName(Lwm2mNode::Type type)
{
    switch (type) {
    case Type::String:
        return tr("String");
    case Type::Integer:
        return tr("Integer");
    case Type::UnsignedInteger:
        return tr("Unsigned integer");
    case Type::Float:
        return tr("Float");
    case Type::Boolean:
        return tr("Boolean");
    case Type::Opaque:
        return tr("Opaque");
    case Type::Time:
        return tr("Time");
    case Type::Objlnk:
        return tr("Object link");
    case Type::Corelink:
        return tr("CoRE link");
    case Type::Unknown:
        break;
    }
    return QString();
}

QString ResourceTreeModel::displayUnit(const QString &units)
{
    // UCUM codes the object models use, as people write them.
    if (units == QLatin1String("Cel"))
        return QStringLiteral("°C");
    if (units == QLatin1String("[degF]") || units == QLatin1String("Far"))
        return QStringLiteral("°F");
    return units;
}

QVariant ResourceTreeModel::coerce(const QVariant &value, Lwm2mNode::Type type)
{
    if (!value.isValid())
        return value;
    const int id = value.typeId();
    const bool number = id == QMetaType::LongLong || id == QMetaType::ULongLong
                        || id == QMetaType::Double || id == QMetaType::Int;
    switch (type) {
    case Type::Float:
        if (number)
            return value.toDouble();
        break;
    case Type::Integer:
        if (id == QMetaType::Double && std::floor(value.toDouble()) == value.toDouble())
            return qint64(value.toDouble());
        break;
    case Type::UnsignedInteger:
        if (number && value.toDouble() >= 0)
            return value.toULongLong();
        break;
    case Type::Boolean:
        if (number)
            return value.toLongLong() != 0;
        break;
    case Type::Time:
        if (id == QMetaType::QString) {
            QVariant converted;
            QString error;
            const QString text = value.toString();
            const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (iso.isValid())
                return iso.toUTC();
            if (Lwm2mNode::valueFromText(text, Type::Time, &converted, &error))
                return converted;
        } else if (number) {
            // LwM2M time is seconds; Leshan M18 sends milliseconds.
            const qint64 n = value.toLongLong();
            return n > 100000000000LL ? QDateTime::fromMSecsSinceEpoch(n, Qt::UTC)
                                      : QDateTime::fromSecsSinceEpoch(n, Qt::UTC);
        }
        break;
    case Type::Opaque:
        if (id == QMetaType::QString) {
            static const QRegularExpression hex(QStringLiteral("^([0-9a-fA-F]{2})*$"));
            const QString text = value.toString();
            if (hex.match(text).hasMatch())
                return QByteArray::fromHex(text.toLatin1());
            const QByteArray decoded
                = QByteArray::fromBase64(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded.isEmpty() || text.isEmpty())
                return decoded;
        }
        break;
    default:
        break;
    }
    return value;
}

QString
ResourceTreeModel::formatValue(const QVariant &value, Lwm2mNode::Type type, const QString &units)
{
    if (!value.isValid())
        return FleetTreeModel::unknownValueText();
    const QVariant v = coerce(value, type);
    const QLocale locale;
    QString text;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        text = locale.toString(v.toLongLong());
        break;
    case QMetaType::ULongLong:
        text = locale.toString(v.toULongLong());
        break;
    case QMetaType::Double:
        text = locale.toString(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        break;
    case QMetaType::Bool:
        return v.toBool() ? tr("true") : tr("false");
    case QMetaType::QDateTime:
        return TimeFormat::local(v.toDateTime());
    case QMetaType::QByteArray: {
        const QByteArray bytes = v.toByteArray();
        constexpr int Shown = 16;
        QString hex = QString::fromLatin1(bytes.left(Shown).toHex(' '));
        if (bytes.size() > Shown)
            hex += QStringLiteral(" …");
        return bytes.isEmpty() ? tr("(empty)")
                               : tr("%1 (%n byte(s))", nullptr, int(bytes.size())).arg(hex);
    }
    default:
        text = v.toString();
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (type == Type::String || type == Type::Corelink)
            return text;
        break;
    }
    const QString unit = displayUnit(units);
    return unit.isEmpty() ? text : tr("%1 %2", "value and unit").arg(text, unit);
}

void ResourceTreeModel::reset(const ObjectSpecList &specs, const QStringList &objectLinks)
{
    beginResetModel();
    m_specs = specs;
    m_root = std::make_unique<Node>();
    for (const QString &link : objectLinks) {
        const Lwm2mPath path = Lwm2mPath::parse(link);
        if (!path.isValid() || path.level() == Level::Root || path.objectId() == 0)
            continue;
        Node *object = m_root->child(path.objectId());
        if (!object) {
            auto node = std::make_unique<Node>();
            node->level = Level::Object;
            node->id = path.objectId();
            node->parent = m_root.get();
            object = node.get();
            const auto at = std::find_if(m_root->children.begin(),
                                         m_root->children.end(),
                                         [&](const auto &c) { return c->id > path.objectId(); });
            m_root->children.insert(at, std::move(node));
        }
        if (path.level() >= Level::Instance && !object->child(path.instanceId())) {
            auto instance = makeInstance(path.objectId(), path.instanceId());
            instance->parent = object;
            const auto at = std::find_if(object->children.begin(),
                                         object->children.end(),
                                         [&](const auto &c) { return c->id > path.instanceId(); });
            object->children.insert(at, std::move(instance));
        }
    }
    endResetModel();
}

void ResourceTreeModel::clear()
{
    reset({}, {});
}

const ResourceTreeModel::ObjectSpec *ResourceTreeModel::objectSpec(int objectId) const
{
    for (const ObjectSpec &o : m_specs) {
        if (o.id == objectId)
            return &o;
    }
    return nullptr;
}

const ResourceTreeModel::ResourceSpec *ResourceTreeModel::resourceSpec(int objectId,
                                                                       int resourceId) const
{
    const ObjectSpec *object = objectSpec(objectId);
    return object ? object->resource(resourceId) : nullptr;
}

std::unique_ptr<ResourceTreeModel::Node> ResourceTreeModel::makeInstance(int objectId,
                                                                         int instanceId) const
{
    auto instance = std::make_unique<Node>();
    instance->level = Level::Instance;
    instance->id = instanceId;
    if (const ObjectSpec *spec = objectSpec(objectId)) {
        for (const ResourceSpec &r : spec->resources) {
            auto resource = std::make_unique<Node>();
            resource->level = Level::Resource;
            resource->id = r.id;
            resource->parent = instance.get();
            instance->children.push_back(std::move(resource));
        }
    }
    return instance;
}

ResourceTreeModel::Node *ResourceTreeModel::find(const Lwm2mPath &path) const
{
    if (!path.isValid())
        return nullptr;
    Node *node = m_root.get();
    const int depth = int(path.level()) - int(Level::Root);
    const int ids[]
        = {path.objectId(), path.instanceId(), path.resourceId(), path.resourceInstanceId()};
    for (int i = 0; i < depth && node; ++i)
        node = node->child(ids[i]);
    return node;
}

ResourceTreeModel::Node *ResourceTreeModel::ensureChild(Node *parent, Level level, int id)
{
    if (Node *existing = parent->child(id))
        return existing;
    std::unique_ptr<Node> node;
    if (level == Level::Instance) {
        node = makeInstance(parent->id, id);
    } else {
        node = std::make_unique<Node>();
        node->level = level;
        node->id = id;
    }
    node->parent = parent;
    const auto at = std::find_if(parent->children.begin(),
                                 parent->children.end(),
                                 [id](const auto &c) { return c->id > id; });
    const int row = int(at - parent->children.begin());
    Node *raw = node.get();
    beginInsertRows(indexOf(parent), row, row);
    parent->children.insert(at, std::move(node));
    endInsertRows();
    return raw;
}

void ResourceTreeModel::rowChanged(Node *node)
{
    if (!node || node == m_root.get())
        return;
    emit dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
}

void ResourceTreeModel::setResourceValue(Node *resource, const Lwm2mNode &node)
{
    const ResourceSpec *spec = specOf(resource);
    const Type type = spec && spec->type != Type::Unknown ? spec->type : node.type;
    if (node.kind == Lwm2mNode::Kind::MultiResource) {
        // Keep the rows when the set of resource instances did not change.
        QList<int> ids = node.values.keys();
        bool same = int(resource->children.size()) == ids.size();
        for (size_t i = 0; same && i < resource->children.size(); ++i)
            same = resource->children[i]->id == ids.at(int(i));
        if (!same) {
            if (!resource->children.empty()) {
                beginRemoveRows(indexOf(resource), 0, int(resource->children.size()) - 1);
                resource->children.clear();
                endRemoveRows();
            }
            if (!ids.isEmpty()) {
                beginInsertRows(indexOf(resource), 0, int(ids.size()) - 1);
                for (int id : std::as_const(ids)) {
                    auto child = std::make_unique<Node>();
                    child->level = Level::ResourceInstance;
                    child->id = id;
                    child->parent = resource;
                    resource->children.push_back(std::move(child));
                }
                endInsertRows();
            }
        }
        for (const auto &child : resource->children) {
            child->value = coerce(node.values.value(child->id), type);
            child->read = true;
            rowChanged(child.get());
        }
        resource->value = QVariant();
    } else {
        resource->value = coerce(node.value, type);
    }
    resource->read = true;
    rowChanged(resource);
}

void ResourceTreeModel::setInstanceValues(Node *instance, const Lwm2mNode &node)
{
    for (const Lwm2mNode &resource : node.children) {
        if (resource.id < 0)
            continue;
        setResourceValue(ensureChild(instance, Level::Resource, resource.id), resource);
    }
    instance->read = true;
    rowChanged(instance);
}

bool ResourceTreeModel::applyNode(const QString &pathText, const Lwm2mNode &node)
{
    const Lwm2mPath path = Lwm2mPath::parse(pathText);
    if (!path.isValid() || path.level() == Level::Root || !node.isValid() || path.objectId() == 0)
        return false;
    Node *object = ensureChild(m_root.get(), Level::Object, path.objectId());
    switch (path.level()) {
    case Level::Object:
        for (const Lwm2mNode &instance : node.children) {
            if (instance.id >= 0)
                setInstanceValues(ensureChild(object, Level::Instance, instance.id), instance);
        }
        object->read = true;
        rowChanged(object);
        return true;
    case Level::Instance:
        setInstanceValues(ensureChild(object, Level::Instance, path.instanceId()), node);
        return true;
    case Level::Resource: {
        Node *instance = ensureChild(object, Level::Instance, path.instanceId());
        setResourceValue(ensureChild(instance, Level::Resource, path.resourceId()), node);
        return true;
    }
    case Level::ResourceInstance: {
        Node *instance = ensureChild(object, Level::Instance, path.instanceId());
        Node *resource = ensureChild(instance, Level::Resource, path.resourceId());
        Node *item = ensureChild(resource, Level::ResourceInstance, path.resourceInstanceId());
        const ResourceSpec *spec = specOf(resource);
        item->value = coerce(node.value, spec ? spec->type : node.type);
        item->read = true;
        rowChanged(item);
        return true;
    }
    default:
        return false;
    }
}

void ResourceTreeModel::addInstance(const QString &pathText)
{
    const Lwm2mPath path = Lwm2mPath::parse(pathText);
    if (path.level() != Level::Instance || path.objectId() == 0)
        return;
    ensureChild(ensureChild(m_root.get(), Level::Object, path.objectId()),
                Level::Instance,
                path.instanceId());
}

void ResourceTreeModel::removeInstance(const QString &pathText)
{
    const Lwm2mPath path = Lwm2mPath::parse(pathText);
    if (path.level() != Level::Instance)
        return;
    Node *instance = find(path);
    if (!instance)
        return;
    Node *object = instance->parent;
    const int row = instance->row();
    beginRemoveRows(indexOf(object), row, row);
    object->children.erase(object->children.begin() + row);
    endRemoveRows();
}

void ResourceTreeModel::setRowState(const QString &path, RowState state, const QString &text)
{
    Node *node = find(Lwm2mPath::parse(path));
    if (!node || node == m_root.get())
        return;
    node->state = state;
    node->stateText = text;
    rowChanged(node);
}

void ResourceTreeModel::setObserved(const QString &path, bool observed)
{
    Node *node = find(Lwm2mPath::parse(path));
    if (!node || node == m_root.get() || node->observed == observed)
        return;
    node->observed = observed;
    rowChanged(node);
}

QStringList ResourceTreeModel::observedPaths() const
{
    QStringList paths;
    const std::function<void(const Node *)> walk = [&](const Node *node) {
        if (node->observed)
            paths.append(node->path());
        for (const auto &c : node->children)
            walk(c.get());
    };
    walk(m_root.get());
    return paths;
}

QModelIndex ResourceTreeModel::indexForPath(const QString &path, int column) const
{
    Node *node = find(Lwm2mPath::parse(path));
    return node && node != m_root.get() ? indexOf(node, column) : QModelIndex();
}

QString ResourceTreeModel::pathOf(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node != m_root.get() ? node->path() : QString();
}

ResourceTreeModel::Node *ResourceTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex ResourceTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return QModelIndex();
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

const ResourceTreeModel::ResourceSpec *ResourceTreeModel::specOf(const Node *node) const
{
    if (node->level != Level::Resource && node->level != Level::ResourceInstance)
        return nullptr;
    return resourceSpec(node->idAt(Level::Object), node->idAt(Level::Resource));
}

QString ResourceTreeModel::nameOf(const Node *node) const
{
    switch (node->level) {
    case Level::Object: {
        const ObjectSpec *spec = objectSpec(node->id);
        const QString name
            = spec && !spec->name.isEmpty() ? spec->name : tr("Object %1").arg(node->id);
        return tr("%1 (%2)", "name (id)").arg(name).arg(node->id);
    }
    case Level::Instance:
        return tr("Instance %1").arg(node->id);
    case Level::Resource: {
        const ResourceSpec *spec = specOf(node);
        const QString name
            = spec && !spec->name.isEmpty() ? spec->name : tr("Resource %1").arg(node->id);
        return tr("%1 (%2)", "name (id)").arg(name).arg(node->id);
    }
    case Level::ResourceInstance:
        return QStringLiteral("[%1]").arg(node->id);
    default:
        return QString();
    }
}

QString ResourceTreeModel::valueTextOf(const Node *node) const
{
    if (node->state == RowState::Busy || node->state == RowState::WaitingForWakeUp)
        return node->stateText;
    if (node->level == Level::Object || node->level == Level::Instance)
        return QString();
    const ResourceSpec *spec = specOf(node);
    if (node->level == Level::Resource && spec && spec->operations == QLatin1String("E"))
        return QString();
    if (node->level == Level::Resource
        && (!node->children.empty() || (spec && spec->multiple && node->read)))
        return tr("%n value(s)", nullptr, int(node->children.size()));
    return formatValue(
        node->value, spec ? spec->type : Type::Unknown, spec ? spec->units : QString());
}

QModelIndex ResourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || parent.column() > 0)
        return QModelIndex();
    const Node *p = nodeOf(parent);
    if (!p || row >= int(p->children.size()))
        return QModelIndex();
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ResourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const Node *node = nodeOf(child);
    return indexOf(node->parent);
}

int ResourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int ResourceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ResourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const Node *node = nodeOf(index);
    const ResourceSpec *spec = specOf(node);
    const Type type = spec ? spec->type : Type::Unknown;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return nameOf(node);
        case ValueColumn:
            return valueTextOf(node);
        case TypeColumn:
            return node->level == Level::Resource ? typeName(type) : QString();
        case OperationsColumn:
            return node->level == Level::Resource && spec ? spec->operations : QString();
        case PathColumn:
            return node->path();
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            if (node->level == Level::Object) {
                const ObjectSpec *o = objectSpec(node->id);
                return o ? o->description : QString();
            }
            return spec ? spec->description : QString();
        }
        if (index.column() == ValueColumn) {
            if (node->state == RowState::Failed)
                return node->stateText;
            if (node->observed)
                return tr("Observed: the value updates as the device reports it.");
            if (node->value.typeId() == QMetaType::QDateTime)
                return TimeFormat::utcTooltip(node->value.toDateTime());
            if (node->level == Level::Resource && !node->read && node->parent->read)
                return tr("The device did not report this resource.");
        }
        return QVariant();
    case Qt::DecorationRole:
        if (index.column() == ValueColumn) {
            if (node->state == RowState::Failed)
                return AppIcons::error();
            if (node->observed)
                return HealthIcons::icon(Health::Online);
        }
        return QVariant();
    case Qt::FontRole:
        if (index.column() == ValueColumn
            && (node->state == RowState::Busy || node->state == RowState::WaitingForWakeUp)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == PathColumn || index.column() == OperationsColumn
            || index.column() == TypeColumn
            || (index.column() == ValueColumn && node->state != RowState::Idle
                && node->state != RowState::Failed))
            return QColor(0x7A, 0x85, 0x94); // secondary text, readable on light and dark
        return QVariant();
    case Qt::AccessibleTextRole:
        return index.column() == ValueColumn ? valueTextOf(node) : QVariant();
    case PathRole:
        return node->path();
    case LevelRole:
        return int(node->level);
    case TypeRole:
        return int(type);
    case OperationsRole:
        return spec ? spec->operations : QString();
    case UnitRole:
        return spec ? spec->units : QString();
    case ValueRole:
        return node->value;
    case StateRole:
        return int(node->state);
    case MessageRole:
        return node->state == RowState::Failed ? node->stateText : QString();
    case ObservedRole:
        return node->observed;
    case NumericRole:
        return node->level == Level::Resource && spec && !spec->multiple
               && (type == Type::Integer || type == Type::UnsignedInteger || type == Type::Float);
    case MultipleRole:
        if (node->level == Level::Object) {
            const ObjectSpec *o = objectSpec(node->id);
            return o && o->multiple;
        }
        return spec && spec->multiple && node->level == Level::Resource;
    case ReadRole:
        return node->read;
    default:
        return QVariant();
    }
}

QVariant ResourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    case OperationsColumn:
        return tr("Operations");
    case PathColumn:
        return tr("Path");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> ResourceTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(LevelRole, "level");
    names.insert(TypeRole, "type");
    names.insert(OperationsRole, "operations");
    names.insert(UnitRole, "unit");
    names.insert(ValueRole, "value");
    names.insert(StateRole, "state");
    names.insert(MessageRole, "message");
    names.insert(ObservedRole, "observed");
    names.insert(NumericRole, "numeric");
    names.insert(MultipleRole, "multiple");
    names.insert(ReadRole, "read");
    return names;
}
